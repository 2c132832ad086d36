import { subject as tag } from '@casl/ability';
import { rulesToCondition } from '@casl/ability/extra';
import type { AccessRule } from '@tessera/schemas/access';
import { ForbiddenError } from '../http/core-errors.ts';
import type { AccessContext } from './access-context.ts';
import { FieldForbiddenError } from './access-errors.ts';
import type { AppAbility } from './ability.ts';
import type { SubjectRegistry } from './subject-registry.ts';

/** A company's custom field, as field rules and queries name it. */
const isCustomField = (field: string): boolean => field.startsWith('custom.');

export type RowCondition = Record<string, unknown>;
type Row = Record<string, unknown>;

/**
 * What one principal may do, asked in one place by routes and helpers: allow/deny, the SQL-side row
 * condition for lists, counts and aggregates, the fields usable in queries, per-row field masks and
 * write checks. Built once per request from the principal's roles (or once per cached API token).
 */
export class RequestAccess {
  readonly ability: AppAbility;
  readonly context: AccessContext;
  /** The rules with the principal's values filled in. */
  readonly rules: readonly AccessRule[];
  readonly #registry: SubjectRegistry;
  readonly #uniform = new Map<string, ReadonlySet<string>>();

  constructor(ability: AppAbility, context: AccessContext, rules: readonly AccessRule[], registry: SubjectRegistry) {
    this.ability = ability;
    this.context = context;
    this.rules = rules;
    this.#registry = registry;
  }

  /** Whether some rule lets the principal `action` on `subject` (on `record` and `field` when given). */
  can(action: string, subject: string, record?: Row, field?: string): boolean {
    return record ? this.ability.can(action, tag(subject, { ...record }), field) : this.ability.can(action, subject, field);
  }

  assert(action: string, subject: string, record?: Row): void {
    if (!this.can(action, subject, record)) throw new ForbiddenError({ action, subject });
  }

  /**
   * The condition rows must meet for `action` on `subject`, over the subject's field names (MikroORM
   * criteria): `{}` for every row. Throws 403 when no row can qualify.
   */
  rowCondition(action: string, subject: string): RowCondition {
    const condition = rulesToCondition<AppAbility, RowCondition, RowCondition>(
      this.ability.rulesFor(action, subject),
      (rule) => (rule.inverted ? { $not: rule.conditions ?? {} } : (rule.conditions ?? {})),
      {
        and: (parts) => (parts.length === 1 ? (parts[0] ?? {}) : { $and: parts }),
        or: (parts) => (parts.length === 1 ? (parts[0] ?? {}) : { $or: parts }),
        empty: () => ({}),
      },
    );
    if (!condition) throw new ForbiddenError({ action, subject });
    return condition;
  }

  /**
   * Fields the principal may use with `action` on every row it may see: only these may be filtered,
   * sorted, searched, grouped or aggregated by, so counts and ordering reveal nothing about hidden values.
   */
  uniformFields(action: string, subject: string): ReadonlySet<string> {
    const key = `${action}\u0000${subject}`;
    const known = this.#uniform.get(key);
    if (known) return known;
    const uniform = new Set(this.#registry.fieldKeys(subject).filter((field) => this.fieldIsUniform(action, subject, field)));
    this.#uniform.set(key, uniform);
    return uniform;
  }

  /**
   * Whether `field` is usable with `action` on every row the principal may see: no rule hides it anywhere,
   * and every granting rule includes it or one without conditions does. Also answers for fields the
   * registry does not list, such as a company's custom fields (`custom.<key>`).
   */
  fieldIsUniform(action: string, subject: string, field: string): boolean {
    const rules = this.ability.possibleRulesFor(action, subject);
    const granting = rules.filter((r) => !r.inverted);
    if (granting.length === 0) return false;
    if (rules.some((r) => r.inverted && r.fields && r.matchesField(field))) return false;
    return (
      granting.every((r) => !r.fields || r.matchesField(field)) || granting.some((r) => !r.conditions && (!r.fields || r.matchesField(field)))
    );
  }

  /** Refuses (403, naming the field) a query that filters, sorts or groups by a field not uniformly readable. */
  assertQueryFields(action: string, subject: string, fields: Iterable<string>): void {
    const uniform = this.uniformFields(action, subject);
    for (const field of fields) {
      if (!uniform.has(field) && !(isCustomField(field) && this.fieldIsUniform(action, subject, field))) {
        throw new FieldForbiddenError(
          { field, subject, action },
          { fieldProblems: [{ pointer: `/query/${field}`, code: 'field-forbidden', message: `cannot use ${field}` }] },
        );
      }
    }
  }

  /** `rows` without the fields the principal may not `action` on each of them. */
  maskRows<R extends Row>(action: string, subject: string, rows: readonly R[]): Partial<R>[] {
    const uniform = this.uniformFields(action, subject);
    const guarded = this.#registry.fieldKeys(subject).filter((field) => !uniform.has(field));
    if (guarded.length === 0) return [...rows];
    return rows.map((row) => {
      const tagged = tag(subject, { ...row });
      const masked: Partial<R> = { ...row };
      for (const field of guarded) if (!this.ability.can(action, tagged, field)) delete masked[field];
      return masked;
    });
  }

  /**
   * Checks a write: the row before (updates, deletes) and after (creates, updates) must be allowed, and each
   * written field on both. 403 names the first forbidden field.
   */
  assertWrite(action: string, subject: string, rows: { before?: Row; after?: Row }, fields: readonly string[]): void {
    for (const row of [rows.before, rows.after]) {
      if (!row) continue;
      const tagged = tag(subject, { ...row });
      if (!this.ability.can(action, tagged)) throw new ForbiddenError({ action, subject });
      for (const field of fields) {
        if (!this.ability.can(action, tagged, field)) {
          throw new FieldForbiddenError(
            { field, subject, action },
            { fieldProblems: [{ pointer: `/body/${field}`, code: 'field-forbidden', message: `cannot write ${field}` }] },
          );
        }
      }
    }
  }
}
