import { TranslationOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { isLocale, localeNames, supportedLocales } from '../i18n/locale.ts';
import { useI18n } from '../i18n/use-i18n.ts';

/** 简体中文 / English; each choice is written in its own language. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const items = supportedLocales.map((value) => ({ key: value, label: localeNames[value] }));
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        selectable: true,
        selectedKeys: [locale],
        onClick: ({ key }) => {
          if (isLocale(key)) setLocale(key);
        },
      }}
    >
      <Button
        type="text"
        icon={<TranslationOutlined />}
        aria-label={t('shell.language.label')}
        data-testid="language-switch"
      >
        {localeNames[locale]}
      </Button>
    </Dropdown>
  );
}
