import { Alert, Flex, Form, type FormInstance, Typography } from 'antd';
import { advancedRules } from '../../../access/permission-matrix.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { AdvancedRules } from './advanced-rules.tsx';
import { RoleFormFields, type RoleFormValues } from './role-form-fields.tsx';
import { RoleMatrixEditor } from './role-matrix-editor.tsx';
import { RuleProblemsAlert } from './rule-problems-alert.tsx';
import { cellsWithProblems, type RuleProblem } from './rule-problems.ts';
import type { RoleEditorState } from './use-role-editor.ts';

/** The editor's body: notices, the role's fields, the permission matrix and the advanced rules. */
export function RoleEditorContent({
  state,
  form,
  initialValues,
  readOnly,
  problems,
  onFinish,
  onValuesChange,
}: {
  state: RoleEditorState;
  form: FormInstance<RoleFormValues>;
  initialValues: RoleFormValues;
  readOnly: boolean;
  problems: RuleProblem[];
  onFinish: (values: RoleFormValues) => void;
  onValuesChange: (values: RoleFormValues) => void;
}) {
  const { t } = useI18n();
  const { role, subjects, matrix, setMatrix } = state;
  const advanced = advancedRules(matrix);
  let notice: string | null = null;
  if (role?.key === 'owner') notice = 'settings.roles.owner-read-only';
  else if (role && readOnly) notice = 'settings.roles.read-only';

  return (
    <Flex vertical gap={16}>
      {notice ? <Alert type="info" showIcon title={t(notice)} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={(_, values: RoleFormValues) => onValuesChange(values)}
      >
        <RoleFormFields isNew={!role} readOnly={readOnly} />
      </Form>
      <Flex vertical gap={4}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('settings.roles.matrix.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('settings.roles.matrix.hint')}</Typography.Text>
      </Flex>
      <RuleProblemsAlert problems={problems} subjects={subjects} />
      {advanced.length > 0 ? (
        <Alert type="warning" showIcon title={t('settings.roles.advanced.notice', { count: advanced.length })} />
      ) : null}
      <RoleMatrixEditor
        subjects={subjects}
        matrix={matrix}
        readOnly={readOnly}
        problemCells={cellsWithProblems(problems)}
        onChange={setMatrix}
      />
      <AdvancedRules rules={advanced} subjects={subjects} />
    </Flex>
  );
}
