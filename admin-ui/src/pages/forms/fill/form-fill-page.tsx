import { Button, Card, Grid, Result, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useFieldProblems } from '../../resources/form/use-field-problems.ts';
import { settingsValuesOf } from '../designer/form-settings-values.ts';
import { formsPath } from '../form-paths.ts';
import { submitForm } from '../forms-api.ts';
import { FormRenderer, type FormValues } from '../render/form-renderer.tsx';
import { schemaFields } from '../render/schema-walk.ts';
import { FillBlocked } from './fill-blocked.tsx';
import { type FillBlock, fillBlockOfProblem, withDataPointers } from './fill-state.ts';
import { useFormToFill } from './use-form-to-fill.ts';

/**
 * 填写表单: the latest published version for any signed-in member with the link, checked in the browser
 * as the server checks it; server problems under their fields; a result page after submitting. One
 * column on a phone, with large touch targets.
 */
export default function FormFillPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const load = useFormToFill(id);
  const version = load.state === 'ready' ? load.version : undefined;
  const fields = useMemo(
    () => (version ? schemaFields(version.schema).filter((field) => field.path.length === 1).map((field) => field.path[0] ?? '') : []),
    [version],
  );
  const problems = useFieldProblems(fields);
  const [values, setValues] = useState<FormValues>({});
  const [round, setRound] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const [block, setBlock] = useState<FillBlock | undefined>(undefined);
  const [submitting, run] = useSubmit();

  if (load.state === 'loading') {
    return (
      <Card variant="borderless" className="form-fill-card">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (load.state === 'not-found' || load.state === 'failed') {
    return <Result status={load.state === 'not-found' ? '404' : 'error'} title={t(load.state === 'not-found' ? 'forms.missing' : 'forms.fill.failed')} extra={<Link to={formsPath}>{t('forms.back')}</Link>} />;
  }
  if (load.state === 'blocked') return <FillBlocked block={load.block} title={load.title} />;
  if (!version) return null;
  if (block) return <FillBlocked block={block} title={version.title} />;

  const onePerUser = settingsValuesOf(version.settings).onePerUser;
  if (submitted) {
    return (
      <Result
        status="success"
        title={t('forms.fill.done.title')}
        subTitle={t('forms.fill.done.detail', { title: version.title })}
        data-testid="fill-done"
        extra={
          onePerUser ? undefined : (
            <Button
              type="primary"
              size="large"
              onClick={() => {
                setValues({});
                setRound((current) => current + 1);
                setSubmitted(false);
              }}
            >
              {t('forms.fill.again')}
            </Button>
          )
        }
      />
    );
  }

  const onSubmit = (data: FormValues) =>
    run(async () => {
      try {
        await submitForm(version.formId, data);
        problems.clear();
        setSubmitted(true);
      } catch (error) {
        const blocked = fillBlockOfProblem(error);
        if (blocked) setBlock(blocked);
        else problems.show(withDataPointers(error), data);
      }
    });

  return (
    <Card variant="borderless" className="form-fill-card" data-testid="form-fill">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {version.title}
      </Typography.Title>
      {version.description ? <div className="form-fill-description">{version.description}</div> : null}
      <FormRenderer
        key={round}
        schema={version.schema}
        uiSchema={version.uiSchema}
        formData={values}
        extraErrors={problems.extraErrors}
        omitExtraData
        onChange={(next) => {
          setValues(next);
          problems.onValuesChange(next);
        }}
        onSubmit={onSubmit}
      >
        <Button type="primary" htmlType="submit" size="large" block={screens.sm === false} loading={submitting} style={{ minWidth: 120, marginTop: 8 }}>
          {t('forms.fill.submit')}
        </Button>
      </FormRenderer>
    </Card>
  );
}
