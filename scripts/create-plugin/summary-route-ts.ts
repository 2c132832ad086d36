import type { PluginNames } from './plugin-names.ts';

export function summaryRouteTemplate(n: PluginNames): string {
  return `import { defineRoutes, scopedCount } from '@tessera/core/sdk';
import { ${n.entity}, itemStatuses } from '../entities.ts';
import { summaryView } from '../schemas/summary.ts';

/** GET /api/p/${n.name}/summary: counts through scopedCount, so a member's data scope applies to them too. */
export default defineRoutes(async (app) => {
  app.get(
    '/summary',
    {
      schema: { tags: ['${n.name}'], summary: 'How many records, by status', response: { 200: summaryView } },
      config: { access: { action: 'read', subject: '${n.entity}' } },
    },
    async (req) => {
      const spec = { entity: ${n.entity}, subject: '${n.entity}' };
      const byStatus = { draft: 0, active: 0, archived: 0 };
      // one after the other: the request's queries share one transaction's connection
      for (const status of itemStatuses) {
        byStatus[status] = await scopedCount(req, { ...spec, filters: [{ field: 'status', op: 'eq', value: status }] });
      }
      return { total: await scopedCount(req, spec), byStatus };
    },
  );
});
`;
}
