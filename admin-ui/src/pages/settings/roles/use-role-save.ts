import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import type { RoleView } from '../../../api/roles-api.ts';
import { matrixToRules } from '../../../access/permission-matrix.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { type RoleFormValues, roleFormFields } from './role-form-fields.tsx';
import { saveRole } from './role-save.ts';
import { type RuleProblem, ruleProblems } from './rule-problems.ts';
import type { RoleEditorState } from './use-role-editor.ts';

/** Saving the editor: one request at a time, field errors on the form, rule errors on their cells. */
export function useRoleSave(
  state: RoleEditorState | undefined,
  form: FormInstance<RoleFormValues>,
  onSaved: (role: RoleView) => void,
) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [submitting, run] = useSubmit();
  const [problems, setProblems] = useState<RuleProblem[]>([]);

  const save = (values: RoleFormValues) =>
    run(async () => {
      if (!state) return;
      const { rules, origins } = matrixToRules(state.matrix, state.subjects);
      setProblems([]);
      try {
        const saved = await saveRole(state.role, values, rules, state.isMatrixChanged);
        void message.success(t(state.role ? 'settings.roles.saved' : 'settings.roles.created', { name: saved.name }));
        onSaved(saved);
      } catch (error) {
        showProblem(error, { form, fields: roleFormFields, shownElsewhere: ['rules'] });
        if (error instanceof ApiError) setProblems(ruleProblems(error.errors, origins));
      }
    });

  return { submitting, problems, save };
}
