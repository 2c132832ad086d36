import { pluginParams, trialStarted } from '@tessera/schemas/market-trial';
import { audit } from '../../../audit/write-audit.ts';
import { startTrial } from '../../../marketplace/start-trial.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/listings/:plugin/trial',
    {
      schema: {
        tags: ['market'],
        summary: 'Start the company’s one trial of a module',
        params: pluginParams,
        response: { 201: trialStarted },
      },
      config: { access: { action: 'update', subject: 'Plugin' } },
    },
    async (req, reply) => {
      const trial = await startTrial(req, req.params.plugin);
      await audit(req, { action: 'market.trial', subject: 'Plugin', recordId: null, detail: { plugin: trial.plugin, endsAt: trial.endsAt.toISOString() } });
      reply.code(201);
      return { plugin: trial.plugin, endsAt: trial.endsAt.toISOString() };
    },
  );
});
