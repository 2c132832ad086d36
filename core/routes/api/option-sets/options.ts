import { optionCreate, optionParams, optionReorder, optionSetKeyParams, optionSetView, optionUpdate, optionView } from '@tessera/schemas/option-set';
import type { FastifyRequest } from 'fastify';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import type { FieldProblem } from '../../../http/domain-error.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { createsCycle, depthOf, nextSortOrder, subtreeValues } from '../../../taxonomy/domain/option-tree.ts';
import { Option } from '../../../taxonomy/entities/option.ts';
import {
  OptionCycleError,
  OptionDeclaredError,
  OptionInUseError,
  OptionReorderMismatchError,
  OptionSetFullError,
  OptionValueTakenError,
  UnknownParentOptionError,
} from '../../../taxonomy/option-set-errors.ts';
import { lockOptionSet, maxOptionsPerSet, touchOptionSet } from '../../../taxonomy/option-set-store.ts';
import { describeUsage } from '../../../taxonomy/option-usage.ts';
import { isBuiltIn, toOptionSetView, toOptionView } from '../../../taxonomy/views/option-set-view.ts';

const changeSet = { access: { action: 'update', subject: 'OptionSet' } } as const;
const record = (o: Option) => ({
  parentValue: o.parentValue ?? null,
  label: { 'zh-CN': o.labelZh, 'en-US': o.labelEn },
  color: o.color ?? null,
  sortOrder: o.sortOrder,
  disabled: o.disabled,
});
const fields = ['parentValue', 'label', 'color', 'sortOrder', 'disabled'];
const problem = (pointer: string, code: string, message: string): { fieldProblems: FieldProblem[] } => ({
  fieldProblems: [{ pointer, code, message }],
});
const labelIn = (o: Option, req: FastifyRequest) => (req.locale === 'en-US' && o.labelEn ? o.labelEn : o.labelZh);

/** The parent a write names must be an option of the same set. */
function assertParentExists(options: readonly Option[], parentValue: string | null): void {
  if (parentValue !== null && !options.some((o) => o.value === parentValue)) {
    throw new UnknownParentOptionError({ value: parentValue }, problem('/body/parentValue', 'unknown-parent-option', parentValue));
  }
}

