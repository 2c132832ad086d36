import { Select } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';

/**
 * A core picker's fallback (picker-values.ts, mode `ids`): the ids as tags, typed or pasted, for a user
 * who may not read the list the picker would offer. A single field keeps one tag.
 */
export function IdTagsInput({
  testId,
  id,
  ids,
  isMultiple,
  disabled,
  onChange,
  onBlur,
}: {
  testId: string;
  id: string;
  ids: string[];
  isMultiple: boolean;
  disabled?: boolean;
  onChange: (ids: string[]) => void;
  onBlur: () => void;
}) {
  const { t } = useI18n();
  return (
    <Select
      data-testid={testId}
      id={id}
      mode="tags"
      open={false}
      suffixIcon={null}
      tokenSeparators={[',', '，', ' ', '\n']}
      maxCount={isMultiple ? undefined : 1}
      value={ids}
      disabled={disabled}
      placeholder={t('resource.picker.ids-placeholder')}
      onChange={(next: string[]) => onChange(next.map((item) => item.trim()).filter((item) => item !== ''))}
      onBlur={onBlur}
      style={{ width: '100%' }}
    />
  );
}
