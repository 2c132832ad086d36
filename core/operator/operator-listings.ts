import type { OperatorListingUpdate, OperatorListingView } from '@tessera/schemas/operator-market';
import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import { ValidationFailedError } from '../http/core-errors.ts';
import { translate } from '../i18n/translate.ts';
import { type ListingSettings, marketPlans } from '../marketplace/market-listing.ts';
import type { PluginDefinition } from '../plugin-runtime/plugin-definition.ts';
import { auditActor, writeOperatorAudit } from './operator-audit.ts';
import { operatorOf } from './operator-principal.ts';

interface StoredListing extends ListingSettings {
  readonly updatedAt: Date | null;
}

const defaults: StoredListing = { hidden: false, included: false, priceOverrides: {}, updatedAt: null };

async function storedListings(client: pg.ClientBase, plugin?: string): Promise<Map<string, StoredListing>> {
  const { rows } = await client.query<{ plugin: string; hidden: boolean; included: boolean; price_overrides: Record<string, number>; updated_at: Date }>(
    `SELECT plugin, hidden, included, price_overrides, updated_at FROM market_listings WHERE $1::text IS NULL OR plugin = $1
     ${plugin ? 'FOR UPDATE' : ''}`,
    [plugin ?? null],
  );
  return new Map(
    rows.map((r) => [r.plugin, { hidden: r.hidden, included: r.included, priceOverrides: r.price_overrides, updatedAt: r.updated_at }]),
  );
}

export function listingView(plugin: PluginDefinition, stored: StoredListing): OperatorListingView {
  const listPrices = new Map((plugin.pricing?.plans ?? []).map((plan) => [plan.key, plan.priceFen]));
  return {
    plugin: plugin.name,
    version: plugin.version,
    title: { 'zh-CN': plugin.title['zh-CN'], 'en-US': plugin.title['en-US'] },
    plans: marketPlans(plugin, stored).map((plan) => ({
      key: plan.key,
      title: { 'zh-CN': plan.title['zh-CN'], 'en-US': plan.title['en-US'] },
      period: plan.period,
      trialDays: plan.trialDays,
      currency: plan.currency,
      listPriceFen: listPrices.get(plan.key) ?? plan.priceFen,
      priceFen: plan.priceFen,
    })),
    hidden: stored.hidden,
    included: stored.included,
    priceOverrides: { ...stored.priceOverrides },
    updatedAt: stored.updatedAt?.toISOString() ?? null,
  };
}

/** Every plugin this process serves, with its plans and the operator's settings for it. */
export async function listListings(client: pg.ClientBase, plugins: readonly PluginDefinition[]): Promise<OperatorListingView[]> {
  const stored = await storedListings(client);
  return plugins.map((plugin) => listingView(plugin, stored.get(plugin.name) ?? defaults));
}

/** Price overrides may name only the plugin's own plans: any other key is a 400 pointing at it. */
function assertKnownPlans(req: FastifyRequest, plugin: PluginDefinition, overrides: Readonly<Record<string, number>>): void {
  const known = new Set((plugin.pricing?.plans ?? []).map((plan) => plan.key));
  const unknown = Object.keys(overrides).filter((key) => !known.has(key));
  if (unknown.length === 0) return;
  throw new ValidationFailedError(
    {},
    {
      fieldProblems: unknown.map((key) => ({
        pointer: `/body/priceOverrides/${key}`,
        code: 'unknown-plan',
        message: translate(req.locale, 'validation.unknown-plan', { plugin: plugin.name }),
      })),
    },
  );
}

/**
 * Changes what the operator set for a listing (hidden, included, price overrides: the prices companies
 * are charged from now on) and audits the change with its before and after, in one owner transaction.
 */
export async function updateListing(req: FastifyRequest, plugin: PluginDefinition, update: OperatorListingUpdate): Promise<OperatorListingView> {
  if (update.priceOverrides) assertKnownPlans(req, plugin, update.priceOverrides);
  const actor = auditActor(operatorOf(req));
  return req.server.ownerDb.transaction(async (client) => {
    const before = (await storedListings(client, plugin.name)).get(plugin.name) ?? defaults;
    const after: ListingSettings = {
      hidden: update.hidden ?? before.hidden,
      included: update.included ?? before.included,
      priceOverrides: update.priceOverrides ?? before.priceOverrides,
    };
    const { rows } = await client.query<{ updated_at: Date }>(
      `INSERT INTO market_listings (plugin, hidden, included, price_overrides, updated_at) VALUES ($1, $2, $3, $4::jsonb, now())
       ON CONFLICT (plugin) DO UPDATE SET hidden = EXCLUDED.hidden, included = EXCLUDED.included,
         price_overrides = EXCLUDED.price_overrides, updated_at = EXCLUDED.updated_at
       RETURNING updated_at`,
      [plugin.name, after.hidden, after.included, JSON.stringify(after.priceOverrides)],
    );
    const settings = (s: ListingSettings) => ({ hidden: s.hidden, included: s.included, priceOverrides: s.priceOverrides });
    await writeOperatorAudit(client, actor, {
      action: 'listing.update',
      target: plugin.name,
      detail: { before: settings(before), after: settings(after) },
    });
    return listingView(plugin, { ...after, updatedAt: rows[0]?.updated_at ?? null });
  });
}
