import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'plugins/*/test/**/*.test.ts', 'admin-ui/src/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // autoload imports the route modules; inlined, it imports them through vitest's module graph, so
    // routes and tests share one copy of each entity class
    server: { deps: { inline: ['@fastify/autoload'] } },
  },
});
