import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { registerPublic } from './public-routes.ts';

export const adminUiDist = fileURLToPath(new URL('../../admin-ui/dist/', import.meta.url));

/** Serves the built admin UI; unknown non-API paths get its index.html so client-side routes load. */
export async function registerStaticUi(app: FastifyInstance): Promise<boolean> {
  if (!existsSync(adminUiDist)) return false;
  await registerPublic(app, async (scope) => {
    await scope.register(fastifyStatic, { root: adminUiDist, wildcard: false, index: 'index.html' });
  });
  return true;
}

export function wantsAdminUiPage(method: string, url: string, accept: string | undefined): boolean {
  const path = url.split('?')[0] ?? '';
  return (
    (method === 'GET' || method === 'HEAD') &&
    !path.startsWith('/api/') &&
    path !== '/api' &&
    !/\.[a-z0-9]+$/i.test(path) &&
    (accept ?? '').includes('text/html')
  );
}
