import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubjectRegistry } from '../access/subject-registry.ts';
import type { Principal } from '../auth/principal.ts';
import type { TokenCache } from '../auth/token-cache.ts';
import type { AppConfig } from '../config/load-config.ts';
import type { Database } from '../db/database.ts';
import type { OwnerDatabase } from '../db/owner-database.ts';
import type { Locale } from '../i18n/translate.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Clock } from '../marketplace/clock.ts';
import type { OperatorPrincipal } from '../operator/operator-principal.ts';
import type { PluginRegistry } from '../plugin-runtime/plugin-registry.ts';
import type { OptionUsageRegistry } from '../taxonomy/option-usage.ts';
import type { RouteEntry } from './request-pipeline.ts';

/**
 * Who may call a route: `'public'` (anyone), `'tenant-public'` (anyone, for a plugin route: what one company
 * shows before sign-in, e.g. its sign-in page notices; the company is named by `?tenant=<slug>` and the
 * request's transaction is bound to it with no user), `'operator'` (the platform operator's API: an operator's
 * session cookie or the TESSERA_OPERATOR_TOKEN bearer token; no company, no transaction: a handler binds each
 * company it changes itself), `'authenticated'` (any signed-in principal of the tenant),
 * or an action on a subject checked against the principal's rules. Every route must declare one.
 */
export type RouteAccess = 'public' | 'tenant-public' | 'operator' | 'authenticated' | { readonly action: string; readonly subject: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Set by the core on every route a plugin registers: the plugin it belongs to. */
    plugin?: string;
  }
  interface FastifyRequest {
    /** The authenticated principal; null on public and operator routes. */
    principal: Principal | null;
    /** The operator calling an operator route (a signed-in operator or the operator token); null elsewhere. */
    operator: OperatorPrincipal | null;
    /** The request's tenant-bound entity manager, inside the request transaction (private routes only). */
    em: EntityManager;
    locale: Locale;
  }
  interface FastifyInstance {
    db: Database;
    appConfig: AppConfig;
    /** The owner role's URL: for the few platform-level reads and the operator API; unset in some tests. */
    ownerUrl: string | undefined;
    /** The owner role's small pool: platform tables only the owner touches and the operator's cross-company reads. */
    ownerDb: OwnerDatabase;
    /** The marketplace's time: the system clock, or a test's. */
    clock: Clock;
    /** API-token principals of this process, kept fresh by PostgreSQL change notices. */
    tokenCache: TokenCache;
    /** Every subject, action, field and scope attribute rules may name (core and plugins). */
    subjects: SubjectRegistry;
    /** Every route with its declared access, filled when the app is ready. */
    routeTable: RouteEntry[];
    /** The plugins this process serves, in dependency order. */
    plugins: PluginRegistry;
    /** What counts the records holding option values, asked before an option or a set is deleted. */
    optionUsage: OptionUsageRegistry;
    /** The durable job queue (pg-boss): exports, scheduled deliveries. */
    jobs: JobQueue;
  }
}
