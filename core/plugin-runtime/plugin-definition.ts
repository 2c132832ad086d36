import type { DashboardTemplateDeclaration, ReportTemplateDeclaration } from '@tessera/schemas/report-template';
import type { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessRule } from '@tessera/schemas/access';
import type { FastifyPluginAsync } from 'fastify';
import type { LocalizedText, ScopeAttributeDeclaration, SubjectDeclaration } from '../access/subject-registry.ts';
import type { Migration } from '../db/migration.ts';
import type { DeclaredOptionSet } from '../taxonomy/domain/declared-options.ts';
import type { ResourceDefinition } from './resources/resource-definition.ts';

/** A domain event as subscribers receive it. */
export interface PluginEvent<P = Record<string, unknown>> {
  /** `<emitting plugin>.<what happened>`, e.g. `orders.placed`. */
  readonly name: string;
  readonly plugin: string;
  readonly tenantId: string;
  /** Who caused it: the signed-in user, or the API token's creator. */
  readonly actorId: string;
  readonly occurredAt: Date;
  readonly payload: P;
}

/** What a subscriber or a service works with: its own transaction, bound to the event's tenant. */
export interface PluginContext {
  readonly em: EntityManager;
  readonly tenantId: string;
  /** Who the work is done for; a job runs for no one in particular: the nil UUID. */
  readonly userId: string;
}

export type EventHandler = (event: PluginEvent, ctx: PluginContext) => Promise<void>;

/** Builds a service for one request of a plugin that requires the provider. */
export type ServiceFactory = (ctx: PluginContext) => unknown;

/** A screen a plugin ships itself: its component is `pages[key]` of `plugins/<name>/ui/index.tsx`. */
export interface PluginPage {
  readonly key: string;
  readonly title: LocalizedText;
  /** An `@ant-design/icons` icon name, e.g. `NotificationOutlined`. */
  readonly icon?: string;
  /** Its menu entry's order among plugin entries; `null` for a page without one (opened by link). */
  readonly menuOrder?: number | null;
  /** Shown only to principals who may do this. */
  readonly access?: { readonly action: string; readonly subject: string };
}

/** A workbench card: its component is `widgets[key]` of `plugins/<name>/ui/index.tsx`. */
export interface PluginWidget {
  readonly key: string;
  readonly title: LocalizedText;
  readonly access?: { readonly action: string; readonly subject: string };
}

/** A job's context: a company's transaction, and what that company's enabled plugins contribute. */
export interface JobContext extends PluginContext {
  /** The time the job runs at (the platform's clock, which tests move). */
  readonly now: Date;
  /** Like `contributionsTo(req, point)` for the job's own plugin and company. */
  readonly contributionsTo: <T>(point: string) => Promise<T[]>;
}

export interface PluginJob {
  /** How often it runs, in seconds (at least 5). */
  readonly everySeconds: number;
  /**
   * Which companies have work due, so that a round runs only for them rather than for every company that
   * enabled the plugin: a condition on one of the plugin's own tables (`table`, a plain lower-case name),
   * with `$1` the round's time. The core checks it for all companies at once, in one read-only statement
   * past RLS that returns company ids only. Without it, every company runs every round.
   */
  readonly dueIn?: { readonly table: string; readonly where: string };
  readonly run: (ctx: JobContext) => Promise<void>;
}

export type PluginCategory = 'sales' | 'operations' | 'marketing' | 'customers' | 'content' | 'learning' | 'system';

/**
 * What a plugin hands the core: its manifest (ARCHITECTURE.md, "The plugin contract"). The data part is
 * checked against `pluginManifest` (schemas/plugin.ts) when the plugin is discovered; the code parts by
 * these types.
 */
