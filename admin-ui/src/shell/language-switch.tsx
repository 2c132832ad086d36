import { TranslationOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { updateProfile } from '../api/auth-api.ts';
import { isLocale, localeNames, supportedLocales } from '../i18n/locale.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { useSessionState } from '../session/use-session.ts';

/**
 * 简体中文 / English; each choice is written in its own language. Signed in, the choice is also saved to the
 * user's profile, so the server's error messages and new notifications follow it.
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const { session } = useSessionState();
  const items = supportedLocales.map((value) => ({ key: value, label: localeNames[value] }));
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        selectable: true,
        selectedKeys: [locale],
        onClick: ({ key }) => {
          if (!isLocale(key)) return;
          if (!session) return setLocale(key);
          // The server titles signed-in answers (the access catalog, problems) in the profile's language:
          // switch once the profile has it, so pages that reload on the switch get the new language.
          void updateProfile({ locale: key })
            .catch(() => undefined)
            .finally(() => setLocale(key));
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
