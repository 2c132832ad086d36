import { TestClock } from 'pg-boss';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { JobQueue } from '../../core/jobs/job-queue.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const queues: JobQueue[] = [];

beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
});

// one process at a time on the queue: a test's clock is the schema's clock for every process on it
afterEach(async () => {
  for (const queue of queues.splice(0)) await queue.stop();
});

afterAll(async () => {
  await t.close();
});

function queue(options: { work: boolean; clock?: TestClock }, ownerUrl = t.ownerUrl): JobQueue {
  const created = new JobQueue({ ownerUrl, ...options, onError: () => {} });
  queues.push(created);
  return created;
}

async function until<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the job queue', () => {
  it('runs a job sent by a process that does not work the queue, in a process that does', async () => {
    const done: string[] = [];
    const worker = queue({ work: true });
    worker.define<{ word: string }>('echo', { run: async (job) => void done.push(job.data.word) });
    await worker.start();
    const sender = queue({ work: false });
    sender.define<{ word: string }>('echo', { run: async () => expect.unreachable('the sender works no jobs') });
    await sender.send('echo', { word: '你好' });
    expect(await until(async () => (done.length > 0 ? done : undefined))).toEqual(['你好']);
  });

  it('retries a failing job and records how many times it ran', async () => {
    let attempts = 0;
    const worker = queue({ work: true });
    worker.define<object>('flaky', {
      queue: { retryLimit: 3, retryDelay: 1 },
      run: async () => {
        attempts++;
        if (attempts < 3) throw new Error('the mail server is down');
      },
    });
    const id = await worker.send('flaky', {});
    const job = await until(async () => {
      const found = await worker.find('flaky', id);
      return found?.state === 'completed' ? found : undefined;
    }, 30_000);
    expect(attempts).toBe(3);
    expect(job.retryCount).toBe(2);
  });

  it('refuses a job nobody defined, and a definition after the start', async () => {
    const worker = queue({ work: false });
    await expect(worker.send('nobody', {})).rejects.toThrow(/no job is defined as "nobody"/);
    worker.define('late', { run: async () => {} });
    await worker.start();
    expect(() => worker.define('later', { run: async () => {} })).toThrow(/after the queue started/);
  });

  it('fires a cron schedule in its time zone when the test clock reaches it', async () => {
    const fired: string[] = [];
    // a database of its own: the queue remembers the last cron pass, and the other tests ran theirs today
    const fresh = await createTestApp(`${import.meta.filename}-cron`);
    onTestFinished(() => fresh.close());
    const clock = new TestClock('2026-03-31T15:00:00Z');
    const worker = queue({ work: true, clock }, fresh.ownerUrl);
    let firedAt = 0;
    worker.define<{ tenant: string }>('daily', {
      run: async (job) => {
        firedAt = clock.now();
        fired.push(job.data.tenant);
      },
    });
    // 08:00 in Shanghai is 00:00 UTC
    await worker.schedule('daily', '0 8 * * *', { tenant: 'a' }, { tz: 'Asia/Shanghai', key: 'a' });
    await clock.setTime('2026-03-31T23:58:00Z');
    await clock.tick(60_000);
    expect(fired).toEqual([]);
    // a jump past the time would be a missed occurrence (skipped); the clock walks through it instead
    await until(async () => {
      await clock.tick(15_000);
      return fired.length > 0 ? fired : undefined;
    }, 20_000);
    expect(fired).toEqual(['a']);
    expect(firedAt).toBeGreaterThanOrEqual(Date.parse('2026-04-01T00:00:00Z'));
    expect(firedAt).toBeLessThan(Date.parse('2026-04-01T00:05:00Z'));
  });
});