export interface PluginDefinition {
  /** Lower-case words joined by hyphens; also the route prefix `/api/p/<name>/` and the migration scope. */
  readonly name: string;
  /** Semantic version; an installed plugin is upgraded only to a higher one. */
  readonly version: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly category?: PluginCategory;
  readonly icon?: string;
  /** Pictures for its market listing: `https://…` or a path on this server (`/…`). */
  readonly screenshots?: readonly { readonly url: string; readonly caption?: LocalizedText }[];
  /** The core versions it works with, as a semver range (`^0.1`). */
  readonly core: string;
  /** Other plugins it needs, by name, with semver ranges. */
  readonly requires?: Readonly<Record<string, string>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- entity schemas of any entity type
  readonly entities?: readonly EntitySchema<any>[];
  /** Applied in name order under the plugin's own scope, all of a step's pending ones in one transaction. */
  readonly migrations?: readonly Migration[];
  readonly permissions?: {
    readonly subjects?: readonly Omit<SubjectDeclaration, 'group'>[];
    readonly attributes?: readonly Omit<ScopeAttributeDeclaration, 'group'>[];
    /** Rules the built-in roles get for this plugin's subjects. */
    readonly defaultGrants?: { readonly admin?: readonly AccessRule[]; readonly member?: readonly AccessRule[] };
  };
  /** Per-tenant settings: a JSON Schema object. */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly events?: {
    /** Events its routes emit; names start with `<name>.`. */
    readonly emits?: readonly string[];
    /**
     * Handlers of other plugins' events, by event name. Each runs after the emitting request committed,
     * in a transaction of its own bound to the same tenant, and only for tenants that enabled this plugin.
     */
    readonly subscribe?: Readonly<Record<string, EventHandler>>;
  };
  /** Services other plugins that require this one may use (`useService`), by name. */
  readonly provides?: Readonly<Record<string, ServiceFactory>>;
  /**
   * Places other plugins may add to, by name (e.g. announcements' `audience-kinds`). The plugin reads
   * what the company's enabled plugins contributed with `contributionsTo(req, point)`.
   */
  readonly extensionPoints?: Readonly<Record<string, { readonly description: LocalizedText }>>;
  /**
   * What this plugin adds to other plugins' extension points, by `<plugin>.<point>`; it must require that
   * plugin. The shape of each item is the extension point's to define and check.
   */
  readonly contributes?: Readonly<Record<string, readonly unknown[]>>;
  /**
   * Work that runs on a timer (publishing what is due, expiring what is over), for each company that
   * enabled the plugin, in a transaction bound to that company. One process runs a job at a time.
   */
  readonly jobs?: Readonly<Record<string, PluginJob>>;
  /** Record types that get REST endpoints and admin screens from their schema (resource-definition.ts). */
  readonly resources?: readonly ResourceDefinition[];
  /**
   * Option sets (自定义选项分类) the plugin brings, e.g. order status classes: each key is
   * `<name>.<set>`. A company gets them, with the declared options, when it enables the plugin (missing
   * ones are added on each enable); it may relabel, recolor, reorder, disable and extend them, but not
   * delete the set or a declared option while the plugin is installed. Forms name them in `x-options`.
   */
  readonly optionSets?: readonly DeclaredOptionSet[];
  /** Mounted at `/api/p/<name>/`; every route answers only for tenants that enabled the plugin. */
  readonly routes?: FastifyPluginAsync;
  /**
   * Texts of the problems its routes answer with (`definePluginError`), by code; a code starts with the
   * plugin's name and a hyphen. `{name}` placeholders are filled from the error's values.
   */
  readonly errors?: Readonly<Record<string, { readonly title: LocalizedText; readonly detail: LocalizedText }>>;
  /**
   * Called in the transaction that enables or disables the plugin for a company (seed a company's
   * defaults, stop its scheduled work); throwing refuses the change.
   */
  readonly hooks?: {
    readonly onEnable?: (ctx: PluginContext) => Promise<void>;
    readonly onDisable?: (ctx: PluginContext) => Promise<void>;
  };
  /** What the plugin costs in the marketplace (money in fen); the marketplace issue gives it meaning. */
  readonly pricing?: {
    readonly plans: readonly {
      readonly key: string;
      readonly title: LocalizedText;
      readonly priceFen: number;
      readonly currency: 'CNY';
      readonly period: 'month' | 'year' | 'once';
      readonly trialDays?: number;
    }[];
  };
  /**
   * Data reports are built on (数据集, `GET /api/datasets`): the listed fields of a subject this plugin
   * declares, read from the table of its resource with that subject, under the reader's data scope and
   * field rules; the company's custom fields of that resource are added by themselves.
   */
  readonly datasets?: readonly { readonly key: string; readonly title: LocalizedText; readonly subject: string; readonly fields: readonly string[] }[];
  /**
   * Reports (报表模板) over this plugin's datasets and dashboards of them that a company copies and edits
   * (`GET /api/report-templates`, `GET /api/dashboard-templates`); checked at start-up.
   */
  readonly reportTemplates?: readonly ReportTemplateDeclaration[];
  readonly dashboardTemplates?: readonly DashboardTemplateDeclaration[];
  /** Screens and workbench cards the plugin ships as code, which the admin UI discovers. */
  readonly ui?: { readonly pages?: readonly PluginPage[]; readonly widgets?: readonly PluginWidget[] };
}

export function definePlugin<const P extends PluginDefinition>(plugin: P): P {
  return plugin;
}
