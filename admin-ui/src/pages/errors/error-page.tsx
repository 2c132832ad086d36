import { Button, Flex, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { workbenchPath } from '../../menu/core-menu.tsx';

const texts = {
  403: { title: 'errors.forbidden.title', detail: 'errors.forbidden.detail' },
  404: { title: 'errors.not-found.title', detail: 'errors.not-found.detail' },
} as const;

/** A full-page 403 or 404 that always offers a way back. */
function ErrorPage({ status }: { status: keyof typeof texts }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status={String(status) as '403' | '404'}
      title={t(texts[status].title)}
      subTitle={t(texts[status].detail)}
      extra={
        <Flex gap={8} justify="center">
          <Button type="primary" onClick={() => navigate(workbenchPath)}>
            {t('errors.back-to-workbench')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('errors.go-back')}</Button>
        </Flex>
      }
    />
  );
}

export function ForbiddenPage() {
  return <ErrorPage status={403} />;
}

export function NotFoundPage() {
  return <ErrorPage status={404} />;
}
