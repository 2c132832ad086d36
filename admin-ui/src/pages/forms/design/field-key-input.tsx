import { Form, Input } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { fieldKeyProblem } from '../designer/field-key.ts';

/**
 * A field's key (字段编码), checked as typed and taken over on leaving the box (or Enter) once it is a
 * valid key no other field has: conditions naming the field follow the new key.
 */
export function FieldKeyInput({
  value,
  otherKeys,
  onCommit,
}: {
  value: string;
  otherKeys: readonly string[];
  onCommit: (key: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const problem = fieldKeyProblem(text, otherKeys);
  const commit = () => {
    if (!problem && text !== value) onCommit(text);
  };
  return (
    <Form.Item
      label={t('forms.property.key')}
      htmlFor="field-key"
      validateStatus={problem ? 'error' : undefined}
      help={problem ? t(`forms.property.key.${problem}`) : undefined}
      extra={problem ? undefined : t('forms.property.key.hint')}
    >
      <Input id="field-key" value={text} maxLength={40} onChange={(event) => setText(event.target.value.trim())} onBlur={commit} onPressEnter={commit} />
    </Form.Item>
  );
}
