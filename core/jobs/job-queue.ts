import { type Clock as QueueClock, type Job, PgBoss, type QueueOptions, type Schedule, type ScheduleOptions, type SendOptions } from 'pg-boss';

/** The schema pg-boss keeps its tables in: the platform's, reached only through the owner role. */
export const jobSchema = 'pgboss';

export interface JobHandler<T extends object> {
  /** Queue settings every job of this kind inherits: retries, backoff, expiry, retention. */
  queue?: QueueOptions;
  /** Jobs of this kind one process runs at a time. */
  concurrency?: number;
  run(job: Job<T>): Promise<void>;
}

export interface JobQueueOptions {
  /** The owner role's URL; without one (a server on the app role only) no job can be queued. */
  ownerUrl: string | undefined;
  /** Run the handlers here (the server does; tests that need the work done ask for it). */
  work: boolean;
  /** pg-boss's source of time: the system's, or a TestClock a test moves. */
  clock?: QueueClock;
  onError(error: unknown): void;
}

/**
 * The platform's durable job queue (pg-boss). A job carries the company it runs for in its data, and its
 * handler opens that company's transaction itself: the queue's own tables belong to no company. Handlers
 * are defined while the app is built; the queue starts on the first job sent or, where jobs are worked,
 * when the app is ready.
 */
export class JobQueue {
  readonly #options: JobQueueOptions;
  readonly #handlers = new Map<string, JobHandler<object>>();
  #started: Promise<PgBoss> | undefined;

  constructor(options: JobQueueOptions) {
    this.#options = options;
  }

  get works(): boolean {
    return this.#options.work;
  }

  define<T extends object>(name: string, handler: JobHandler<T>): void {
    if (this.#handlers.has(name)) throw new Error(`the job "${name}" is defined twice`);
    if (this.#started) throw new Error(`the job "${name}" is defined after the queue started`);
    this.#handlers.set(name, handler as JobHandler<object>);
  }

  /** Queues a job; resolves with its id once it is stored. */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string> {
    const boss = await this.#boss(name);
    const id = await boss.send(name, data, options);
    if (!id) throw new Error(`the job "${name}" was not queued`);
    return id;
  }

  /** Sends `data` to `name` on a cron in a time zone; `key` tells several schedules of one kind apart. */
  async schedule<T extends object>(name: string, cron: string, data: T, options: ScheduleOptions & { key: string; tz: string }): Promise<void> {
    await (await this.#boss(name)).schedule(name, cron, data, options);
  }

  async unschedule(name: string, key: string): Promise<void> {
    await (await this.#boss(name)).unschedule(name, key);
  }

  /** Every cron schedule of `name`, paged through a thousand at a time (for reconciling at start-up). */
  async schedules(name: string): Promise<Schedule[]> {
    const boss = await this.#boss(name);
    const all: Schedule[] = [];
    for (;;) {
      const last = all.at(-1);
      const page = await boss.getSchedules(name, undefined, { limit: 1000, ...(last ? { after: last } : {}) });
      all.push(...page);
      if (page.length < 1000) return all;
    }
  }

  /** A job as the queue holds it (state, retries, output), or null. */
  async find<T extends object>(name: string, id: string) {
    return (await this.#boss(name)).getJobById<T>(name, id);
  }

  start(): Promise<PgBoss> {
    this.#started ??= this.#start();
    return this.#started;
  }

  async stop(): Promise<void> {
    const started = this.#started;
    if (!started) return;
    const boss = await started.catch(() => undefined);
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }

  async #boss(name: string): Promise<PgBoss> {
    if (!this.#handlers.has(name)) throw new Error(`no job is defined as "${name}"`);
    return this.start();
  }

  async #start(): Promise<PgBoss> {
    const { ownerUrl, work, clock, onError } = this.#options;
    if (!ownerUrl) throw new Error('jobs need the owner role (DATABASE_URL)');
    const boss = new PgBoss({
      connectionString: ownerUrl,
      schema: jobSchema,
      application_name: 'tessera-jobs',
      max: 4,
      // only a working process keeps the queue: runs the cron, expires and archives jobs
      supervise: work,
      schedule: work,
      registerInstance: false,
      openTelemetry: { enabled: false },
      ...(clock ? { clock } : {}),
    });
    boss.on('error', onError);
    await boss.start();
    for (const [name, handler] of this.#handlers) {
      await boss.createQueue(name, handler.queue ?? {});
      if (!work) continue;
      await boss.work<object>(name, { localConcurrency: handler.concurrency ?? 2, pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) await handler.run(job);
      });
    }
    return boss;
  }
}
