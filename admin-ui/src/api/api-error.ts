/** One field problem of a problem+json answer; `pointer` is a JSON pointer into the request. */
export interface FieldProblem {
  pointer: string;
  code: string;
  message: string;
}

/** The problem+json body the server answers with (docs/api.md, "Errors"). */
export interface Problem {
  code: string;
  title: string;
  status: number;
  detail?: string;
  /** The path the problem answered, e.g. `/api/plugins/announcements/enable`. */
  instance?: string;
  errors?: FieldProblem[];
}

/** Codes made up by the client itself, for failures that never reached the server's error handler. */
export const networkErrorCode = 'network-error';
export const unexpectedResponseCode = 'unexpected-response';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly errors: FieldProblem[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toFieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    pointer: String(item.pointer ?? ''),
    code: String(item.code ?? ''),
    message: String(item.message ?? ''),
  }));
}

/** Reads a failed response into an ApiError; a body that is not problem+json still gives a usable error. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (isRecord(body) && typeof body.title === 'string') {
    return new ApiError({
      code: typeof body.code === 'string' ? body.code : unexpectedResponseCode,
      title: body.title,
      status: response.status,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      instance: typeof body.instance === 'string' ? body.instance : undefined,
      errors: toFieldProblems(body.errors),
    });
  }
  return new ApiError({
    code: unexpectedResponseCode,
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  });
}
