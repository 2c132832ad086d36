import { Alert, Card, Empty, Form, Input, Select, Switch } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { type DesignerField, type DesignerModel, allFields, findField, parentSectionOf } from '../designer/designer-model.ts';
import { kindTraits } from '../designer/field-kinds.ts';
import type { DesignProblem } from '../designer/model-problems.ts';
import type { OptionChoice } from '../render/expand-options.ts';
import { ConditionEditor } from './condition-editor.tsx';
import { DefaultValueInput } from './default-value-input.tsx';
import { FieldKeyInput } from './field-key-input.tsx';
import { RangeInputs, TextLimitInputs } from './limit-inputs.tsx';
import { OptionSetSelect } from './option-set-select.tsx';
import { RecordResourceSelect } from './record-resource-select.tsx';

export interface PropertyPanelProps {
  model: DesignerModel;
  selected: string | undefined;
  problems: ReadonlyMap<string, readonly DesignProblem[]>;
  choices: ReadonlyMap<string, readonly OptionChoice[]>;
  onChange: (key: string, patch: Partial<DesignerField>) => void;
  onMove: (key: string, section: string | null) => void;
}

function FieldProperties({ field, props }: { field: DesignerField; props: PropertyPanelProps }) {
  const { t } = useI18n();
  const { model } = props;
  const traits = kindTraits[field.kind];
  const problems = props.problems.get(field.key) ?? [];
  const change = (patch: Partial<DesignerField>) => props.onChange(field.key, patch);
  const otherKeys = allFields(model.fields)
    .map((known) => known.key)
    .filter((key, index, keys) => key !== field.key || keys.indexOf(key) !== index);
  const section = parentSectionOf(model, field.key) ?? null;
  const sections = model.fields.filter((known) => known.kind === 'section');
  const choices = field.optionSet ? (props.choices.get(field.optionSet) ?? []) : [];

  return (
    <Form layout="vertical" size="middle" data-testid="property-panel">
      {field.kind === 'custom' ? <Alert type="info" showIcon title={t('forms.property.custom')} style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        label={field.kind === 'section' ? t('forms.property.section-title') : t('forms.property.title')}
        htmlFor="field-title"
        validateStatus={problems.includes('title-missing') ? 'error' : undefined}
        help={problems.includes('title-missing') ? t('forms.problem.title-missing') : undefined}
      >
        <Input id="field-title" value={field.title} maxLength={120} onChange={(event) => change({ title: event.target.value })} />
      </Form.Item>
      <FieldKeyInput key={field.key} value={field.key} otherKeys={otherKeys} onCommit={(key) => change({ key })} />
      {field.kind !== 'custom' ? (
        <Form.Item label={t('forms.property.description')} htmlFor="field-description">
          <Input.TextArea
            id="field-description"
            value={field.description ?? ''}
            maxLength={500}
            autoSize={{ minRows: 1, maxRows: 4 }}
            onChange={(event) => change({ description: event.target.value || undefined })}
          />
        </Form.Item>
      ) : null}
      {traits.canBeRequired ? (
        <Form.Item label={t('forms.property.required')} htmlFor="field-required">
          <Switch id="field-required" checked={field.required === true} onChange={(required) => change({ required: required || undefined })} />
        </Form.Item>
      ) : null}
      {traits.hasOptions ? (
        <OptionSetSelect
          value={field.optionSet}
          hasProblem={problems.includes('option-set-missing')}
          onChange={(optionSet) => change({ optionSet, defaultValue: undefined })}
        />
      ) : null}
      {field.kind === 'record' ? (
        <RecordResourceSelect
          value={field.recordResource}
          hasProblem={problems.includes('record-resource-missing')}
          onChange={(recordResource) => change({ recordResource })}
        />
      ) : null}
      {traits.canBeMultiple ? (
        <Form.Item label={t('forms.property.multiple')} htmlFor="field-multiple" extra={t('forms.property.multiple.hint')}>
          <Switch id="field-multiple" checked={field.multiple === true} onChange={(multiple) => change({ multiple: multiple || undefined })} />
        </Form.Item>
      ) : null}
      {traits.hasPlaceholder ? (
        <Form.Item label={t('forms.property.placeholder')} htmlFor="field-placeholder">
          <Input id="field-placeholder" value={field.placeholder ?? ''} maxLength={100} onChange={(event) => change({ placeholder: event.target.value || undefined })} />
        </Form.Item>
      ) : null}
      {traits.hasRange ? <RangeInputs field={field} onChange={change} /> : null}
      {problems.includes('range-reversed') ? <Alert type="error" title={t('forms.problem.range-reversed')} style={{ marginBottom: 16 }} /> : null}
      {traits.hasTextLimits ? <TextLimitInputs field={field} onChange={change} /> : null}
      {problems.includes('length-reversed') ? <Alert type="error" title={t('forms.problem.length-reversed')} style={{ marginBottom: 16 }} /> : null}
      {traits.hasDefault ? <DefaultValueInput field={field} choices={choices} onChange={(defaultValue) => change({ defaultValue })} /> : null}
      {field.kind !== 'section' && sections.length > 0 ? (
        <Form.Item label={t('forms.property.section')} htmlFor="field-section">
          <Select
            id="field-section"
            value={section ?? ''}
            options={[{ value: '', label: t('forms.property.section.none') }, ...sections.map((known) => ({ value: known.key, label: known.title || known.key }))]}
            onChange={(next: string) => props.onMove(field.key, next === '' ? null : next)}
          />
        </Form.Item>
      ) : null}
      {field.kind !== 'section' ? (
        <ConditionEditor
          field={field}
          model={model}
          isTopLevel={section === null}
          choices={props.choices}
          hasProblem={problems.includes('condition-invalid')}
          onChange={(showWhen) => change({ showWhen })}
        />
      ) : null}
    </Form>
  );
}

/** 字段属性: everything about the selected field, changed as it is typed. */
export function PropertyPanel(props: PropertyPanelProps) {
  const { t } = useI18n();
  const field = props.selected ? findField(props.model, props.selected) : undefined;
  return (
    <Card size="small" title={t('forms.designer.properties')} variant="borderless" className="form-designer-pane">
      {field ? (
        <FieldProperties key={field.key} field={field} props={props} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('forms.designer.properties.empty')} />
      )}
    </Card>
  );
}
