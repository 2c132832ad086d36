import { profileUpdate, userView } from '@tessera/schemas/auth';
import { User } from '../../../auth/entities/user.ts';
import { requireSession } from '../../../auth/require-session.ts';
import { toUserView } from '../../../auth/views/user-view.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.patch(
    '/profile',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change the signed-in user’s name or language (answers and messages follow the language)',
        body: profileUpdate,
        response: { 200: userView },
      },
      config: { access: 'authenticated' },
    },
    async (req) => {
      const principal = requireSession(req.principal);
      const user = await req.em.findOne(User, { id: principal.userId });
      if (!user) throw new NotFoundError({ resource: 'user' });
      if (req.body.displayName !== undefined) user.displayName = req.body.displayName;
      if (req.body.locale !== undefined) user.locale = req.body.locale;
      await req.em.flush();
      return toUserView(user);
    },
  );
});
