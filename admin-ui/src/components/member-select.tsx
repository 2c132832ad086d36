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

type MemberSelectValue =
  | {
      multiple?: false;
      value: string | undefined;
      onChange: (value: string | undefined, member: MemberView | undefined) => void;
    }
  | { multiple: true; value: readonly string[]; onChange: (value: string[]) => void };

/**
 * Picks one member (or several, with `multiple`) by name, e-mail or mobile, searching the server as the
 * user types. `knownLabel` names a single value given from outside (a bookmarked filter) until the
 * search has found it; picked members keep their names while the user searches for others.
 */
export function MemberSelect(
  props: MemberSelectValue & {
    placeholder: string;
    knownLabel?: string;
    style?: CSSProperties;
    testId?: string;
    id?: string;
    disabled?: boolean;
    onBlur?: () => void;
  },
) {
  const { placeholder, knownLabel, style, testId, id, disabled, onBlur } = props;
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [members, setMembers] = useState<MemberView[]>([]);
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const timer = window.setTimeout(() => {
      setLoading(true);
      listUsers({ page: 1, pageSize: optionCount, q: text.trim() || undefined })
        .then((page) => {
          if (request !== latest.current) return;
          setMembers(page.items);
          const found = page.items.map((member) => [member.id, memberLabel(member)] as const);
          setLabels((known) => new Map([...known, ...found]));
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

  const picked = props.multiple ? props.value : props.value ? [props.value] : [];
  const options = members.map((member) => ({ value: member.id, label: memberLabel(member) }));
  for (const value of picked) {
    if (options.some((option) => option.value === value)) continue;
    options.unshift({ value, label: labels.get(value) ?? (props.multiple ? undefined : knownLabel) ?? value });
  }

  return (
    <Select
      id={id}
      data-testid={testId}
      mode={props.multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={props.multiple ? [...props.value] : props.value}
      placeholder={placeholder}
      loading={loading}
      disabled={disabled}
      options={options}
      notFoundContent={loading ? t('common.loading') : t('common.no-match')}
      onChange={(next: string | string[] | undefined) => {
        if (props.multiple) props.onChange(Array.isArray(next) ? next : []);
        else if (!Array.isArray(next)) props.onChange(next, members.find((member) => member.id === next));
      }}
      onBlur={onBlur}
      style={style}
    />
  );
}
