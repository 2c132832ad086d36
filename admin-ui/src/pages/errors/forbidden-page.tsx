import { Button, Flex, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { workbenchPath } from '../../menu/core-menu.tsx';

export function ForbiddenPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('errors.forbidden.title')}
      subTitle={t('errors.forbidden.detail')}
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
