import { useEffect, useMemo, useState } from 'react';
import type { SubjectView } from '../../../api/access-api.ts';
import { fetchRole, type RoleView } from '../../../api/roles-api.ts';
import { emptyMatrix, matrixToRules, type PermissionMatrix, rulesToMatrix } from '../../../access/permission-matrix.ts';
import { useAccessCatalog } from '../../../access/use-access-catalog.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';

export interface RoleEditorState {
  /** `null` for a new role. */
  role: RoleView | null;
  subjects: SubjectView[];
  matrix: PermissionMatrix;
  setMatrix: (matrix: PermissionMatrix) => void;
  /** Whether the matrix would save other rules than the role has. */
  isMatrixChanged: boolean;
}

/**
 * Loads the role (unless new) and the catalog, and holds the matrix being edited. `undefined` while
 * loading; `isFailed` when either could not be read (the problem is already shown).
 */
export function useRoleEditor(roleId: string | 'new'): { state: RoleEditorState | undefined; isFailed: boolean } {
  const showProblem = useShowProblem();
  const { catalog, isFailed: isCatalogFailed } = useAccessCatalog();
  const [role, setRole] = useState<RoleView | null | undefined>(roleId === 'new' ? null : undefined);
  const [isRoleFailed, setIsRoleFailed] = useState(false);
  const [matrix, setMatrix] = useState<PermissionMatrix | undefined>(undefined);

  useEffect(() => {
    if (roleId === 'new') return;
    let isCurrent = true;
    fetchRole(roleId).then(
      (loaded) => {
        if (isCurrent) setRole(loaded);
      },
      (error: unknown) => {
        if (!isCurrent) return;
        setIsRoleFailed(true);
        showProblem(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [roleId, showProblem]);

  const subjects = catalog?.subjects;
  const initial = useMemo(
    () => (role === undefined || !subjects ? undefined : role ? rulesToMatrix(role.rules, subjects) : emptyMatrix),
    [role, subjects],
  );
  const initialRules = useMemo(
    () => (initial && subjects ? JSON.stringify(matrixToRules(initial, subjects).rules) : ''),
    [initial, subjects],
  );

  const current = matrix ?? initial;
  const state =
    role === undefined || !subjects || !current
      ? undefined
      : {
          role,
          subjects,
          matrix: current,
          setMatrix,
          isMatrixChanged: JSON.stringify(matrixToRules(current, subjects).rules) !== initialRules,
        };
  return { state, isFailed: isRoleFailed || isCatalogFailed };
}
