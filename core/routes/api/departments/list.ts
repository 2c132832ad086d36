import { departmentList } from '@tessera/schemas/access';
import { defineRoutes } from '../../../sdk/index.ts';

interface DepartmentRow {
  id: string;
  parent_id: string | null;
  name: string;
  sort_order: number;
  member_count: number;
}

/** Parents before children, siblings by sort order then name: the order a tree is built in. */
const treeSql = `
WITH RECURSIVE walk AS (
  SELECT d.id, d.parent_id, d.name, d.sort_order, ARRAY[d.sort_order::text || '/' || d.name || '/' || d.id] AS path
  FROM departments d WHERE d.parent_id IS NULL
  UNION ALL
  SELECT d.id, d.parent_id, d.name, d.sort_order, w.path || (d.sort_order::text || '/' || d.name || '/' || d.id)
  FROM departments d JOIN walk w ON d.parent_id = w.id
)
SELECT w.id, w.parent_id, w.name, w.sort_order,
  (SELECT count(*)::int FROM department_members m WHERE m.department_id = w.id) AS member_count
FROM walk w ORDER BY w.path`;

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: { tags: ['departments'], summary: 'The department tree, flat', response: { 200: departmentList } },
      config: { access: { action: 'read', subject: 'Department' } },
    },
    async (req) => {
      const rows = await req.em.execute<DepartmentRow[]>(treeSql);
      return {
        items: rows.map((r) => ({
          id: r.id,
          parentId: r.parent_id,
          name: r.name,
          sortOrder: r.sort_order,
          memberCount: r.member_count,
        })),
      };
    },
  );
});
