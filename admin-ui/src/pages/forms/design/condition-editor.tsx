import { Form, Input, InputNumber, Radio, Select, Switch, Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { ConditionValue, DesignerField, DesignerModel, FieldCondition } from '../designer/designer-model.ts';
import { triggerCandidates } from '../designer/model-problems.ts';
import type { OptionChoice } from '../render/expand-options.ts';

type Choices = ReadonlyMap<string, readonly OptionChoice[]>;

/** The value a new condition on `trigger` starts with: its first option, "yes", or nothing typed yet. */
function firstValueOf(trigger: DesignerField, choices: Choices): ConditionValue {
  if (trigger.kind === 'switch') return true;
  if (trigger.kind === 'number' || trigger.kind === 'integer') return 0;
  const first = trigger.optionSet ? choices.get(trigger.optionSet)?.[0] : undefined;
  return first?.const ?? '';
}

function ValueInput({
  trigger,
  value,
  choices,
  onChange,
}: {
  trigger: DesignerField;
  value: ConditionValue;
  choices: Choices;
  onChange: (value: ConditionValue) => void;
}) {
  const { t } = useI18n();
  if (trigger.kind === 'switch') {
    return (
      <Radio.Group
        value={value === true}
        onChange={(event) => onChange(event.target.value === true)}
        options={[
          { value: true, label: t('forms.value.yes') },
          { value: false, label: t('forms.value.no') },
        ]}
      />
    );
  }
  if (trigger.kind === 'number' || trigger.kind === 'integer') {
    return (
      <InputNumber
        id="condition-value"
        value={typeof value === 'number' ? value : null}
        precision={trigger.kind === 'integer' ? 0 : undefined}
        onChange={(next) => onChange(typeof next === 'number' ? next : 0)}
        style={{ width: '100%' }}
      />
    );
  }
  if (trigger.optionSet) {
    const options = (choices.get(trigger.optionSet) ?? []).map((choice) => ({ value: choice.const, label: choice.title }));
    return (
      <Select
        id="condition-value"
        data-testid="condition-value"
        value={typeof value === 'string' && value !== '' ? value : undefined}
        options={options}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('forms.condition.value.placeholder')}
        onChange={(next: string) => onChange(next)}
      />
    );
  }
  return <Input id="condition-value" value={String(value)} onChange={(event) => onChange(event.target.value)} />;
}

/**
 * 显示条件: "show this field only when <another field> equals <value>". Offered for top-level fields;
 * the other field is a top-level select, cascader, switch, text or number that has no condition itself.
 */
export function ConditionEditor({
  field,
  model,
  isTopLevel,
  choices,
  hasProblem,
  onChange,
}: {
  field: DesignerField;
  model: DesignerModel;
  isTopLevel: boolean;
  choices: Choices;
  hasProblem: boolean;
  onChange: (condition: FieldCondition | undefined) => void;
}) {
  const { t } = useI18n();
  const candidates = triggerCandidates(model, field.key);
  const isPossible = isTopLevel && field.kind !== 'section' && candidates.length > 0;
  const condition = field.showWhen;
  const trigger = candidates.find((candidate) => candidate.key === condition?.field);

  return (
    <Form.Item
      label={t('forms.condition.title')}
      validateStatus={hasProblem ? 'error' : undefined}
      help={hasProblem ? t('forms.problem.condition-invalid') : undefined}
    >
      <Switch
        data-testid="condition-switch"
        checked={condition !== undefined}
        disabled={!isPossible && condition === undefined}
        aria-label={t('forms.condition.enable')}
        onChange={(checked) => {
          const first = candidates[0];
          onChange(checked && first ? { field: first.key, equals: firstValueOf(first, choices) } : undefined);
        }}
      />{' '}
      <Typography.Text type="secondary">
        {isPossible || condition ? t('forms.condition.enable') : t('forms.condition.unavailable')}
      </Typography.Text>
      {condition ? (
        <div className="form-designer-condition-editor">
          <Typography.Text>{t('forms.condition.when')}</Typography.Text>
          <Select
            id="condition-field"
            data-testid="condition-field"
            value={trigger?.key}
            options={candidates.map((candidate) => ({ value: candidate.key, label: candidate.title || candidate.key }))}
            onChange={(key: string) => {
              const next = candidates.find((candidate) => candidate.key === key);
              if (next) onChange({ field: key, equals: firstValueOf(next, choices) });
            }}
          />
          <Typography.Text>{t('forms.condition.equals')}</Typography.Text>
          {trigger ? (
            <ValueInput trigger={trigger} value={condition.equals} choices={choices} onChange={(equals) => onChange({ field: trigger.key, equals })} />
          ) : null}
          <Typography.Text type="secondary">{t('forms.condition.then-show')}</Typography.Text>
        </div>
      ) : null}
    </Form.Item>
  );
}
