import { useMemo } from 'react';
import type { SubjectView } from '../../../api/access-api.ts';
import { abilityOfRules } from '../../../access/ability.ts';
import { PermissionGrid } from '../../../access/permission-grid.tsx';
import {
  advancedRules,
  cellKey,
  type PermissionMatrix,
  setMatrixCell,
} from '../../../access/permission-matrix.ts';
import { PermissionCell } from './permission-cell.tsx';

/** The role editor's permission matrix: a checkbox per declared action, with data scope and fields. */
export function RoleMatrixEditor({
  subjects,
  matrix,
  readOnly,
  problemCells,
  onChange,
}: {
  subjects: readonly SubjectView[];
  matrix: PermissionMatrix;
  readOnly: boolean;
  problemCells: ReadonlySet<string>;
  onChange: (matrix: PermissionMatrix) => void;
}) {
  // What the advanced rules already allow shows as half-ticked, so a role like 管理员 (`manage all`) does not look empty.
  const advanced = useMemo(() => abilityOfRules(advancedRules(matrix)), [matrix]);
  return (
    <PermissionGrid
      testId="permission-matrix"
      subjects={subjects}
      renderCell={(subject, action) => (
        <PermissionCell
          subject={subject}
          action={action}
          grant={matrix.cells[cellKey(subject.key, action)]}
          isGrantedElsewhere={advanced.can(action, subject.key)}
          readOnly={readOnly}
          hasError={problemCells.has(cellKey(subject.key, action))}
          onChange={(grant) => onChange(setMatrixCell(matrix, subject.key, action, grant))}
        />
      )}
    />
  );
}