export default defineRoutes(async (app) => {
  app.post(
    '/:key/options',
    {
      schema: {
        tags: ['option-sets'],
        summary: 'Add an option (at the top or under a parent)',
        params: optionSetKeyParams,
        body: optionCreate,
        response: { 201: optionView },
      },
      config: changeSet,
    },
    async (req, reply) => {
      const { set, options } = await lockOptionSet(req.em, req.params.key);
      const { value } = req.body;
      if (options.some((o) => o.value === value)) {
        throw new OptionValueTakenError({ value }, problem('/body/value', 'option-value-taken', value));
      }
      if (options.length >= maxOptionsPerSet) throw new OptionSetFullError({ limit: maxOptionsPerSet });
      const parentValue = req.body.parentValue ?? null;
      assertParentExists(options, parentValue);
      const option = req.em.create(Option, {
        tenantId: set.tenantId,
        setKey: set.key,
        value,
        parentValue,
        labelZh: req.body.label['zh-CN'].trim(),
        labelEn: req.body.label['en-US']?.trim() ?? '',
        color: req.body.color?.toLowerCase() ?? null,
        sortOrder: req.body.sortOrder ?? nextSortOrder(options, parentValue),
        disabled: req.body.disabled ?? false,
        declared: false,
      });
      touchOptionSet(set);
      await req.em.flush();
      await audit(req, { action: 'option.create', subject: 'OptionSet', recordId: `${set.key}/${value}`, changes: changedFields(null, record(option), fields) });
      reply.code(201);
      return toOptionView(option, depthOf([...options, option], value));
    },
  );

  app.patch(
    '/:key/options/:value',
    {
      schema: {
        tags: ['option-sets'],
        summary: 'Relabel, recolor, move, reorder, disable or enable an option; its value never changes',
        params: optionParams,
        body: optionUpdate,
        response: { 200: optionView },
      },
      config: changeSet,
    },
    async (req) => {
      const { set, options } = await lockOptionSet(req.em, req.params.key);
      const option = options.find((o) => o.value === req.params.value);
      if (!option) throw new NotFoundError({ resource: 'option' });
      const before = record(option);
      const { parentValue } = req.body;
      if (parentValue !== undefined && parentValue !== (option.parentValue ?? null)) {
        assertParentExists(options, parentValue);
        if (createsCycle(options, option.value, parentValue)) {
          throw new OptionCycleError({ value: option.value }, problem('/body/parentValue', 'option-cycle', parentValue ?? ''));
        }
        option.sortOrder = nextSortOrder(options, parentValue);
        option.parentValue = parentValue;
      }
      if (req.body.label !== undefined) {
        option.labelZh = req.body.label['zh-CN'].trim();
        option.labelEn = req.body.label['en-US']?.trim() ?? '';
      }
      if (req.body.color !== undefined) option.color = req.body.color?.toLowerCase() ?? null;
      if (req.body.sortOrder !== undefined) option.sortOrder = req.body.sortOrder;
      if (req.body.disabled !== undefined) option.disabled = req.body.disabled;
      touchOptionSet(set);
      await req.em.flush();
      await audit(req, {
        action: 'option.update',
        subject: 'OptionSet',
        recordId: `${set.key}/${option.value}`,
        changes: changedFields(before, record(option), fields),
      });
      return toOptionView(option, depthOf(options, option.value));
    },
  );

  app.delete(
    '/:key/options/:value',
    {
      schema: {
        tags: ['option-sets'],
        summary: 'Delete an option and its sub-options: refused while records use any of them (disable it instead)',
        params: optionParams,
      },
      config: changeSet,
    },
    async (req, reply) => {
      const { set, options } = await lockOptionSet(req.em, req.params.key);
      const option = options.find((o) => o.value === req.params.value);
      if (!option) throw new NotFoundError({ resource: 'option' });
      const values = subtreeValues(options, option.value);
      const removed = options.filter((o) => values.includes(o.value));
      const declared = removed.find((o) => o.declared);
      if (declared && isBuiltIn(set, app.plugins)) {
        throw new OptionDeclaredError({ value: labelIn(declared, req), plugin: app.plugins.get(set.plugin ?? '')?.title[req.locale] ?? '' });
      }
      const usage = await app.optionUsage.valueUsage({ em: req.em, tenantId: set.tenantId }, set.key, values);
      if (usage.count > 0) {
        throw new OptionInUseError({ value: labelIn(option, req), count: usage.count, where: describeUsage(usage, req.locale) });
      }
      // the foreign key removes the sub-options with it
      req.em.remove(option);
      touchOptionSet(set);
      await req.em.flush();
      await audit(req, {
        action: 'option.delete',
        subject: 'OptionSet',
        recordId: `${set.key}/${option.value}`,
        changes: changedFields(record(option), null, fields),
        detail: { removed: values },
      });
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/:key/reorder',
    {
      schema: {
        tags: ['option-sets'],
        summary: 'Put the children of one parent (or the top-level options) in a new order',
        params: optionSetKeyParams,
        body: optionReorder,
        response: { 200: optionSetView },
      },
      config: changeSet,
    },
    async (req) => {
      const { set, options } = await lockOptionSet(req.em, req.params.key);
      const parentValue = req.body.parentValue ?? null;
      assertParentExists(options, parentValue);
      const siblings = options.filter((o) => (o.parentValue ?? null) === parentValue);
      const { values } = req.body;
      if (values.length !== siblings.length || !siblings.every((o) => values.includes(o.value))) {
        throw new OptionReorderMismatchError({}, problem('/body/values', 'option-reorder-mismatch', siblings.map((o) => o.value).join(', ')));
      }
      const before = siblings.toSorted((a, b) => a.sortOrder - b.sortOrder).map((o) => o.value);
      for (const option of siblings) option.sortOrder = values.indexOf(option.value);
      touchOptionSet(set);
      await req.em.flush();
      await audit(req, {
        action: 'option-set.reorder',
        subject: 'OptionSet',
        recordId: set.key,
        changes: { order: { before, after: values } },
        detail: { parentValue },
      });
      return toOptionSetView(set, options, app.plugins, req.locale);
    },
  );
});
