import { Checkbox, Flex, Select, Tooltip, theme } from 'antd';
import type { SubjectView } from '../../../api/access-api.ts';
import type { CellGrant } from '../../../access/permission-matrix.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { FieldRulesPopover } from './field-rules-popover.tsx';
import { allRowsValue, scopeOptions } from './scope-options.ts';

const newGrant: CellGrant = { scope: null, fields: null, hiddenFields: [] };

/** One matrix cell: granted or not, and for a granted one its data scope and field permissions. */
export function PermissionCell({
  subject,
  action,
  grant,
  isGrantedElsewhere,
  readOnly,
  hasError,
  onChange,
}: {
  subject: SubjectView;
  action: string;
  grant: CellGrant | undefined;
  /** Allowed anyway by an advanced rule: shown half-ticked. */
  isGrantedElsewhere: boolean;
  readOnly: boolean;
  hasError: boolean;
  onChange: (grant: CellGrant | undefined) => void;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const actionTitle = subject.actions.find((candidate) => candidate.key === action)?.title ?? action;
  const scopes = scopeOptions(subject, t('settings.roles.scope.all'));
  const testId = `${subject.key}-${action}`;

  return (
    <Flex
      vertical
      gap={4}
      align="start"
      style={hasError ? { outline: `1px solid ${token.colorError}`, padding: 2 } : undefined}
    >
      <Tooltip title={!grant && isGrantedElsewhere ? t('settings.roles.granted-by-advanced') : undefined}>
        <Checkbox
          data-testid={`cell-${testId}`}
          checked={grant !== undefined}
          indeterminate={!grant && isGrantedElsewhere}
          disabled={readOnly}
          aria-label={`${subject.title} · ${actionTitle}`}
          onChange={(event) => onChange(event.target.checked ? newGrant : undefined)}
        />
      </Tooltip>
      {grant && scopes.length > 1 ? (
        <Select
          data-testid={`scope-${testId}`}
          size="small"
          style={{ width: 128 }}
          disabled={readOnly}
          aria-label={t('settings.roles.scope.label')}
          value={grant.scope ?? allRowsValue}
          options={scopes}
          onChange={(value: string) => onChange({ ...grant, scope: value === allRowsValue ? null : value })}
        />
      ) : null}
      {grant && subject.fieldScoped && subject.fields.length > 0 ? (
        <FieldRulesPopover subject={subject} grant={grant} disabled={readOnly} onChange={onChange} />
      ) : null}
    </Flex>
  );
}
