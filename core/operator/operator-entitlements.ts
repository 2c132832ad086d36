import type { OperatorEntitlementChange, OperatorEntitlementExtend, OperatorEntitlementGrant, OperatorEntitlementRevoke } from '@tessera/schemas/operator-market';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { NotFoundError, ValidationFailedError } from '../http/core-errors.ts';
import { translate } from '../i18n/translate.ts';
import { companyEntitlements, type Entitlement, isActive, setEntitlement } from '../marketplace/entitlements.ts';
import { jobActorId } from '../plugin-runtime/plugin-jobs.ts';
import { setTenantPlugins, tenantPluginStates } from '../plugin-runtime/tenant-plugins.ts';
import { changeCompany } from './change-company.ts';
import { EntitlementPerpetualError, EntitlementRunsLongerError } from './operator-errors.ts';
import { operatorActor, operatorOf } from './operator-principal.ts';

const dayMs = 86_400_000;
const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/** The company's entitlement to `plugin` after a change; `undefined`: it has none (revoked). */
function changeView(
  target: { tenantId: string; plugin: string },
  entitlement: Entitlement | undefined,
  now: Date,
  disabled: string[] = [],
): OperatorEntitlementChange {
  return {
    tenantId: target.tenantId,
    plugin: target.plugin,
    source: entitlement?.source ?? null,
    endsAt: iso(entitlement?.endsAt ?? null),
    active: isActive(entitlement, now),
    disabled,
  };
}

/** The end a grant asks for: so many days from now, a moment (which must lie ahead), or never. */
function grantEnd(req: FastifyRequest, body: OperatorEntitlementGrant, now: Date): Date | null {
  if ('perpetual' in body && body.perpetual) return null;
  if ('days' in body && body.days !== undefined) return new Date(now.getTime() + body.days * dayMs);
  const endsAt = new Date('endsAt' in body && body.endsAt ? body.endsAt : now);
  if (endsAt <= now) {
    const message = translate(req.locale, 'validation.future-time');
    throw new ValidationFailedError({}, { fieldProblems: [{ pointer: '/body/endsAt', code: 'future-time', message }] });
  }
  return endsAt;
}

/** Whether the running `current` gives more than a grant ending at `endsAt` (a perpetual grant never gives less). */
function outlasts(current: Entitlement | undefined, endsAt: Date | null, now: Date): boolean {
  if (!current || !isActive(current, now) || endsAt === null) return false;
  return current.endsAt === null || current.endsAt > endsAt;
}

/**
 * Gives the company a module (source `granted`) until the asked end. It replaces what the company has,
 * so a grant that would cut a longer entitlement short is refused (409): extend that one instead.
 */
export function grantEntitlement(req: FastifyRequest, body: OperatorEntitlementGrant): Promise<OperatorEntitlementChange> {
  const app = req.server;
  const plugin = app.plugins.served(body.plugin).name;
  const now = app.clock.now();
  const endsAt = grantEnd(req, body, now);
  return changeCompany(req, body.tenantId, async (em) => {
    const before = (await companyEntitlements(em)).get(plugin);
    if (outlasts(before, endsAt, now)) throw new EntitlementRunsLongerError({ plugin, endsAt: iso(before?.endsAt ?? null) ?? '∞' });
    const actor = operatorActor(operatorOf(req));
    await setEntitlement(em, { tenantId: body.tenantId, plugin, source: 'granted', endsAt, kind: 'granted', actor, reason: body.reason, now });
    const result = changeView({ tenantId: body.tenantId, plugin }, (await companyEntitlements(em)).get(plugin), now);
    const replaced = before ? { source: before.source, endsAt: iso(before.endsAt) } : null;
    return { result, audit: { action: 'entitlement.grant', target: plugin, reason: body.reason, detail: { endsAt: result.endsAt, replaced } } };
  });
}

/** Adds days to the company's entitlement: from its end while it runs, else from now. Its source stays. */
export function extendEntitlement(req: FastifyRequest, body: OperatorEntitlementExtend): Promise<OperatorEntitlementChange> {
  const app = req.server;
  const plugin = app.plugins.served(body.plugin).name;
  const now = app.clock.now();
  return changeCompany(req, body.tenantId, async (em) => {
    const current = (await companyEntitlements(em)).get(plugin);
    if (!current) throw new NotFoundError({ resource: 'entitlement' });
    if (current.endsAt === null) throw new EntitlementPerpetualError({ plugin });
    const from = isActive(current, now) ? current.endsAt : now;
    const endsAt = new Date(from.getTime() + body.days * dayMs);
    const actor = operatorActor(operatorOf(req));
    await setEntitlement(em, { tenantId: body.tenantId, plugin, source: current.source, endsAt, kind: 'extended', actor, reason: body.reason, now });
    const result = changeView({ tenantId: body.tenantId, plugin }, (await companyEntitlements(em)).get(plugin), now);
    const detail = { days: body.days, before: iso(current.endsAt), endsAt: result.endsAt };
    return { result, audit: { action: 'entitlement.extend', target: plugin, reason: body.reason, detail } };
  });
}

/**
 * Disables `plugin` and every enabled module that requires it, directly or not, for the bound company:
 * their data and settings stay, as when the company disables a module itself. Returns what was disabled.
 */
async function disableWithDependents(req: FastifyRequest, em: EntityManager, tenantId: string, plugin: string): Promise<string[]> {
  const registry = req.server.plugins;
  const states = await tenantPluginStates(em, { tenantId });
  const affected = registry
    .all()
    .filter((p) => registry.withRequirements(p.name).includes(plugin))
    .map((p) => p.name);
  if (!registry.get(plugin)) affected.push(plugin);
  const enabled = affected.filter((name) => states.get(name)?.enabled);
  await setTenantPlugins(em, tenantId, enabled, false);
  await em.execute('UPDATE tenant_plugins SET read_only_until = NULL WHERE plugin = ANY(ARRAY[?]::text[])', [affected]);
  // dependents first: the registry lists requirements before the modules that need them
  for (const name of [...enabled].reverse()) await registry.get(name)?.hooks?.onDisable?.({ em, tenantId, userId: jobActorId });
  return enabled;
}

/**
 * Ends the company's entitlement to a module now: the row goes (its history stays in `entitlement_events`
 * as `revoked`, with the reason), and the module is disabled in the same transaction with the modules
 * that require it, keeping their data. No grace period: a revocation is the operator's decision.
 */
export function revokeEntitlement(req: FastifyRequest, body: OperatorEntitlementRevoke): Promise<OperatorEntitlementChange> {
  const now = req.server.clock.now();
  return changeCompany(req, body.tenantId, async (em) => {
    const before = (await companyEntitlements(em)).get(body.plugin);
    if (!before) throw new NotFoundError({ resource: 'entitlement' });
    await em.execute('DELETE FROM entitlements WHERE plugin = ?', [body.plugin]);
    await em.execute(
      'INSERT INTO entitlement_events (tenant_id, plugin, kind, ends_at, reason, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [body.tenantId, body.plugin, 'revoked', now, body.reason, operatorActor(operatorOf(req)), now],
    );
    const disabled = await disableWithDependents(req, em, body.tenantId, body.plugin);
    const result = changeView(body, undefined, now, disabled);
    const detail = { source: before.source, endsAt: iso(before.endsAt), disabled };
    return { result, audit: { action: 'entitlement.revoke', target: body.plugin, reason: body.reason, detail } };
  });
}
