import { Card, Result, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { useAbility } from '../../../access/use-ability.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { formDesignPath, formsPath } from '../form-paths.ts';
import { SubmissionsTable } from './submissions-table.tsx';
import { useFormVersions } from './use-form-versions.ts';

/** 提交记录 of one form: its latest version's fields as columns, each submission in a drawer. */
export default function SubmissionsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const ability = useAbility();
  const { load, versionOf } = useFormVersions(id);

  if (load.state === 'loading') {
    return (
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (load.state !== 'ready') {
    return (
      <Result status={load.state === 'not-found' ? '404' : 'error'} title={t(load.state === 'not-found' ? 'forms.missing' : 'forms.submissions.failed')} extra={<Link to={formsPath}>{t('forms.back')}</Link>} />
    );
  }
  const { form, latest } = load;
  if (!latest) {
    return (
      <Result
        status="info"
        title={t('forms.submissions.unpublished.title')}
        subTitle={t('forms.submissions.unpublished.detail', { title: form.title })}
        extra={ability.can('update', 'Form') ? <Link to={formDesignPath(form.id)}>{t('forms.submissions.to-design')}</Link> : <Link to={formsPath}>{t('forms.back')}</Link>}
      />
    );
  }
  return (
    <>
      <PageTitle title={t('forms.submissions.title', { title: form.title })} />
      <SubmissionsTable form={form} latest={latest} versionOf={versionOf} />
    </>
  );
}
