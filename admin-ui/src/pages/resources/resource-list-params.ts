import type { QueryValue } from '../../api/api-request.ts';
import type { ListQuery } from '../../api/list-result.ts';
import type { ResourceView } from '../../api/ui-extensions-api.ts';
import { dayjs } from '../../format/dayjs-setup.ts';
import type { ListParamPatch } from '../../hooks/use-list-params.ts';

/*
 * A resource list's URL parameters are the API's own (`?status=draft&amountFenFrom=10000&search=…`), so a
 * bookmarked list and the request it sends read the same. Money stays in fen there; only the filter
 * inputs show yuan.
 */

export const searchParam = 'search';

export function rangeParams(field: string): { from: string; to: string } {
  return { from: `${field}From`, to: `${field}To` };
}

/** Every URL parameter the list filters by: the search box and each filter (`<f>`, or `<f>From`/`<f>To`). */
export function resourceFilterKeys(resource: Pick<ResourceView, 'searchable' | 'filters'>): string[] {
  const keys = resource.searchable ? [searchParam] : [];
  for (const filter of resource.filters) {
    if (filter.kind === 'eq') keys.push(filter.field);
    else keys.push(rangeParams(filter.field).from, rangeParams(filter.field).to);
  }
  return keys;
}

export function textParam(query: ListQuery, key: string): string | undefined {
  const value = query[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function isListFiltered(query: ListQuery, filterKeys: readonly string[]): boolean {
  return filterKeys.some((key) => textParam(query, key) !== undefined);
}

/** Removes every filter (and the search) from the URL. */
export function clearFiltersPatch(filterKeys: readonly string[]): ListParamPatch {
  return Object.fromEntries(filterKeys.map((key) => [key, undefined]));
}

function integerOf(text: string | undefined): number | undefined {
  if (text === undefined || !/^-?\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** An integer (or fen) range from the URL; a bound that is not an integer counts as unset. */
export function integerRangeOf(query: ListQuery, field: string): [number | undefined, number | undefined] {
  const { from, to } = rangeParams(field);
  return [integerOf(textParam(query, from)), integerOf(textParam(query, to))];
}

/** A decimal typed or read from the URL (`12`, `-0.5`); undefined for anything else. */
export function numberOf(text: string | undefined): number | undefined {
  if (text === undefined || !/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** A range of any numbers (decimals too) from the URL; a bound that is not a number counts as unset. */
export function numberRangeOf(query: ListQuery, field: string): [number | undefined, number | undefined] {
  const { from, to } = rangeParams(field);
  return [numberOf(textParam(query, from)), numberOf(textParam(query, to))];
}

/** The URL parameters of a number range (integers, fen or decimals); an unset bound is removed. */
export function integerRangePatch(field: string, from: number | undefined, to: number | undefined): ListParamPatch {
  const params = rangeParams(field);
  return { [params.from]: from, [params.to]: to };
}

/** A time range from the URL as the days the tenant's calendar shows. */
export function dayRangeOf(query: ListQuery, field: string, timeZone: string): [string, string] | undefined {
  const { from, to } = rangeParams(field);
  const start = textParam(query, from);
  const end = textParam(query, to);
  if (!start || !end) return undefined;
  return [dayjs.utc(start).tz(timeZone).format('YYYY-MM-DD'), dayjs.utc(end).tz(timeZone).format('YYYY-MM-DD')];
}

/**
 * Whole days (`YYYY-MM-DD`) in the tenant's time zone as the instants the API compares with: from the first
 * day's 00:00 to the last day's 23:59:59.999 there.
 */
export function dayRangePatch(field: string, days: readonly [string, string] | undefined, timeZone: string): ListParamPatch {
  const { from, to } = rangeParams(field);
  if (!days) return { [from]: undefined, [to]: undefined };
  return {
    [from]: dayjs.tz(days[0], timeZone).startOf('day').toISOString(),
    [to]: dayjs.tz(days[1], timeZone).endOf('day').toISOString(),
  };
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A range of calendar days (a date field's values, `YYYY-MM-DD`) from the URL, when both ends are set. */
export function dateRangeOf(query: ListQuery, field: string): [string, string] | undefined {
  const { from, to } = rangeParams(field);
  const start = textParam(query, from);
  const end = textParam(query, to);
  return start && end && dayPattern.test(start) && dayPattern.test(end) ? [start, end] : undefined;
}

/** Calendar days as a date field's range: the days themselves, no time zone involved. */
export function dateRangePatch(field: string, days: readonly [string, string] | undefined): ListParamPatch {
  const { from, to } = rangeParams(field);
  return { [from]: days?.[0], [to]: days?.[1] };
}

/** The list request's query: paging, sort and the set filters, unset ones left out. */
export function resourceRequestQuery(query: ListQuery): Record<string, QueryValue> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ''));
}
