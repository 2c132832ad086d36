import { Descriptions, Flex, theme, Typography } from 'antd';
import { type ReactNode, useContext, useMemo } from 'react';
import { UiExtensionsContext } from '../extensions/ui-extensions-context.ts';
import { useDateTime } from '../format/use-date-time.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { type FieldFormat, hasFieldValue } from '../pages/resources/field-display.ts';
import { FieldValue } from '../pages/resources/field-value.tsx';
import { type CustomFieldDefinition, customFieldsOf } from '../pages/resources/form/custom-section.ts';

export type { CustomFieldDefinition } from '../pages/resources/form/custom-section.ts';

/** A record as a plugin's route sends it: its `custom` values, already cut by the server to what the reader may see. */
export interface CustomFieldRecord {
  custom?: Record<string, unknown>;
}

const noFields: CustomFieldDefinition[] = [];

/**
 * The custom fields (自定义字段) of one of the plugin's resources that the user may see, labelled in their
 * language and in the company's order: the same definitions the generic list and form use, from the
 * resource descriptions the admin UI loads once per page load (no request of its own). Empty outside the
 * signed-in shell, while those load, and for a resource without custom fields.
 */
export function useCustomFields(plugin: string, resource: string): CustomFieldDefinition[] {
  const extensions = useContext(UiExtensionsContext)?.extensions;
  const view = extensions?.resources.find((r) => r.plugin === plugin && r.name === resource);
  return useMemo(() => (view ? customFieldsOf(view) : noFields), [view]);
}

function useFieldFormat(): FieldFormat {
  const { t } = useI18n();
  const formatDateTime = useDateTime();
  return useMemo(() => ({ t, formatDateTime }), [t, formatDateTime]);
}

/**
 * One custom field's value of a record, formatted as the generic screens format it (option labels, ¥ for
 * fen, times on the company's clock, 是/否), for a column a plugin adds with `useCustomFields`; `-` when empty.
 */
export function CustomFieldValue({ field, record }: { field: CustomFieldDefinition; record: CustomFieldRecord }): ReactNode {
  const format = useFieldFormat();
  return <FieldValue type={field.type} options={field.options} value={record.custom?.[field.key]} format={format} />;
}

/**
 * The record's custom field values the user may see, each under its label: `descriptions` as a detail
 * block (under a record's body), `inline` as one wrapping line of `label：value` (in a list item).
 * Renders nothing when the resource has no custom field or the record no value in one.
 */
export function CustomFieldValues({
  plugin,
  resource,
  record,
  layout = 'descriptions',
}: {
  plugin: string;
  resource: string;
  record: CustomFieldRecord;
  layout?: 'descriptions' | 'inline';
}): ReactNode {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const format = useFieldFormat();
  const filled = useCustomFields(plugin, resource).filter((field) => hasFieldValue(record.custom?.[field.key]));
  if (filled.length === 0) return null;
  const valueOf = (field: CustomFieldDefinition) => (
    <FieldValue type={field.type} options={field.options} value={record.custom?.[field.key]} format={format} isWrapped={layout === 'descriptions'} />
  );
  if (layout === 'inline') {
    return (
      <Flex gap="4px 16px" wrap data-testid="custom-field-values">
        {filled.map((field) => (
          <span key={field.key}>
            <Typography.Text type="secondary">{t('resource.value.labelled', { label: field.label })}</Typography.Text>
            {/* values read as values even where the surrounding text is grey (a list item's description) */}
            <span style={{ color: token.colorText }}>{valueOf(field)}</span>
          </span>
        ))}
      </Flex>
    );
  }
  return (
    <div data-testid="custom-field-values" style={{ marginBlock: 16 }}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2 }}
        items={filled.map((field) => ({ key: field.key, label: field.label, children: valueOf(field) }))}
      />
    </div>
  );
}
