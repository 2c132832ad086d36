import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { optionSetCreate, optionSetKeyParams, optionSetUpdate, optionSetView } from '@tessera/schemas/option-set';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { OptionSet } from '../../../taxonomy/entities/option-set.ts';
import { OptionSetBuiltInError, OptionSetInUseError, OptionSetKeyTakenError } from '../../../taxonomy/option-set-errors.ts';
import { lockOptionSet } from '../../../taxonomy/option-set-store.ts';
import { describeUsage } from '../../../taxonomy/option-usage.ts';
import { isBuiltIn, toOptionSetView } from '../../../taxonomy/views/option-set-view.ts';

const record = (s: OptionSet) => ({ name: { 'zh-CN': s.nameZh, 'en-US': s.nameEn }, plugin: s.plugin ?? null });
const fields = ['name', 'plugin'];

export default defineRoutes(async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['option-sets'],
        summary: 'Create an option set of the company',
        body: optionSetCreate,
        response: { 201: optionSetView },
      },
      config: { access: { action: 'create', subject: 'OptionSet' } },
    },
    async (req, reply) => {
      const set = req.em.create(OptionSet, {
        tenantId: req.principal?.tenantId ?? '',
        key: req.body.key,
        nameZh: req.body.name['zh-CN'].trim(),
        nameEn: req.body.name['en-US']?.trim() ?? '',
        plugin: null,
      });
      try {
        await req.em.flush();
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        throw new OptionSetKeyTakenError(
          { key: req.body.key },
          { fieldProblems: [{ pointer: '/body/key', code: 'option-set-key-taken', message: req.body.key }] },
        );
      }
      await audit(req, { action: 'option-set.create', subject: 'OptionSet', recordId: set.key, changes: changedFields(null, record(set), fields) });
      reply.code(201);
      return toOptionSetView(set, [], app.plugins, req.locale);
    },
  );

  app.patch(
    '/:key',
    {
      schema: {
        tags: ['option-sets'],
        summary: 'Rename an option set (its key never changes)',
        params: optionSetKeyParams,
        body: optionSetUpdate,
        response: { 200: optionSetView },
      },
      config: { access: { action: 'update', subject: 'OptionSet' } },
    },
    async (req) => {
      const { set, options } = await lockOptionSet(req.em, req.params.key);
      const before = record(set);
      set.nameZh = req.body.name['zh-CN'].trim();
      set.nameEn = req.body.name['en-US']?.trim() ?? '';
      await req.em.flush();
      await audit(req, { action: 'option-set.update', subject: 'OptionSet', recordId: set.key, changes: changedFields(before, record(set), fields) });
      return toOptionSetView(set, options, app.plugins, req.locale);
    },
  );

  app.delete(
    '/:key',
    {
      schema: {
        tags: ['option-sets'],
        summary: 'Delete an option set and its options: refused while anything uses it or its module is installed',
        params: optionSetKeyParams,
      },
      config: { access: { action: 'delete', subject: 'OptionSet' } },
    },
    async (req, reply) => {
      const { set, options } = await lockOptionSet(req.em, req.params.key);
      const name = req.locale === 'en-US' && set.nameEn ? set.nameEn : set.nameZh;
      if (isBuiltIn(set, app.plugins)) {
        throw new OptionSetBuiltInError({ set: name, plugin: app.plugins.get(set.plugin ?? '')?.title[req.locale] ?? '' });
      }
      const usage = await app.optionUsage.setUsage({ em: req.em, tenantId: set.tenantId }, set.key);
      if (usage.count > 0) throw new OptionSetInUseError({ set: name, count: usage.count, where: describeUsage(usage, req.locale) });
      req.em.remove(set);
      await req.em.flush();
      await audit(req, {
        action: 'option-set.delete',
        subject: 'OptionSet',
        recordId: set.key,
        changes: changedFields(record(set), null, fields),
        detail: { optionCount: options.length },
      });
      reply.code(204);
      return null;
    },
  );
});
