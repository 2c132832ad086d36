import type { FieldProblem } from '../../../api/api-error.ts';

/** A save's field problems by where they point in the dashboard (`/body/widgets/0/reportId` → `widgets/0/reportId`). */
export type ProblemsByPath = ReadonlyMap<string, readonly string[]>;

export function problemsByPath(errors: readonly FieldProblem[]): ProblemsByPath {
  const byPath = new Map<string, string[]>();
  for (const problem of errors) {
    const path = problem.pointer.replace(/^\/body\/?/, '');
    byPath.set(path, [...(byPath.get(path) ?? []), problem.message]);
  }
  return byPath;
}

/** The messages for a control: those at its path and anything below it (a widget card shows its key's and report's). */
export function problemsAt(problems: ProblemsByPath, path: string): string[] {
  return [...problems].flatMap(([at, messages]) => (at === path || at.startsWith(`${path}/`) ? messages : []));
}

/** Problems no control on the page shows: they go into the message instead. */
export function unplacedProblems(problems: ProblemsByPath, placedPrefixes: readonly string[]): string[] {
  return [...problems].flatMap(([at, messages]) =>
    placedPrefixes.some((prefix) => at === prefix || at.startsWith(`${prefix}/`)) ? [] : messages,
  );
}
