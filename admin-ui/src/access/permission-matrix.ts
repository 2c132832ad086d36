import type { AccessRule, SubjectView } from '../api/access-api.ts';
import { isSameJson } from './same-json.ts';

/** What a checked cell (one subject × one action) grants. */
export interface CellGrant {
  /** Key of one of the subject's data scopes with conditions; `null` = every row (no conditions). */
  scope: string | null;
  /** Only these fields (`rule.fields`); `null` = every field. */
  fields: string[] | null;
  /** Fields taken away again by a `cannot` rule ("hide fields"). */
  hiddenFields: string[];
}

type Slot = { kind: 'cell'; subject: string; action: string } | { kind: 'advanced'; rule: AccessRule };

/**
 * A role's rules as the editor shows them: checked cells, plus the rules no cell can show ("advanced
 * rules"), kept as they are. `slots` is the rules' order: CASL lets a later rule override an earlier
 * one, so cells keep the place their rules had, and a newly checked cell goes last.
 */
export interface PermissionMatrix {
  cells: Readonly<Record<string, CellGrant>>;
  slots: readonly Slot[];
}

/** Where a rule of the saved array came from, to put a server error (`/rules/3/…`) on its cell. */
export type RuleOrigin = { kind: 'cell'; subject: string; action: string } | { kind: 'advanced'; index: number };

export const emptyMatrix: PermissionMatrix = { cells: {}, slots: [] };

export function cellKey(subject: string, action: string): string {
  return `${subject}:${action}`;
}

function scopeConditions(subject: SubjectView, scope: string | null): Record<string, unknown> | undefined {
  if (scope === null) return undefined;
  const conditions = subject.scopes.find((candidate) => candidate.key === scope)?.conditions;
  return conditions ?? undefined;
}

/** The rules one cell stands for: a `can` rule, then a `cannot` rule for hidden fields. */
function cellRules(subject: SubjectView, action: string, grant: CellGrant): AccessRule[] {
  const rule: AccessRule = { action, subject: subject.key };
  const conditions = scopeConditions(subject, grant.scope);
  if (conditions) rule.conditions = conditions;
  if (grant.fields && grant.fields.length > 0) rule.fields = grant.fields;
  if (grant.hiddenFields.length === 0) return [rule];
  return [rule, { action, subject: subject.key, fields: grant.hiddenFields, inverted: true }];
}

/** Reads a cell's grant from its rules, or `undefined` when the editor cannot show them exactly. */
function readGrant(subject: SubjectView, rules: readonly AccessRule[]): CellGrant | undefined {
  const [allow, hide] = rules;
  if (!allow || rules.length > 2 || allow.inverted) return undefined;
  let scope: string | null = null;
  if (allow.conditions !== undefined) {
    const match = subject.scopes.find(
      (candidate) => candidate.conditions && isSameJson(candidate.conditions, allow.conditions),
    );
    if (!match) return undefined;
    scope = match.key;
  }
  const known = new Set(subject.fields.map((field) => field.key));
  const grant: CellGrant = { scope, fields: allow.fields ?? null, hiddenFields: hide?.fields ?? [] };
  if (![...(grant.fields ?? []), ...grant.hiddenFields].every((field) => known.has(field))) return undefined;
  // Anything the editor would not write back the same (a reason, `inverted: false`, conditions on a
  // hide rule…) makes the cell an advanced rule instead.
  return isSameJson(cellRules(subject, allow.action, grant), rules) ? grant : undefined;
}

/** Splits a role's rules into matrix cells and advanced rules, keeping their order. */
export function rulesToMatrix(rules: readonly AccessRule[], subjects: readonly SubjectView[]): PermissionMatrix {
  const byCell = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    const key = cellKey(rule.subject, rule.action);
    byCell.set(key, [...(byCell.get(key) ?? []), index]);
  });

  const cells: Record<string, CellGrant> = {};
  const slots: Slot[] = [];
  rules.forEach((rule, index) => {
    const key = cellKey(rule.subject, rule.action);
    const indexes = byCell.get(key) ?? [];
    const subject = subjects.find((candidate) => candidate.key === rule.subject);
    const isDeclared = subject?.actions.some((action) => action.key === rule.action) ?? false;
    // A cell's rules must sit side by side, or another rule between them may change what they mean.
    const isAdjacent = indexes.every((at, i) => at === (indexes[0] ?? 0) + i);
    const grant =
      subject && isDeclared && isAdjacent ? readGrant(subject, indexes.flatMap((at) => rules[at] ?? [])) : undefined;
    if (!grant) {
      slots.push({ kind: 'advanced', rule });
    } else if (index === indexes[0]) {
      cells[key] = grant;
      slots.push({ kind: 'cell', subject: rule.subject, action: rule.action });
    }
  });
  return { cells, slots };
}

/** The rules to save, in order, with where each came from. */
export function matrixToRules(
  matrix: PermissionMatrix,
  subjects: readonly SubjectView[],
): { rules: AccessRule[]; origins: RuleOrigin[] } {
  const rules: AccessRule[] = [];
  const origins: RuleOrigin[] = [];
  let advancedIndex = 0;
  for (const slot of matrix.slots) {
    if (slot.kind === 'advanced') {
      rules.push(slot.rule);
      origins.push({ kind: 'advanced', index: advancedIndex++ });
      continue;
    }
    const subject = subjects.find((candidate) => candidate.key === slot.subject);
    const grant = matrix.cells[cellKey(slot.subject, slot.action)];
    if (!subject || !grant) continue;
    for (const rule of cellRules(subject, slot.action, grant)) {
      rules.push(rule);
      origins.push({ kind: 'cell', subject: slot.subject, action: slot.action });
    }
  }
  return { rules, origins };
}

/** Checks, changes (`grant`) or clears (`undefined`) one cell; a newly checked cell's rules go last. */
export function setMatrixCell(
  matrix: PermissionMatrix,
  subject: string,
  action: string,
  grant: CellGrant | undefined,
): PermissionMatrix {
  const key = cellKey(subject, action);
  const isCell = (slot: Slot) => slot.kind === 'cell' && slot.subject === subject && slot.action === action;
  if (!grant) {
    const { [key]: _removed, ...cells } = matrix.cells;
    return { cells, slots: matrix.slots.filter((slot) => !isCell(slot)) };
  }
  const slots = matrix.cells[key] ? matrix.slots : [...matrix.slots, { kind: 'cell' as const, subject, action }];
  return { cells: { ...matrix.cells, [key]: grant }, slots };
}

/** The rules no cell shows, in their order. */
export function advancedRules(matrix: PermissionMatrix): AccessRule[] {
  return matrix.slots.flatMap((slot) => (slot.kind === 'advanced' ? [slot.rule] : []));
}
