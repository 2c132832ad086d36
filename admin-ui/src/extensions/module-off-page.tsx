import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { allows } from '../access/ability.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { workbenchPath } from '../menu/core-menu.tsx';
import { useSession } from '../session/use-session.ts';

const modulesPath = '/settings/modules';
const mayManageModules = allows('update', 'Plugin');

/** A page of a module the company has not enabled: where to enable it, or whom to ask. */
export function ModuleOffPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const canManage = mayManageModules(session);
  return (
    <Result
      data-testid="module-off"
      status="warning"
      title={t('module-off.title')}
      subTitle={t(canManage ? 'module-off.detail.manager' : 'module-off.detail.member')}
      extra={
        canManage ? (
          <Button type="primary" onClick={() => navigate(modulesPath)}>
            {t('module-off.to-modules')}
          </Button>
        ) : (
          <Button onClick={() => navigate(workbenchPath)}>{t('errors.back-to-workbench')}</Button>
        )
      }
    />
  );
}
