/**
 * The ORM's second fence behind RLS: every tenant entity carries this default filter, so a query also
 * says `tenant_id = <bound tenant>`. An entity manager without the filter's argument fails the query
 * instead of running it unfiltered.
 */
export const tenantFilter = {
  name: 'tenant',
  cond: (args: { tenantId?: string }) => ({ tenantId: args.tenantId }),
  default: true,
} as const;
