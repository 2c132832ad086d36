import type { ChartOptions } from '../chart/chart-option.ts';
import type { ReportChartType } from '../chart/report-chart.tsx';
import type { DatasetField, DatasetQuery, ReportCreate, ReportView } from '../reports-api.ts';
import {
  type BuilderFilterOp,
  type BuilderMeasureOp,
  type TimeGrain,
  builderFilterOps,
  builderMeasureOps,
  defaultFilterOp,
  defaultMeasureOp,
  isNumeric,
  isTimed,
  timeGrains,
} from './field-rules.ts';

export type Scalar = string | number | boolean;

const reportChartTypes: readonly ReportChartType[] = ['table', 'pivot', 'bar', 'line', 'area', 'pie', 'gauge', 'kpi'];

export interface DraftFilter {
  field: string;
  op: BuilderFilterOp;
  /** Unset while the person has not chosen one yet: such a filter is left out of the query. */
  value: Scalar | Scalar[] | undefined;
}

/** A measure as the query takes it: a ratio is sum(`field`) / sum(`over`), both numbers or money. */
export interface DraftMeasure {
  op: BuilderMeasureOp;
  field?: string;
  over?: string;
}

/** Everything the builder edits, in the shape it edits it; `queryOf` turns it into the API's query. */
export interface ReportDraft {
  title: string;
  description: string;
  dataset: string | undefined;
  dimensions: { field: string; grain?: TimeGrain }[];
  measures: DraftMeasure[];
  filters: DraftFilter[];
  sort: { column: string; direction: 'asc' | 'desc' } | undefined;
  limit: number;
  chart: { type: ReportChartType; options: ChartOptions };
}

export const maxDimensions = 3;
export const maxMeasures = 10;
export const maxFilters = 20;

export const emptyDraft: ReportDraft = {
  title: '',
  description: '',
  dataset: undefined,
  dimensions: [],
  measures: [],
  filters: [],
  sort: undefined,
  limit: 1000,
  chart: { type: 'bar', options: {} },
};

/** Another dataset: its fields differ, so the query starts over; title and chart stay. */
export function withDataset(draft: ReportDraft, dataset: string): ReportDraft {
  return { ...emptyDraft, title: draft.title, description: draft.description, chart: draft.chart, dataset };
}

/** Groups by the field (month buckets for times, which read best on a chart); no-op beyond three. */
export function addDimension(draft: ReportDraft, field: DatasetField): ReportDraft {
  if (draft.dimensions.length >= maxDimensions) return draft;
  return { ...draft, dimensions: [...draft.dimensions, isTimed(field.type) ? { field: field.key, grain: 'month' } : { field: field.key }], sort: undefined };
}

export function addMeasure(draft: ReportDraft, field: DatasetField | undefined): ReportDraft {
  if (draft.measures.length >= maxMeasures) return draft;
  const measure = field ? { op: defaultMeasureOp(field.type), field: field.key } : { op: 'count' as const };
  return { ...draft, measures: [...draft.measures, measure], sort: undefined };
}

/** The number or money field nearest the measure's own in the dataset's order (after it first): related fields sit together, as 金额 and 目标金额. */
function nearestNumericField(fields: readonly DatasetField[], key: string | undefined): string | undefined {
  const at = fields.findIndex((field) => field.key === key);
  const isCandidate = (field: DatasetField | undefined) => field !== undefined && field.key !== key && isNumeric(field.type);
  const after = fields.slice(at + 1).find(isCandidate);
  const before = fields.slice(0, Math.max(at, 0)).reverse().find(isCandidate);
  return (after ?? before)?.key;
}

/**
 * The measure summarized another way. A ratio divides by another number or money field of the dataset
 * (the one nearest the measure's own to start with, which the person then changes as needed); other
 * ways have nothing to divide by.
 */
export function withMeasureOp(measure: DraftMeasure, op: BuilderMeasureOp, fields: readonly DatasetField[]): DraftMeasure {
  const { over, ...rest } = measure;
  if (op !== 'ratio') return { ...rest, op };
  const divisor = over ?? nearestNumericField(fields, measure.field);
  return { ...rest, op, ...(divisor ? { over: divisor } : {}) };
}

