import type { FastifyInstance } from 'fastify';

/**
 * Registers third-party plugins (static files, API docs) whose routes cannot carry our `config.access`,
 * marking exactly the routes registered inside `register` public, in their own encapsulation context.
 */
export async function registerPublic(
  app: FastifyInstance,
  register: (scope: FastifyInstance) => Promise<void>,
): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public' };
    });
    await register(scope);
  });
}
