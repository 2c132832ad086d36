import { Button, Flex, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { workbenchPath } from '../../menu/core-menu.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('errors.not-found.title')}
      subTitle={t('errors.not-found.detail')}
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
