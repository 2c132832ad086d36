/** One field-level problem: where in the request (`/body/email`) and what is wrong with it. */
export interface FieldProblem {
  pointer: string;
  code: string;
  message: string;
}

/**
 * Base of every error a user or client can act on. Subclasses set a stable `code` (never renamed or
 * reused; the i18n key is `errors.<code>`) and an HTTP `status`; `vars` fill the message placeholders.
 */
export abstract class DomainError<Vars extends Record<string, string | number> = Record<string, never>> extends Error {
  static readonly code: string;
  static readonly status: number;
  readonly vars: Vars;
  readonly fieldProblems: readonly FieldProblem[];
  /** Response headers the answer needs (e.g. `Retry-After`). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(vars: Vars, options: { fieldProblems?: readonly FieldProblem[]; headers?: Record<string, string> } = {}) {
    super(new.target.code);
    this.name = new.target.name;
    this.vars = vars;
    this.fieldProblems = options.fieldProblems ?? [];
    this.headers = options.headers ?? {};
  }

  get code(): string {
    return (this.constructor as typeof DomainError).code;
  }

  get status(): number {
    return (this.constructor as typeof DomainError).status;
  }
}
