import { apiTokenCreate, apiTokenIssued } from '@tessera/schemas/api-token';
import { v7 as uuidv7 } from 'uuid';
import { assertGrantableRole } from '../../../access/assert-grantable-role.ts';
import { ApiToken } from '../../../auth/entities/api-token.ts';
import { digest, issueTenantSecret } from '../../../auth/secret-tokens.ts';
import { toApiTokenView } from '../../../auth/views/api-token-view.ts';
import { ValidationFailedError } from '../../../http/core-errors.ts';
import { translate } from '../../../i18n/translate.ts';
import { audit } from '../../../audit/write-audit.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['api-tokens'],
        summary: 'Create an API token (the secret is shown once)',
        body: apiTokenCreate,
        response: { 201: apiTokenIssued },
      },
      config: { access: { action: 'create', subject: 'ApiToken' } },
    },
    async (req, reply) => {
      const principal = await assertGrantableRole(req, req.body.role, '/body/role');
      const expiresAt = req.body.expiresAt ? new Date(req.body.expiresAt) : null;
      if (expiresAt && expiresAt <= new Date()) {
        const message = translate(req.locale, 'validation.invalid');
        throw new ValidationFailedError(
          {},
          { fieldProblems: [{ pointer: '/body/expiresAt', code: 'in-the-past', message }] },
        );
      }
      const secret = issueTenantSecret('tsk', principal.tenantId);
      const token = req.em.create(ApiToken, {
        tenantId: principal.tenantId,
        id: uuidv7(),
        name: req.body.name,
        role: req.body.role,
        tokenHash: digest(secret),
        // the tenant part is the same for every token of the tenant; the start of the secret tells them apart
        prefix: `tsk_…${secret.slice(-43, -37)}`,
        createdBy: principal.userId,
        expiresAt,
      });
      await req.em.flush();
      await audit(req, {
        action: 'api-token.create',
        subject: 'ApiToken',
        recordId: token.id,
        changes: { name: { after: token.name }, role: { after: token.role } },
      });
      reply.code(201);
      return { ...toApiTokenView(token), token: secret };
    },
  );
});
