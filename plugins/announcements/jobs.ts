import type { JobContext, PluginJob } from '@tessera/core/sdk';
import type { AudienceKind } from './audience.ts';
import { deliver } from './deliver.ts';
import { Announcement } from './entities.ts';

/** Publishes scheduled announcements that are due and expires published ones that are over. */
export const publishDue: PluginJob = {
  everySeconds: 30,
  dueIn: {
    table: 'announcements',
    where: "(status = 'scheduled' AND publish_at <= $1) OR (status = 'published' AND expire_at <= $1)",
  },
  run: async (ctx: JobContext) => {
    const { now } = ctx;
    const due = await ctx.em.find(Announcement, { status: 'scheduled', publishAt: { $lte: now } }, { limit: 100 });
    if (due.length > 0) {
      const kinds = await ctx.contributionsTo<AudienceKind>('audience-kinds');
      for (const announcement of due) await deliver(ctx.em, ctx, announcement, kinds, now);
    }
    await ctx.em.nativeUpdate(Announcement, { status: 'published', expireAt: { $lte: now } }, { status: 'expired' });
    await ctx.em.flush();
  },
};
