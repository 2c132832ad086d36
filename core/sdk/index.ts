/**
 * The Tessera SDK: the only import path for plugins and for the core's own route modules.
 * @module
 */
import type { FastifyPluginAsyncJsonSchemaToTs } from '@fastify/type-provider-json-schema-to-ts';

export type { Principal } from '../auth/principal.ts';
export { ForbiddenError, NotFoundError, ValidationFailedError } from '../http/core-errors.ts';
export { DomainError, type FieldProblem } from '../http/domain-error.ts';
export type { RouteAccess } from '../http/fastify-types.ts';
export { pageArgs, pageResult } from '../http/pagination.ts';

/** Integer minor units (fen). Never a float; travels with a currency code. */
export type Fen = number & { readonly __unit?: 'fen' };

/**
 * Declares a route module. The app it receives carries the JSON-Schema type provider, so `req.body`,
 * `req.params` and `req.query` are typed from the route's schemas with no hand-written generics.
 */
export function defineRoutes(plugin: FastifyPluginAsyncJsonSchemaToTs): FastifyPluginAsyncJsonSchemaToTs {
  return plugin;
}
