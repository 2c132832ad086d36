import Fastify from 'fastify';
import { expect, it } from 'vitest';
import '../../core/http/fastify-types.ts';
import { type RouteEntry, requestPipeline, RouteAccessMissingError } from '../../core/http/request-pipeline.ts';

it('refuses to boot a route that does not declare who may call it', async () => {
  const app = Fastify();
  await app.register(requestPipeline, { routeTable: [] });
  app.get('/forgotten', async () => ({ secret: true }));
  await expect(app.ready()).rejects.toBeInstanceOf(RouteAccessMissingError);
});

it('boots routes that declare their access and lists them', async () => {
  const app = Fastify();
  const routeTable: RouteEntry[] = [];
  await app.register(requestPipeline, { routeTable });
  app.get('/open', { config: { access: 'public' } }, async () => ({ ok: true }));
  await app.ready();
  expect(routeTable).toContainEqual(expect.objectContaining({ method: 'GET', url: '/open', access: 'public' }));
  await app.close();
});
