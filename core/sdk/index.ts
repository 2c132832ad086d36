/**
 * The Tessera SDK: the only import path for plugins and for the core's own route modules.
 * @module
 */
import type { FastifyPluginAsyncJsonSchemaToTs } from '@fastify/type-provider-json-schema-to-ts';

export { accessOf } from '../access/scoped/access-of.ts';
export { expandRelation, type RelationSpec } from '../access/scoped/expand-relation.ts';
export type { FieldFilter, FilterOperator, ScopedWhere } from '../access/scoped/query-spec.ts';
export { type AggregateGroup, type ScopedAggregateSpec, scopedAggregate } from '../access/scoped/scoped-aggregate.ts';
export { scopedGet } from '../access/scoped/scoped-get.ts';
export { type ScopedListSpec, maskedRows, scopedCount, scopedList } from '../access/scoped/scoped-list.ts';
export { FieldForbiddenError } from '../access/access-errors.ts';
export { crudActions, standardActions } from '../access/standard-actions.ts';
export { type SubjectField, type SubjectFieldType, subjectField } from '../access/subject-registry.ts';
export { audit, changedFields } from '../audit/write-audit.ts';
export type { Principal } from '../auth/principal.ts';
export { type Migration, tenantTableSql } from '../db/migration.ts';
export { customFieldsColumnSql, customFieldsProperty } from '../forms/custom-fields/custom-fields-column.ts';
export { readableCustomValues } from '../forms/custom-fields/readable-custom-values.ts';
export { ForbiddenError, NotFoundError, ValidationFailedError } from '../http/core-errors.ts';
export { DomainError, type FieldProblem } from '../http/domain-error.ts';
export type { RouteAccess } from '../http/fastify-types.ts';
export { sendCsv } from '../http/csv.ts';
export { pageArgs, pageResult, sortArg } from '../http/pagination.ts';
export type { NotificationDraft } from '../messages/notification-draft.ts';
export { notify, type NotifyTarget } from '../messages/notify.ts';
export {
  definePlugin,
  type EventHandler,
  type JobContext,
  type PluginContext,
  type PluginDefinition,
  type PluginEvent,
  type PluginJob,
  type ServiceFactory,
} from '../plugin-runtime/plugin-definition.ts';
export { emitEvent } from '../plugin-runtime/plugin-events.ts';
export { contributionsTo } from '../plugin-runtime/plugin-extensions.ts';
export { nowOf } from '../plugin-runtime/plugin-clock.ts';
export { definePluginError } from '../plugin-runtime/plugin-errors-catalog.ts';
export { jobActorId } from '../plugin-runtime/plugin-jobs.ts';
export { type MemberAudience, membersInAudience } from '../members/members-in-audience.ts';
export type { ResourceAction, ResourceDefinition, ResourceWriteContext } from '../plugin-runtime/resources/resource-definition.ts';
export { pluginSettings } from '../plugin-runtime/plugin-settings.ts';
export { useService } from '../plugin-runtime/plugin-services.ts';
export { tenantFilter } from '../tenancy/tenant-filter.ts';

/** Integer minor units (fen). Never a float; travels with a currency code. */
export type Fen = number & { readonly __unit?: 'fen' };

/**
 * Declares a route module. The app it receives carries the JSON-Schema type provider, so `req.body`,
 * `req.params` and `req.query` are typed from the route's schemas with no hand-written generics.
 */
export function defineRoutes(plugin: FastifyPluginAsyncJsonSchemaToTs): FastifyPluginAsyncJsonSchemaToTs {
  return plugin;
}
