import { Alert, App, Button, Drawer, Flex, Skeleton } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isSameJson } from '../../../access/same-json.ts';
import {
  fetchPluginSettings,
  type PluginSettings,
  type PluginView,
  savePluginSettings,
} from '../../../api/plugins-api.ts';
import { useConfirmClose } from '../../../hooks/use-confirm-close.ts';
import { problemMessageKey, useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { defaultLocale } from '../../../i18n/locale.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { formDataOf } from '../../resources/form/form-schema.ts';
import { type FormValues, SchemaForm, withFormDefaults } from '../../resources/form/schema-form.tsx';
import { useFieldProblems } from '../../resources/form/use-field-problems.ts';
import { settingsFormSchemaOf } from './module-settings-schema.ts';

const formId = 'module-settings-form';

/** The values as the form holds them: the schema's fields only, defaults filled in (titles play no part). */
function settingsValuesOf(answer: PluginSettings): FormValues {
  const schema = settingsFormSchemaOf(answer.schema, defaultLocale);
  return withFormDefaults(schema, formDataOf(answer.values, schema));
}
const noMoneyFields: readonly string[] = [];

/** 系统设置 › 模块 › 设置: one module's settings for this company, rendered from its settings schema. */
export function ModuleSettingsDrawer({ module, onClose }: { module: PluginView; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [submitting, run] = useSubmit();
  const [loaded, setLoaded] = useState<PluginSettings | undefined>(undefined);
  const [isFailed, setIsFailed] = useState(false);
  const [baseline, setBaseline] = useState<FormValues>({});
  const [values, setValues] = useState<FormValues>({});
  const schema = useMemo(() => (loaded ? settingsFormSchemaOf(loaded.schema, locale) : undefined), [loaded, locale]);
  const fields = useMemo(() => Object.keys(schema?.properties ?? {}), [schema]);
  const problems = useFieldProblems(fields);
  const isDirty = !isSameJson(baseline, values);
  const close = useConfirmClose(isDirty, onClose);

  const adopt = useCallback((answer: PluginSettings) => {
    setLoaded(answer);
    const data = settingsValuesOf(answer);
    setBaseline(data);
    setValues(data);
  }, []);

  useEffect(() => {
    let isCurrent = true;
    fetchPluginSettings(module.name)
      .then((answer) => {
        if (isCurrent) adopt(answer);
      })
      .catch((error: unknown) => {
        if (!isCurrent) return;
        showProblem(error);
        setIsFailed(true);
      });
    return () => {
      isCurrent = false;
    };
  }, [module.name, adopt, showProblem]);

  const onSubmit = (submitted: FormValues) =>
    run(async () => {
      try {
        adopt(await savePluginSettings(module.name, submitted));
        problems.clear();
        message.destroy(problemMessageKey);
        void message.success(t('module-settings.saved', { title: module.title }));
        onClose();
      } catch (error) {
        problems.show(error, submitted);
      }
    });

  const footer = (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={close}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" form={formId} loading={submitting} disabled={!schema}>
        {t('common.save')}
      </Button>
    </Flex>
  );

  return (
    <Drawer
      open
      onClose={close}
      title={t('module-settings.title', { title: module.title })}
      size={560}
      footer={footer}
      destroyOnHidden
    >
      {schema ? (
        <SchemaForm
          id={formId}
          schema={schema}
          uiSchema={{}}
          formData={values}
          extraErrors={problems.extraErrors}
          moneyFields={noMoneyFields}
          onChange={(next) => {
            setValues(next);
            problems.onValuesChange(next);
          }}
          onSubmit={onSubmit}
        >
          {/* the drawer's footer holds the buttons */}
          <span />
        </SchemaForm>
      ) : isFailed ? (
        <Alert type="error" showIcon title={t('module-settings.load-failed')} />
      ) : (
        <Skeleton active paragraph={{ rows: 6 }} />
      )}
    </Drawer>
  );
}
