import type { WidgetProps } from '@rjsf/utils';
import { useAbility } from '../../../access/use-ability.ts';
import { MemberSelect } from '../../../components/member-select.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { IdTagsInput } from './id-tags-input.tsx';
import { fieldValueOf, isMultiplePicker, pickedIdsOf, pickerModeOf } from './picker-values.ts';

/** `'ui:widget': 'member-select'`: the company's members by user id, searched as one types; many on an array field. */
export function MemberSelectWidget(props: WidgetProps) {
  const { id, value, multiple, schema, disabled, readonly, placeholder, onChange, onBlur } = props;
  const { t } = useI18n();
  const mayRead = useAbility().can('read', 'Member');
  const isMultiple = isMultiplePicker(multiple, schema.type);
  const ids = pickedIdsOf(value);
  const blur = () => onBlur(id, value);
  const common = {
    id,
    testId: 'member-select',
    disabled: disabled || readonly,
    placeholder: placeholder || t('resource.picker.member'),
    onBlur: blur,
    style: { width: '100%' },
  };

  // The search keeps quiet about its failures, so only the right to read members decides the fallback.
  if (pickerModeOf({ mayRead, hasFailed: false, isLoaded: true }) === 'ids') {
    const change = (next: string[]) => onChange(fieldValueOf(next, isMultiple));
    return (
      <IdTagsInput
        testId="member-select"
        id={id}
        ids={ids}
        isMultiple={isMultiple}
        disabled={common.disabled}
        onChange={change}
        onBlur={blur}
      />
    );
  }
  return isMultiple ? (
    <MemberSelect {...common} multiple value={ids} onChange={(next) => onChange(next)} />
  ) : (
    <MemberSelect {...common} value={ids[0]} onChange={(next) => onChange(next)} />
  );
}
