/**
 * `npm run bench:forms-validation` (the first half of `npm run bench:forms`): what caching the compiled
 * validator per form version buys. Validates the same 40-field submission with the platform's cached
 * validator and with a fresh `new Ajv().compile()` (the same options) each time, in the same run, and
 * prints both rates and their ratio. Not part of npm test.
 */
import { createFormAjv } from '../schemas/form-validation/form-ajv-options.ts';
import { validateFormData } from '../schemas/form-validation/validate-form-data.ts';

const fieldCount = 40;
const properties: Record<string, unknown> = {};
const data: Record<string, unknown> = {};
for (let i = 0; i < fieldCount; i++) {
  const kind = i % 4;
  properties[`f${i}`] =
    kind === 0
      ? { type: 'string', minLength: 1, maxLength: 60, pattern: '^[\\p{L}\\p{N} -]+$' }
      : kind === 1
        ? { type: 'integer', minimum: 0, maximum: 1_000_000 }
        : kind === 2
          ? { type: 'string', enum: ['a', 'b', 'c', 'd'] }
          : { type: 'string', format: 'date' };
  data[`f${i}`] = kind === 0 ? `门店 ${i}` : kind === 1 ? i * 10 : kind === 2 ? 'b' : '2026-11-24';
}
const schema = { type: 'object', required: Object.keys(properties), additionalProperties: false, properties };

function rate(label: string, seconds: number, once: () => void): number {
  for (let i = 0; i < 50; i++) once();
  const end = performance.now() + seconds * 1000;
  let runs = 0;
  const start = performance.now();
  while (performance.now() < end) {
    once();
    runs++;
  }
  const perSecond = runs / ((performance.now() - start) / 1000);
  process.stdout.write(`${label.padEnd(36)} ${perSecond.toFixed(0).padStart(9)} validations/s\n`);
  return perSecond;
}

const seconds = Number(process.env['BENCH_DURATION'] ?? 5);
const cached = rate('cached per version (platform)', seconds, () => {
  const result = validateFormData({ key: 'bench@1', schema, data, locale: 'zh-CN' });
  if (result.problems.length > 0) throw new Error('the bench submission must be valid');
});
const fresh = rate('fresh new Ajv().compile() each time', seconds, () => {
  if (!createFormAjv().compile(schema)(data)) throw new Error('the bench submission must be valid');
});
process.stdout.write(`\ncached / fresh: ${(cached / fresh).toFixed(1)}× (${fieldCount} fields)\n`);
process.exit(0);