export function addFilter(draft: ReportDraft, field: DatasetField): ReportDraft {
  if (draft.filters.length >= maxFilters) return draft;
  return { ...draft, filters: [...draft.filters, { field: field.key, op: defaultFilterOp(field.type), value: undefined }] };
}

/** Removing a column renumbers the ones after it, so a sort on one of them no longer means the same. */
export function removeAt<K extends 'dimensions' | 'measures' | 'filters'>(draft: ReportDraft, list: K, index: number): ReportDraft {
  const items: ReportDraft[K] = draft[list];
  return { ...draft, [list]: items.filter((_, at) => at !== index), ...(list === 'filters' ? {} : { sort: undefined }) };
}

export function replaceAt<K extends 'dimensions' | 'measures' | 'filters'>(
  draft: ReportDraft,
  list: K,
  index: number,
  item: ReportDraft[K][number],
): ReportDraft {
  const items: ReportDraft[K] = draft[list];
  return { ...draft, [list]: items.map((current, at) => (at === index ? item : current)) };
}

const hasValue = (value: DraftFilter['value']) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The API's query for the draft; `undefined` until it has a dataset and a measure (nothing to run). */
export function queryOf(draft: ReportDraft): DatasetQuery | undefined {
  if (!draft.dataset || draft.measures.length === 0) return undefined;
  const filters = draft.filters.filter((filter) => hasValue(filter.value)) as DatasetQuery['filters'];
  return {
    ...(draft.dimensions.length > 0 ? { dimensions: draft.dimensions } : {}),
    measures: draft.measures,
    ...(filters && filters.length > 0 ? { filters } : {}),
    ...(draft.sort ? { sort: [draft.sort] } : {}),
    limit: draft.limit,
  };
}

/** The body to save; `undefined` while the draft cannot be run. */
export function reportBodyOf(draft: ReportDraft): ReportCreate | undefined {
  const query = queryOf(draft);
  if (!query || !draft.dataset) return undefined;
  return { title: draft.title.trim(), description: draft.description.trim(), dataset: draft.dataset, query, chart: draft.chart };
}

const isScalar = (value: unknown): value is Scalar => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const asList = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.map(asRecord) : []);

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/**
 * A saved report as a draft. The server stores `query` and `chart` as it validated them (reportView types
 * them as open objects), so each part is read defensively here rather than cast.
 */
export function draftOfReport(report: ReportView): ReportDraft {
  const query = asRecord(report.query);
  const chart = asRecord(report.chart);
  const sort = asList(query.sort)[0];
  const options = Object.fromEntries(Object.entries(asRecord(chart.options)).filter((entry): entry is [string, Scalar] => isScalar(entry[1])));
  return {
    title: report.title,
    description: report.description,
    dataset: report.dataset,
    dimensions: asList(query.dimensions).map((dimension) => ({
      field: String(dimension.field ?? ''),
      ...(typeof dimension.grain === 'string' ? { grain: oneOf(dimension.grain, timeGrains, 'day') } : {}),
    })),
    measures: asList(query.measures).map((measure) => {
      const op = oneOf(measure.op, builderMeasureOps, 'count');
      return {
        op,
        ...(typeof measure.field === 'string' ? { field: measure.field } : {}),
        ...(op === 'ratio' && typeof measure.over === 'string' ? { over: measure.over } : {}),
      };
    }),
    filters: asList(query.filters).map((filter) => ({
      field: String(filter.field ?? ''),
      op: oneOf(filter.op, builderFilterOps, 'eq'),
      value: Array.isArray(filter.value) ? filter.value.filter(isScalar) : isScalar(filter.value) ? filter.value : undefined,
    })),
    sort: sort && typeof sort.column === 'string' ? { column: sort.column, direction: sort.direction === 'desc' ? 'desc' : 'asc' } : undefined,
    limit: typeof query.limit === 'number' ? query.limit : 1000,
    chart: {
      type: oneOf(chart.type, reportChartTypes, 'table'),
      options,
    },
  };
}
