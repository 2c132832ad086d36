import type { EventSubscriber } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import type { SubjectRegistry } from '../access/subject-registry.ts';
import type { Database } from '../db/database.ts';
import { recordReadableBy } from '../messages/record-readable-by.ts';
import type { PluginRegistry } from '../plugin-runtime/plugin-registry.ts';
import { type ClaimedMail, claimDueMail, markMailAttemptFailed, markMailSent, markMailWithheld } from './mail-outbox-store.ts';

/** What the dispatcher sends through (a nodemailer transport in the app). */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close(): void;
}

export interface MailDispatcherDeps {
  readonly db: Database;
  readonly transport: MailTransport;
  readonly from: string;
  readonly registries: { readonly subjects: SubjectRegistry; readonly plugins: PluginRegistry };
  /** Companies with mail due, across companies (see due-mail-tenants.ts). */
  readonly dueTenants: () => Promise<string[]>;
  readonly log: FastifyBaseLogger;
}

/**
 * Sends the mail outbox. A transaction that queued mail wakes it for its company once it commits (never
 * before, and not at all if it rolls back), and a periodic sweep picks up retries and whatever another
 * process left behind. Companies are worked off one at a time, one mail per claim, outside the request:
 * a slow or dead mail server never holds up or fails the work that queued the mail.
 */
export class MailDispatcher {
  readonly #deps: MailDispatcherDeps;
  readonly #waiting = new Set<string>();
  readonly #awaitingCommit = new WeakMap<object, string>();
  #draining: Promise<void> | undefined;
  #sweeper: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(deps: MailDispatcherDeps) {
    this.#deps = deps;
  }

  /** Registered on the ORM: turns "this transaction queued mail" into a wake-up right after its commit. */
  readonly transactionSubscriber: EventSubscriber = {
    afterTransactionCommit: ({ em }) => {
      const tenantId = this.#awaitingCommit.get(em);
      if (!tenantId) return;
      this.#awaitingCommit.delete(em);
      this.wake(tenantId);
    },
    afterTransactionRollback: ({ em }) => {
      this.#awaitingCommit.delete(em);
    },
  };

  /** Notes that `em`'s transaction queued mail of `tenantId`, to be sent once it commits. */
  sendAfterCommit(em: EntityManager, tenantId: string): void {
    this.#awaitingCommit.set(em, tenantId);
  }

  /** Sends the company's due mail soon; returns at once. */
  wake(tenantId: string): void {
    this.#waiting.add(tenantId);
    this.#startDraining();
  }

  /** Wakes every company with mail due. */
  async sweep(): Promise<void> {
    if (this.#stopped) return;
    try {
      for (const tenantId of await this.#deps.dueTenants()) this.wake(tenantId);
    } catch (error) {
      this.#deps.log.error({ err: error }, 'mail sweep failed');
    }
  }

  startSweeping(intervalMs: number): void {
    this.#sweeper = setInterval(() => void this.sweep(), intervalMs);
    this.#sweeper.unref();
  }

  /** Stops sweeping and waking, lets the mail being sent finish, and closes the transport. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#sweeper);
    await this.#draining;
    this.#deps.transport.close();
  }

  #startDraining(): void {
    if (this.#draining || this.#stopped) return;
    this.#draining = this.#drain().finally(() => {
      this.#draining = undefined;
      // a wake that came between the last check and here
      if (this.#waiting.size > 0) this.#startDraining();
    });
  }

  async #drain(): Promise<void> {
    for (let [tenantId] = this.#waiting; tenantId && !this.#stopped; [tenantId] = this.#waiting) {
      this.#waiting.delete(tenantId);
      try {
        while (!this.#stopped && (await this.#sendNext(tenantId)));
      } catch (error) {
        this.#deps.log.error({ err: error, tenantId }, 'mail dispatch failed');
      }
    }
  }

  /** Claims, checks and sends one due mail of the company; false when none was due. */
  async #sendNext(tenantId: string): Promise<boolean> {
    const { db, registries } = this.#deps;
    const binding = { tenantId, userId: null };
    const claimed = await db.transaction(binding, async (em) => {
      const [mail] = await claimDueMail(em, tenantId, 1);
      if (!mail) return undefined;
      // mail about a record goes only to someone who may read it now, as the message center shows it
      const withheld = mail.record && !(await recordReadableBy(em, registries, tenantId, mail.recipientId, mail.record));
      if (withheld) await markMailWithheld(em, tenantId, mail.id);
      return { mail, withheld };
    });
    if (!claimed) return false;
    if (!claimed.withheld) await this.#send(tenantId, claimed.mail);
    return true;
  }

  async #send(tenantId: string, mail: ClaimedMail): Promise<void> {
    const { db, transport, from, log } = this.#deps;
    const binding = { tenantId, userId: null };
    try {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log.warn({ tenantId, mailId: mail.id, attempt: mail.attempts, reason }, 'mail attempt failed');
      await db.transaction(binding, (em) => markMailAttemptFailed(em, tenantId, mail, reason));
      return;
    }
    await db.transaction(binding, (em) => markMailSent(em, tenantId, mail.id));
  }
}
