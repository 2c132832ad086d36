import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useExtensionMenu } from '../extensions/use-extension-menu.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { visibleEntries } from '../menu/build-menu-items.tsx';
import { findMenuGroup } from '../menu/menu-registry.ts';
import { useSession } from '../session/use-session.ts';

/** Global search: jumps to any page the user may open, by its name or its group's name. */
export function MenuSearch() {
  const session = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const pluginEntries = useExtensionMenu();

  const pages = useMemo(
    () => [
      ...visibleEntries(session).map((entry) => {
        const group = findMenuGroup(entry.group);
        const label = group ? `${t(group.labelKey)} / ${t(entry.labelKey)}` : t(entry.labelKey);
        return { value: entry.path, label };
      }),
      ...pluginEntries.map((entry) => ({ value: entry.path, label: entry.label })),
    ],
    [session, t, pluginEntries],
  );
  const needle = text.trim().toLowerCase();
  const options = needle ? pages.filter((page) => page.label.toLowerCase().includes(needle)) : pages;

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={setText}
      onSelect={(path: string) => {
        setText('');
        navigate(path);
      }}
      style={{ width: 240 }}
    >
      <Input prefix={<SearchOutlined />} placeholder={t('shell.search.placeholder')} allowClear />
    </AutoComplete>
  );
}
