import { Alert, App, Button, Card, Flex } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { JsonObject } from '../designer/designer-model.ts';
import { expandOptionSets, type OptionChoice } from '../render/expand-options.ts';
import { FormRenderer, type FormValues } from '../render/form-renderer.tsx';

/**
 * 预览: the draft as members will see it, option sets filled in as the server will fill them, with the
 * same checks; conditional fields come and go as they are filled in. Nothing is sent anywhere.
 */
export function DesignerPreview({
  title,
  description,
  schema,
  uiSchema,
  choices,
}: {
  title: string;
  description: string;
  schema: JsonObject;
  uiSchema: JsonObject;
  choices: ReadonlyMap<string, readonly OptionChoice[]>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [values, setValues] = useState<FormValues>({});
  const [round, setRound] = useState(0);
  const expanded = useMemo(() => expandOptionSets(schema, choices), [schema, choices]);

  return (
    <Card variant="borderless" title={title} data-testid="designer-preview" style={{ maxWidth: 960 }}>
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('forms.preview.hint')} />
        {description ? <div className="form-fill-description">{description}</div> : null}
        <FormRenderer
          key={round}
          schema={expanded}
          uiSchema={uiSchema}
          formData={values}
          omitExtraData
          onChange={setValues}
          onSubmit={() => void message.success(t('forms.preview.valid'))}
        >
          <Flex gap={8}>
            <Button type="primary" htmlType="submit">
              {t('forms.preview.check')}
            </Button>
            <Button
              onClick={() => {
                setValues({});
                setRound((current) => current + 1);
              }}
            >
              {t('forms.preview.clear')}
            </Button>
          </Flex>
        </FormRenderer>
      </Flex>
    </Card>
  );
}
