import { optionSetKeyParams, optionSetListQuery, optionSetPage, optionSetView } from '@tessera/schemas/option-set';
import { pageArgs, pageResult, sortArg } from '../../../http/pagination.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { OptionSet } from '../../../taxonomy/entities/option-set.ts';
import { findOptionSet, optionsOf } from '../../../taxonomy/option-set-store.ts';
import { toOptionSetSummary, toOptionSetView } from '../../../taxonomy/views/option-set-view.ts';

const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const readSets = { access: { action: 'read', subject: 'OptionSet' } } as const;

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['option-sets'],
        summary: 'Option sets of the company: its own and those its modules declared',
        querystring: optionSetListQuery,
        response: { 200: optionSetPage },
      },
      config: readSets,
    },
    async (req) => {
      const page = pageArgs(req.query);
      const sort = sortArg(req.query.sort ?? 'key');
      const term = req.query.q?.trim();
      const like = term ? likePattern(term) : undefined;
      const [sets, total] = await req.em.findAndCount(
        OptionSet,
        {
          ...(like ? { $or: [{ key: { $ilike: like } }, { nameZh: { $ilike: like } }, { nameEn: { $ilike: like } }] } : {}),
          ...(req.query.source === 'own' ? { plugin: null } : req.query.source === 'plugin' ? { plugin: { $ne: null } } : {}),
        },
        { orderBy: [{ [sort.key]: sort.direction }, { key: 'asc' }], limit: page.limit, offset: page.offset },
      );
      const counts = new Map<string, number>();
      if (sets.length > 0) {
        const rows = await req.em.execute<{ set_key: string; n: number }[]>(
          'SELECT set_key, count(*)::int AS n FROM options WHERE set_key = ANY(ARRAY[?]::text[]) GROUP BY set_key',
          [sets.map((s) => s.key)],
        );
        for (const row of rows) counts.set(row.set_key, row.n);
      }
      const items = sets.map((set) => toOptionSetSummary(set, counts.get(set.key) ?? 0, app.plugins, req.locale));
      return pageResult(items, total, page);
    },
  );

  app.get(
    '/:key',
    {
      schema: {
        tags: ['option-sets'],
        summary: 'One option set with its options, parents first',
        params: optionSetKeyParams,
        response: { 200: optionSetView },
      },
      config: readSets,
    },
    async (req) => {
      const set = await findOptionSet(req.em, req.params.key);
      return toOptionSetView(set, await optionsOf(req.em, set.key), app.plugins, req.locale);
    },
  );
});
