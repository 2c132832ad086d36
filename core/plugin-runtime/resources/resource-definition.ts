import type { EntitySchema } from '@mikro-orm/core';
import type { FastifyRequest } from 'fastify';
import type { LocalizedText } from '../../access/subject-registry.ts';

type Row = Record<string, unknown>;

/** A JSON Schema property of a resource record. `readOnly` ones are shown but never taken from a body. */
export type ResourceProperty = Readonly<Record<string, unknown>> & { readonly readOnly?: boolean };

/** What a resource's write hooks receive. */
export interface ResourceWriteContext {
  readonly req: FastifyRequest;
  readonly action: 'create' | 'update';
  /** The record before the change (update only). */
  readonly before?: Readonly<Row>;
}

/** A button on a record: `POST /api/p/<plugin>/<resource>/:id/actions/<name>`. */
export interface ResourceAction {
  readonly title: LocalizedText;
  /** The access action it needs on the record; defaults to `update`. */
  readonly access?: string;
  /** Offered only while every listed field has one of its listed values, e.g. `{ status: ['draft'] }`. */
  readonly when?: Readonly<Record<string, readonly unknown[]>>;
  /** Ask before running it. */
  readonly confirm?: LocalizedText;
  readonly danger?: boolean;
  /** Changes the record (it may also emit events or notify); the answer is the record as then read. */
  readonly run: (record: Row, req: FastifyRequest) => Promise<void>;
}

/**
 * A record type a plugin declares once and gets REST endpoints and admin screens for:
 * `GET|POST /api/p/<plugin>/<name>`, `GET|PATCH|DELETE /api/p/<plugin>/<name>/:id`, its `actions`, and a
 * list page plus a form rendered from `schema` in the admin UI. Everything goes through access control on
 * `subject`, whose field declarations give the columns and form fields their titles.
 */
export interface ResourceDefinition {
  /** Lower-case words joined by hyphens; the URL segment and the admin UI path `/m/<plugin>/<name>`. */
  readonly name: string;
  /** The access subject its records are (declared in the plugin's `permissions`). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an entity schema of any entity type
  readonly entity: EntitySchema<any>;
  readonly subject: string;
  readonly title: LocalizedText;
  readonly icon?: string;
  /** The record's properties (entity property names) as JSON Schema; `required` applies on create. */
  readonly schema: {
    readonly properties: Readonly<Record<string, ResourceProperty>>;
    readonly required?: readonly string[];
  };
  /** RJSF UI schema for the form (widgets, order, help). */
  readonly uiSchema?: Readonly<Record<string, unknown>>;
  /** Localized labels of enum values, by field then value. */
  readonly enumLabels?: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>>;
  readonly list: {
    readonly columns: readonly string[];
    /** Fields the list can be filtered by: equality, or a from/to range for numbers and times. */
    readonly filters?: readonly string[];
    readonly sortable?: readonly string[];
    /** `field` or `-field`; defaults to `-createdAt` when the schema has it, else `id`. */
    readonly defaultSort?: string;
    /** Fields the search box matches (case-insensitive substring). */
    readonly search?: readonly string[];
  };
  /** Set to the creating user on create; never taken from a body. */
  readonly ownerField?: string;
  /** Set from a create body if absent, before `required` is checked by the database. */
  readonly defaults?: Readonly<Row>;
  readonly hooks?: {
    /** Shapes or checks values before they are written (throw a DomainError to refuse). */
    readonly beforeSave?: (values: Row, ctx: ResourceWriteContext) => Row | Promise<Row>;
    /** Runs in the same transaction after a write (emit events, notify). */
    readonly afterSave?: (record: Readonly<Row>, ctx: ResourceWriteContext) => void | Promise<void>;
  };
  readonly actions?: Readonly<Record<string, ResourceAction>>;
  /** A record can be changed only while it matches (e.g. `{ status: ['draft'] }`); else 409 resource-not-editable. */
  readonly editableWhen?: Readonly<Record<string, readonly unknown[]>>;
  /** A record can be deleted only while it matches; else 409 resource-not-deletable. */
  readonly deletableWhen?: Readonly<Record<string, readonly unknown[]>>;
  /**
   * Companies may add their own fields (自定义字段) to it, kept in the entity's `custom` property (a
   * `custom jsonb NOT NULL DEFAULT '{}'` column; the SDK's `customFieldsProperty()` and
   * `customFieldsColumnSql`). `false` opts out.
   */
  readonly customFields?: false;
  /** Where its menu entry goes; `false` for none (a resource used only by other screens). */
  readonly menu?: false | { readonly order?: number };
}
