import type { WidgetProps } from '@rjsf/utils';
import { Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { getRecord, listRecords } from '../../../api/resource-api.ts';
import { useUiExtensions } from '../../../extensions/ui-extensions-context.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { recordLabelOf, resourceFor } from './record-label.ts';

interface RecordOption {
  value: string;
  label: string;
}

/** Pause after the last keystroke before the list endpoint is asked. */
const searchDelayMs = 250;

/**
 * `x-widget: 'record'` with `x-record: '<plugin>.<resource>'`: a record of an enabled module's resource,
 * searched through its list endpoint (`?search=`, under the user's own read rules) and shown by its first
 * list column. Without the module or the right to read it, the stored id is shown as it is.
 */
export function RecordSelectWidget({ id, value, schema, disabled, readonly, placeholder, onChange, onBlur }: WidgetProps) {
  const { t } = useI18n();
  const { extensions } = useUiExtensions();
  const resource = resourceFor(extensions?.resources ?? [], schema['x-record']);
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<RecordOption[]>([]);
  const [chosen, setChosen] = useState<RecordOption | undefined>();
  const [isLoading, setIsLoading] = useState(false);
  const current = typeof value === 'string' && value !== '' ? value : undefined;

  useEffect(() => {
    if (!resource || !current || chosen?.value === current) return;
    let isCurrent = true;
    getRecord(resource.apiPath, current).then(
      (record) => isCurrent && setChosen({ value: current, label: recordLabelOf(record, resource) }),
      () => isCurrent && setChosen({ value: current, label: current }),
    );
    return () => {
      isCurrent = false;
    };
  }, [resource, current, chosen?.value]);

  useEffect(() => {
    if (!resource) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      setIsLoading(true);
      listRecords(resource.apiPath, { search: search || undefined, pageSize: 20 })
        .then(
          (page) => isCurrent && setOptions(page.items.map((record) => ({ value: record.id, label: recordLabelOf(record, resource) }))),
          () => isCurrent && setOptions([]),
        )
        .finally(() => isCurrent && setIsLoading(false));
    }, searchDelayMs);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [resource, search]);

  if (!resource) {
    return <Input id={id} value={current ?? ''} disabled placeholder={t('forms.widget.record.unavailable')} />;
  }
  const shown = chosen && chosen.value === current && !options.some((option) => option.value === current) ? [chosen, ...options] : options;
  return (
    <Select
      id={id}
      data-testid="record-select"
      value={current}
      options={shown}
      disabled={disabled || readonly}
      loading={isLoading}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={placeholder || t('forms.widget.record.placeholder', { resource: resource.title })}
      notFoundContent={isLoading ? t('common.loading') : t('forms.widget.record.none')}
      onChange={(next: string | undefined) => {
        setChosen(shown.find((option) => option.value === next));
        onChange(next);
      }}
      onBlur={() => onBlur(id, value)}
      style={{ width: '100%' }}
    />
  );
}
