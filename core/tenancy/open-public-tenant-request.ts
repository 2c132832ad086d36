import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../http/core-errors.ts';

const slugPattern = /^[a-z0-9][a-z0-9-]{2,39}$/;

/**
 * Binds a `tenant-public` plugin route's request to the company named by `?tenant=<slug>`, with no user:
 * RLS then shows the route only that company's rows. A company that does not exist and one that has not
 * enabled the plugin get the same 404, so a stranger cannot probe which modules a company uses.
 */
export async function openPublicTenantRequest(req: FastifyRequest, db: Database, plugin: string): Promise<void> {
  const slug = (req.query as Record<string, unknown> | undefined)?.['tenant'];
  const notFound = new NotFoundError({ resource: req.locale === 'zh-CN' ? '企业' : 'company' });
  if (typeof slug !== 'string' || !slugPattern.test(slug)) throw notFound;
  // the tenants_public_slug policy shows an unbound transaction the one company whose slug it set
  const tenantId = await db.transaction({ tenantId: null, userId: null }, async (em) => {
    await em.execute(`SELECT set_config('tessera.public_slug', ?, true)`, [slug]);
    const [row] = await em.execute<{ id: string }[]>('SELECT id FROM tenants WHERE slug = ?', [slug]);
    return row?.id;
  });
  if (!tenantId) throw notFound;
  const binding = { tenantId, userId: null };
  req.em = db.entityManager(binding);
  await db.begin(req.em, binding);
  const [enabled] = await req.em.execute<{ enabled: boolean }[]>('SELECT enabled FROM tenant_plugins WHERE plugin = ?', [plugin]);
  if (!enabled?.enabled) {
    await req.em.rollback();
    throw notFound;
  }
}
