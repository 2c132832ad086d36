import type { EntityManager } from '@mikro-orm/postgresql';
import { type OptionSetImport, optionFileRow } from '@tessera/schemas/option-set';
import { Ajv } from 'ajv';
import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import { ValidationFailedError } from '../http/core-errors.ts';
import type { FieldProblem } from '../http/domain-error.ts';
import { fieldProblemsOf } from '../http/validation-problems.ts';
import { type Locale, translate } from '../i18n/translate.ts';
import { type ImportPlan, type ImportRow, planOptionImport } from './domain/option-import-plan.ts';
import type { Option } from './entities/option.ts';
import type { OptionSet } from './entities/option-set.ts';
import { OptionImportInvalidError, OptionSetFullError } from './option-set-errors.ts';
import { maxOptionsPerSet } from './option-set-store.ts';
import { readOptionSetXlsx, UnreadableWorkbookError } from './option-set-xlsx.ts';
import { zipFitsWithin } from './zip-fits-within.ts';

/** What an uploaded workbook may unpack to. */
const maxUnpackedBytes = 20 * 1024 * 1024;
const checkRow = new Ajv({ allErrors: true, strict: false }).compile(optionFileRow);

/** The rows to import and where each one's problems point in the request. */
export interface ImportSource {
  readonly rows: readonly ImportRow[];
  readonly pointerOf: (row: number) => string;
}

const invalid = (problems: FieldProblem[]) => new OptionImportInvalidError({ count: problems.length }, { fieldProblems: problems });

/** The rows of a JSON import (`set.options`), already checked by the route's body schema. */
export function jsonImportSource(body: OptionSetImport): ImportSource {
  if (!body.set) {
    throw new ValidationFailedError({}, { fieldProblems: [{ pointer: '/body/set', code: 'required', message: 'set' }] });
  }
  return { rows: body.set.options, pointerOf: (row) => `/body/set/options/${row}` };
}

/**
 * The rows of an XLSX import: the base64 workbook is size-checked unpacked before it is read, and each
 * row is checked against the exchange row schema; problems point at `/body/content/rows/<sheet row>/…`.
 */
export async function xlsxImportSource(body: OptionSetImport, locale: Locale): Promise<ImportSource> {
  if (!body.content) {
    throw new ValidationFailedError({}, { fieldProblems: [{ pointer: '/body/content', code: 'required', message: 'content' }] });
  }
  const unreadable = () => invalid([{ pointer: '/body/content', code: 'unreadable', message: translate(locale, 'option-sets.import.unreadable') }]);
  const content = Buffer.from(body.content, 'base64');
  if (!zipFitsWithin(content, maxUnpackedBytes)) throw unreadable();
  let sheet;
  try {
    sheet = await readOptionSetXlsx(content, maxOptionsPerSet + 1);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw unreadable();
    throw error;
  }
  const { rows, rowNumbers } = sheet;
  // the sheet is read up to one row past the limit: more rows than a set may hold is refused, not cut
  if (rows.length > maxOptionsPerSet) throw new OptionSetFullError({ limit: maxOptionsPerSet });
  const pointerOf = (row: number) => `/body/content/rows/${rowNumbers[row] ?? 0}`;
  const problems = rows.flatMap((row, index) =>
    checkRow(row)
      ? []
      : // ajv's errors have the shape fastify's validation errors have
        fieldProblemsOf((checkRow.errors ?? []) as FastifySchemaValidationError[], 'body', locale).map((p) => ({
          ...p,
          pointer: p.pointer.replace(/^\/body/, pointerOf(index)),
        })),
  );
  if (problems.length > 0) throw invalid(problems);
  // each row passed the row schema just above
  return { rows: rows as unknown as ImportRow[], pointerOf };
}

/** The plan for importing `source` into a set holding `options`, or the problems of its rows. */
export function planImport(options: readonly Option[], source: ImportSource, locale: Locale): ImportPlan {
  const existing = options.map((o) => ({
    value: o.value,
    parentValue: o.parentValue ?? null,
    sortOrder: o.sortOrder,
    label: { 'zh-CN': o.labelZh, 'en-US': o.labelEn },
    color: o.color ?? null,
  }));
  const plan = planOptionImport(existing, source.rows);
  if (plan.problems.length > 0) {
    throw invalid(
      plan.problems.map((p) => ({
        pointer: `${source.pointerOf(p.row)}/${p.field}`,
        code: `option-${p.code}`,
        message: translate(locale, `option-sets.import.${p.code}`),
      })),
    );
  }
  if (options.length + plan.add.length > maxOptionsPerSet) throw new OptionSetFullError({ limit: maxOptionsPerSet });
  return plan;
}

// one statement for every new option: the parent foreign key is checked at its end, so order does not matter
const insertSql = `INSERT INTO options (tenant_id, set_key, value, parent_value, label_zh, label_en, color, sort_order, disabled)
  SELECT ?, ?, r.value, r.parent_value, r.label_zh, r.label_en, r.color, r.sort_order, r.disabled
    FROM jsonb_to_recordset(?::jsonb)
      AS r(value text, parent_value text, label_zh text, label_en text, color text, sort_order integer, disabled boolean)`;

/** Saves the plan: new options added, relabelled ones changed in place. */
export async function applyImportPlan(em: EntityManager, set: OptionSet, options: readonly Option[], plan: ImportPlan): Promise<void> {
  if (plan.add.length > 0) {
    const rows = plan.add.map((o) => ({
      value: o.value,
      parent_value: o.parentValue,
      label_zh: o.label['zh-CN'],
      label_en: o.label['en-US'],
      color: o.color,
      sort_order: o.sortOrder,
      disabled: o.disabled,
    }));
    await em.execute(insertSql, [set.tenantId, set.key, JSON.stringify(rows)]);
  }
  const byValue = new Map(options.map((o) => [o.value, o]));
  for (const change of plan.relabel) {
    const option = byValue.get(change.value);
    if (!option) continue;
    option.labelZh = change.label['zh-CN'];
    option.labelEn = change.label['en-US'];
    option.color = change.color;
  }
  set.updatedAt = new Date();
  await em.flush();
}
