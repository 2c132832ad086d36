import { type ListingQuery, type MarketCategory, marketCategories } from '../../api/market-api.ts';

/** The server accepts a search of 1–60 characters. */
export const maxSearchLength = 60;

function isCategory(value: string | null): value is MarketCategory {
  return marketCategories.some((category) => category === value);
}

/**
 * The marketplace's filters from the URL (`?category=content&search=通告`): an unknown category or a blank
 * search is left out, so a hand-edited or stale link still shows the catalog.
 */
export function parseMarketParams(params: URLSearchParams): ListingQuery {
  const query: ListingQuery = {};
  const category = params.get('category');
  if (isCategory(category)) query.category = category;
  const search = params.get('search')?.trim().slice(0, maxSearchLength);
  if (search) query.search = search;
  return query;
}

/** The URL after changing one filter; other parameters stay, an empty filter goes. */
export function withMarketParam(params: URLSearchParams, name: keyof ListingQuery, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  const trimmed = value?.trim();
  if (trimmed) next.set(name, name === 'search' ? trimmed.slice(0, maxSearchLength) : trimmed);
  else next.delete(name);
  return next;
}
