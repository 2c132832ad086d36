import { Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { JsonObject } from '../designer/designer-model.ts';
import { type FormSettingsValues, settingsFormDataOf, settingsValuesOf } from '../designer/form-settings-values.ts';
import { FormRenderer } from '../render/form-renderer.tsx';

/**
 * 设置: the form's title and note, its layout, and who may fill it in when. The access settings are a
 * small RJSF form of their own, so they get the same time picker (the company's clock) and role picker
 * as every other form.
 */
export function FormSettingsPanel({
  title,
  description,
  columns,
  settings,
  onTitle,
  onDescription,
  onColumns,
  onSettings,
}: {
  title: string;
  description: string;
  columns: 1 | 2;
  settings: FormSettingsValues;
  onTitle: (title: string) => void;
  onDescription: (description: string) => void;
  onColumns: (columns: 1 | 2) => void;
  onSettings: (settings: FormSettingsValues) => void;
}) {
  const { t } = useI18n();
  const schema = useMemo<JsonObject>(
    () => ({
      type: 'object',
      properties: {
        onePerUser: { type: 'boolean', title: t('forms.settings.one-per-user'), description: t('forms.settings.one-per-user.hint') },
        opensAt: { type: 'string', format: 'date-time', title: t('forms.settings.opens-at') },
        closesAt: { type: 'string', format: 'date-time', title: t('forms.settings.closes-at') },
        submitterRoles: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string' },
          title: t('forms.settings.submitter-roles'),
          description: t('forms.settings.submitter-roles.hint'),
        },
      },
    }),
    [t],
  );
  const uiSchema = useMemo<JsonObject>(() => ({ submitterRoles: { 'ui:widget': 'role-select' }, 'ui:options': { columns: 2 } }), []);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <Card size="small" variant="borderless" title={t('forms.settings.basics')}>
        <Form layout="vertical">
          <Form.Item label={t('forms.field.title')} htmlFor="form-title" required>
            <Input id="form-title" value={title} maxLength={120} onChange={(event) => onTitle(event.target.value)} />
          </Form.Item>
          <Form.Item label={t('forms.field.description')} htmlFor="form-description" extra={t('forms.field.description.hint')}>
            <Input.TextArea
              id="form-description"
              value={description}
              maxLength={2000}
              autoSize={{ minRows: 2, maxRows: 6 }}
              onChange={(event) => onDescription(event.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('forms.settings.columns')} extra={t('forms.settings.columns.hint')}>
            <Radio.Group
              value={columns}
              onChange={(event) => onColumns(event.target.value === 1 ? 1 : 2)}
              options={[
                { value: 1, label: t('forms.settings.columns.one') },
                { value: 2, label: t('forms.settings.columns.two') },
              ]}
            />
          </Form.Item>
        </Form>
      </Card>
      <Card size="small" variant="borderless" title={t('forms.settings.access')}>
        <Typography.Paragraph type="secondary">{t('forms.settings.access.hint')}</Typography.Paragraph>
        <FormRenderer
          schema={schema}
          uiSchema={uiSchema}
          formData={settingsFormDataOf(settings)}
          onChange={(values) => onSettings(settingsValuesOf(values))}
        >
          <></>
        </FormRenderer>
      </Card>
    </Flex>
  );
}
