import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { problem } from '@tessera/schemas/common';
import type { FastifyInstance } from 'fastify';
import { registerPublic } from './public-routes.ts';

/** OpenAPI 3.1 built from the route schemas, at `/api/docs/json`, with a browsable UI at `/api/docs`. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Tessera API', version: '0.1.0', description: 'Tessera marketing management platform' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tessera_session' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'An API token `tsk_…` of one tenant' },
        },
        // Safe: an `as const` JSON Schema is a valid OpenAPI 3.1 schema; only its arrays are readonly.
        schemas: { Problem: problem as unknown as Record<string, never> },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
  });
  await registerPublic(app, async (scope) => {
    await scope.register(swaggerUi, { routePrefix: '/api/docs' });
  });
}
