import { Button, type ButtonProps, Popconfirm, Tooltip } from 'antd';
import { useI18n } from '../../i18n/use-i18n.ts';
import { missingRequirements } from '../settings/modules/module-requirements.ts';

/** What the buttons need to know of a module and of the modules it is linked to. */
export interface ModuleLinks {
  name: string;
  title: string;
  /** Names of the modules it needs directly. */
  requires: string[];
  enabled: boolean;
}

interface SwitchProps {
  module: ModuleLinks;
  /** Every module the page knows of, to name requirements and dependents. */
  modules: readonly ModuleLinks[];
  /** The module whose switch is on its way; every switch waits for it. */
  busy: string | undefined;
  /** `link` in tables, `default`/`primary` on the listing page. */
  type?: ButtonProps['type'];
  size?: ButtonProps['size'];
}

/** Keeps a confirm's explanation from stretching the popover across the page. */
const confirmStyle = { maxWidth: 320 };

const titleIn = (modules: readonly ModuleLinks[]) => (name: string) => modules.find((item) => item.name === name)?.title ?? name;

/** 启用; when required modules are off, a confirm first names them and enables them too. */
export function EnableButton({ module, modules, busy, type = 'link', size = 'small', onEnable }: SwitchProps & {
  onEnable: (name: string, withRequirements: boolean) => void;
}) {
  const { t } = useI18n();
  const missing = missingRequirements(module, modules);
  const button = (onClick?: () => void) => (
    <Button
      type={type}
      size={size}
      loading={busy === module.name}
      disabled={busy !== undefined && busy !== module.name}
      onClick={onClick}
      data-testid={`enable-${module.name}`}
    >
      {t('settings.modules.enable')}
    </Button>
  );
  if (missing.length === 0) return button(() => onEnable(module.name, false));
  const names = missing.map(titleIn(modules)).join(t('settings.modules.separator'));
  return (
    <Popconfirm
      title={t('settings.modules.enable.confirm', { title: module.title })}
      description={<div style={confirmStyle}>{t('settings.modules.enable.with-requirements', { names })}</div>}
      okText={t('settings.modules.enable.all')}
      cancelText={t('common.cancel')}
      onConfirm={() => onEnable(module.name, true)}
    >
      {button()}
    </Popconfirm>
  );
}

/** 停用 after a confirm (the data stays); not offered while an enabled module needs it. */
export function DisableButton({ module, modules, busy, type = 'link', size = 'small', onDisable }: SwitchProps & {
  onDisable: (name: string) => void;
}) {
  const { t } = useI18n();
  const requiredBy = modules.filter((item) => item.enabled && item.requires.includes(module.name));
  if (requiredBy.length > 0) {
    const names = requiredBy.map((item) => item.title).join(t('settings.modules.separator'));
    return (
      <Tooltip title={t('settings.modules.disable.required-by', { names })}>
        <Button type={type} size={size} danger disabled>
          {t('settings.modules.disable')}
        </Button>
      </Tooltip>
    );
  }
  return (
    <Popconfirm
      title={t('settings.modules.disable.confirm', { title: module.title })}
      description={<div style={confirmStyle}>{t('settings.modules.disable.detail')}</div>}
      okText={t('settings.modules.disable')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() => onDisable(module.name)}
    >
      <Button
        type={type}
        size={size}
        danger
        loading={busy === module.name}
        disabled={busy !== undefined && busy !== module.name}
        data-testid={`disable-${module.name}`}
      >
        {t('settings.modules.disable')}
      </Button>
    </Popconfirm>
  );
}

/** A listing (or any module view with `{ name, title }` requirements) as the switches read it. */
export function toModuleLinks(listing: { name: string; title: string; requires: readonly { name: string }[]; enabled: boolean }): ModuleLinks {
  return { name: listing.name, title: listing.title, requires: listing.requires.map((item) => item.name), enabled: listing.enabled };
}
