import type { EntityManager } from '@mikro-orm/postgresql';
import { companyEntitlements, type Entitlement } from './entitlements.ts';
import { type ListingSettings, listingSettings } from './market-listing.ts';

export interface CompanyModule {
  readonly enabled: boolean;
  /** Its entitlement ended: readable, not writable, until then. */
  readonly readOnlyUntil: Date | null;
}

/** What the market shows a company about every module: the operator's settings and the company's own state. */
export interface CompanyMarketState {
  readonly settings: ReadonlyMap<string, ListingSettings>;
  readonly entitlements: ReadonlyMap<string, Entitlement>;
  readonly modules: ReadonlyMap<string, CompanyModule>;
  /** Modules the company took its one trial of. */
  readonly trialsUsed: ReadonlySet<string>;
}

/** Reads the bound company's market state (four small reads under its RLS; `market_listings` is platform-wide). */
export async function companyMarketState(em: EntityManager): Promise<CompanyMarketState> {
  const settings = await listingSettings(em);
  const entitlements = await companyEntitlements(em);
  const modules = await em.execute<{ plugin: string; enabled: boolean; read_only_until: Date | string | null }[]>(
    'SELECT plugin, enabled, read_only_until FROM tenant_plugins',
  );
  const trials = await em.execute<{ plugin: string }[]>('SELECT plugin FROM module_trials');
  return {
    settings,
    entitlements,
    modules: new Map(
      modules.map((row) => [
        row.plugin,
        { enabled: row.enabled, readOnlyUntil: row.read_only_until === null ? null : new Date(row.read_only_until) },
      ]),
    ),
    trialsUsed: new Set(trials.map((row) => row.plugin)),
  };
}
