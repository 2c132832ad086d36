import {
  type OptionSetFile,
  optionSetExportQuery,
  optionSetImport,
  optionSetImportResult,
  optionSetKeyParams,
} from '@tessera/schemas/option-set';
import { audit } from '../../../audit/write-audit.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { inTreeOrder } from '../../../taxonomy/domain/option-tree.ts';
import { applyImportPlan, jsonImportSource, planImport, xlsxImportSource } from '../../../taxonomy/option-import.ts';
import { findOptionSet, lockOptionSet, optionsOf } from '../../../taxonomy/option-set-store.ts';
import { writeOptionSetXlsx } from '../../../taxonomy/option-set-xlsx.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An XLSX travels as base64 inside the JSON body: room for a workbook of a few megabytes. */
const importBodyLimit = 6 * 1024 * 1024;

export default defineRoutes(async (app) => {
  app.get(
    '/:key/export',
    {
      schema: {
        tags: ['option-sets'],
        summary: 'Download the set as the JSON exchange file or as an XLSX workbook (same columns)',
        params: optionSetKeyParams,
        querystring: optionSetExportQuery,
      },
      config: { access: { action: 'read', subject: 'OptionSet' } },
    },
    async (req, reply) => {
      const set = await findOptionSet(req.em, req.params.key);
      const ordered = inTreeOrder(await optionsOf(req.em, set.key));
      const rows = ordered.map(({ option, depth }) => ({
        value: option.value,
        parentValue: option.parentValue ?? null,
        label: { 'zh-CN': option.labelZh, 'en-US': option.labelEn },
        color: option.color ?? null,
        sortOrder: option.sortOrder,
        disabled: option.disabled,
        depth,
      }));
      if (req.query.format === 'xlsx') {
        const name = req.locale === 'en-US' && set.nameEn ? set.nameEn : set.nameZh;
        const workbook = await writeOptionSetXlsx(name, rows, req.locale);
        return reply.type(xlsxType).header('content-disposition', `attachment; filename="${set.key}.xlsx"`).send(workbook);
      }
      const file: OptionSetFile = {
        format: 'tessera.option-set',
        version: 1,
        key: set.key,
        name: { 'zh-CN': set.nameZh, 'en-US': set.nameEn },
        options: rows.map(({ depth: _depth, ...row }) => row),
      };
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${set.key}.json"`)
        .send(JSON.stringify(file, null, 2));
    },
  );

  app.post(
    '/:key/import',
    {
      bodyLimit: importBodyLimit,
      schema: {
        tags: ['option-sets'],
        summary: 'Add and relabel options from a JSON exchange file or an XLSX workbook (base64); `preview` saves nothing',
        params: optionSetKeyParams,
        body: optionSetImport,
        response: { 200: optionSetImportResult },
      },
      config: { access: { action: 'update', subject: 'OptionSet' } },
    },
    async (req) => {
      const { set, options } = await lockOptionSet(req.em, req.params.key);
      const source = req.body.format === 'xlsx' ? await xlsxImportSource(req.body, req.locale) : jsonImportSource(req.body);
      const plan = planImport(options, source, req.locale);
      const result = {
        applied: !req.body.preview,
        added: plan.add.map((o) => o.value),
        relabelled: plan.relabel.map((o) => o.value),
        unchanged: plan.unchanged,
      };
      if (req.body.preview) return result;
      await applyImportPlan(req.em, set, options, plan);
      await audit(req, {
        action: 'option-set.import',
        subject: 'OptionSet',
        recordId: set.key,
        detail: { format: req.body.format, added: result.added, relabelled: result.relabelled },
      });
      return result;
    },
  );
});
