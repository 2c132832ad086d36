import { Select } from 'antd';
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { listUsers, type MemberView } from '../api/users-api.ts';
import { useI18n } from '../i18n/use-i18n.ts';

const searchDelayMs = 300;
const optionCount = 20;

function memberLabel(member: MemberView): string {
  const contact = member.email ?? member.mobile;
  return contact ? `${member.displayName} (${contact})` : member.displayName;
}

/**
 * Picks one member by name, e-mail or mobile, searching the server as the user types. `knownLabel`
 * names a value given from outside (a bookmarked filter) until the search has found it.
 */
export function MemberSelect({
  value,
  onChange,
  placeholder,
  knownLabel,
  style,
  testId,
}: {
  value: string | undefined;
  onChange: (value: string | undefined, member: MemberView | undefined) => void;
  placeholder: string;
  knownLabel?: string;
  style?: CSSProperties;
  testId?: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [members, setMembers] = useState<MemberView[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const timer = window.setTimeout(() => {
      setLoading(true);
      listUsers({ page: 1, pageSize: optionCount, q: text.trim() || undefined })
        .then((page) => {
          if (request === latest.current) setMembers(page.items);
        })
        .catch(() => {
          // The picker stays as it was; a failed search is retried on the next keystroke.
        })
        .finally(() => {
          if (request === latest.current) setLoading(false);
        });
    }, searchDelayMs);
    return () => window.clearTimeout(timer);
  }, [text]);

  const options = members.map((member) => ({ value: member.id, label: memberLabel(member) }));
  if (value && knownLabel && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: knownLabel });
  }

  return (
    <Select
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      placeholder={placeholder}
      loading={loading}
      options={options}
      notFoundContent={loading ? t('common.loading') : t('common.no-match')}
      onChange={(id: string | undefined) => onChange(id, members.find((member) => member.id === id))}
      style={style}
    />
  );
}
