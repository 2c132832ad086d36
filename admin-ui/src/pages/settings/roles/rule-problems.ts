import type { FieldProblem } from '../../../api/api-error.ts';
import { cellKey, type RuleOrigin } from '../../../access/permission-matrix.ts';

export interface RuleProblem {
  /** The cell (`Subject:action`) or advanced rule the problem is about. */
  origin: RuleOrigin;
  message: string;
}

function ruleIndexOf(pointer: string): number | undefined {
  const parts = pointer.split('/').filter(Boolean);
  const [first, index] = parts[0] === 'body' ? parts.slice(1) : parts;
  return first === 'rules' && index !== undefined && /^\d+$/.test(index) ? Number(index) : undefined;
}

/** The server's field problems on `/rules/<n>/…`, each put on the cell or advanced rule that wrote rule n. */
export function ruleProblems(errors: readonly FieldProblem[], origins: readonly RuleOrigin[]): RuleProblem[] {
  return errors.flatMap((error) => {
    const index = ruleIndexOf(error.pointer);
    const origin = index === undefined ? undefined : origins[index];
    return origin ? [{ origin, message: error.message }] : [];
  });
}

/** Keys of the cells with a problem, to outline them in the matrix. */
export function cellsWithProblems(problems: readonly RuleProblem[]): Set<string> {
  return new Set(
    problems.flatMap(({ origin }) => (origin.kind === 'cell' ? [cellKey(origin.subject, origin.action)] : [])),
  );
}
