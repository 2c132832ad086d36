import { Select, Spin } from 'antd';
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { listTenants } from '../api/operator-market-api.ts';

/**
 * A company found by name or slug as the operator types (GET /api/operator/tenants?search=). `knownLabel`
 * names an id chosen before (a bookmarked filter) until a search finds it.
 */
export function CompanySelect({
  value,
  knownLabel,
  onChange,
  placeholder,
  style,
  testId,
}: {
  /** Optional inside a Form.Item, which passes its own value and onChange. */
  value?: string;
  knownLabel?: string;
  onChange?: (tenantId: string | undefined, name: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  testId?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    setLoading(true);
    const timer = window.setTimeout(() => {
      listTenants({ page: 1, pageSize: 20, search: search.trim() || undefined })
        .then((page) => {
          if (request === latest.current) setOptions(page.items.map((tenant) => ({ value: tenant.id, label: tenant.name })));
        })
        .catch(() => {
          if (request === latest.current) setOptions([]);
        })
        .finally(() => {
          if (request === latest.current) setLoading(false);
        });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [search]);

  const withKnown =
    value && knownLabel && !options.some((option) => option.value === value) ? [{ value, label: knownLabel }, ...options] : options;
  return (
    <Select
      data-testid={testId}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      options={withKnown}
      placeholder={placeholder ?? t('operator.filter.company')}
      notFoundContent={loading ? <Spin size="small" /> : t('common.no-match')}
      onChange={(id: string | undefined) => onChange?.(id, withKnown.find((option) => option.value === id)?.label)}
      style={style}
    />
  );
}
