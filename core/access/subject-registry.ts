import type { AccessRule } from '@tessera/schemas/access';
import type { Locale } from '../i18n/translate.ts';

export type LocalizedText = Readonly<Record<Locale, string>>;

export type SubjectFieldType = 'string' | 'integer' | 'money' | 'boolean' | 'uuid' | 'date-time' | 'uuid[]';

export interface SubjectField {
  readonly key: string;
  readonly title: LocalizedText;
  readonly type: SubjectFieldType;
}

/** A subject field with its zh-CN and en-US titles: `subjectField('costFen', '成本', 'Cost', 'money')`. */
export function subjectField(key: string, zh: string, en: string, type: SubjectFieldType = 'string'): SubjectField {
  return { key, title: { 'zh-CN': zh, 'en-US': en }, type };
}

export interface SubjectAction {
  readonly key: string;
  readonly title: LocalizedText;
}

/**
 * What a subject's rows can be scoped by, so the role editor can offer ready-made data scopes:
 * `owner` (本人), `department` (本部门 / 本部门及下级) and scope attributes (e.g. a region field
 * matched against the member's `regionIds`).
 */
export interface SubjectScopeFields {
  readonly owner?: string;
  readonly department?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/** A subject as a module declares it: the core here, plugins through their manifest's `permissions`. */
export interface SubjectDeclaration {
  readonly key: string;
  /** `core` or the declaring plugin's name. */
  readonly group: string;
  readonly title: LocalizedText;
  readonly actions: readonly SubjectAction[];
  readonly fields: readonly SubjectField[];
  /** Whether its lists compile rule conditions into SQL; only then may a rule carry `conditions`. */
  readonly rowScoped: boolean;
  /** Whether its responses and writes honour field rules; only then may a rule carry `fields`. */
  readonly fieldScoped: boolean;
  readonly scopeFields?: SubjectScopeFields;
}

/** A member attribute data scopes can refer to as `${user.attributes.<key>}`. */
export interface ScopeAttributeDeclaration {
  readonly key: string;
  readonly group: string;
  readonly title: LocalizedText;
}

export class SubjectConflictError extends Error {
  override name = 'SubjectConflictError';
}

/** Every subject, action, field and scope attribute the running platform knows; rules are checked against it. */
export class SubjectRegistry {
  readonly #subjects = new Map<string, SubjectDeclaration>();
  readonly #attributes = new Map<string, ScopeAttributeDeclaration>();
  readonly #groupTitles = new Map<string, LocalizedText>();
  /** plugin → built-in role → rules that role gets while a tenant has the plugin enabled. */
  readonly #defaultGrants = new Map<string, Readonly<Record<string, readonly AccessRule[]>>>();

  setDefaultGrants(plugin: string, grants: Readonly<Record<string, readonly AccessRule[]>>): void {
    this.#defaultGrants.set(plugin, grants);
  }

  /** The default grants of `enabledPlugins` for the built-in roles among `roles`. */
  defaultGrants(roles: readonly string[], enabledPlugins: readonly string[]): AccessRule[] {
    return enabledPlugins.flatMap((plugin) => {
      const grants = this.#defaultGrants.get(plugin);
      return grants ? roles.flatMap((role) => grants[role] ?? []) : [];
    });
  }

  /** Names a group (a module) for people. */
  setGroupTitle(group: string, title: LocalizedText): void {
    this.#groupTitles.set(group, title);
  }

  groupTitle(group: string): LocalizedText | undefined {
    return this.#groupTitles.get(group);
  }

  addSubject(subject: SubjectDeclaration): void {
    const existing = this.#subjects.get(subject.key);
    if (existing) {
      throw new SubjectConflictError(`subject ${subject.key} of ${subject.group} is already declared by ${existing.group}`);
    }
    this.#subjects.set(subject.key, subject);
  }

  addAttribute(attribute: ScopeAttributeDeclaration): void {
    const existing = this.#attributes.get(attribute.key);
    if (existing) {
      throw new SubjectConflictError(
        `scope attribute ${attribute.key} of ${attribute.group} is already declared by ${existing.group}`,
      );
    }
    this.#attributes.set(attribute.key, attribute);
  }

  subject(key: string): SubjectDeclaration | undefined {
    return this.#subjects.get(key);
  }

  attribute(key: string): ScopeAttributeDeclaration | undefined {
    return this.#attributes.get(key);
  }

  subjects(): SubjectDeclaration[] {
    return [...this.#subjects.values()];
  }

  attributes(): ScopeAttributeDeclaration[] {
    return [...this.#attributes.values()];
  }

  /** Field keys of a subject (empty for an unknown one). */
  fieldKeys(subjectKey: string): string[] {
    return this.#subjects.get(subjectKey)?.fields.map((f) => f.key) ?? [];
  }
}
