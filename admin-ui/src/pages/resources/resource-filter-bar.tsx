import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ListQuery } from '../../api/list-result.ts';
import type { ResourceView } from '../../api/ui-extensions-api.ts';
import { dayjs } from '../../format/dayjs-setup.ts';
import type { ListParamPatch } from '../../hooks/use-list-params.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { fieldOptionsOf, fieldTitleOf, fieldTypeOf, rangeKindOf } from './resource-fields.ts';
import {
  clearFiltersPatch,
  dateRangeOf,
  dateRangePatch,
  dayRangeOf,
  dayRangePatch,
  integerRangeOf,
  integerRangePatch,
  isListFiltered,
  numberOf,
  numberRangeOf,
  rangeParams,
  resourceFilterKeys,
  searchParam,
  textParam,
} from './resource-list-params.ts';
import { YuanInput } from './yuan-input.tsx';

type Filter = ResourceView['filters'][number];
type OnChange = (patch: ListParamPatch) => void;

/** Filters shown without 展开 (UI.md: the most used 3–4 visible, the rest folded). */
const visibleCount = 3;

interface FilterProps {
  resource: ResourceView;
  filter: Filter;
  query: ListQuery;
  timeZone: string;
  onChange: OnChange;
}

function integerOf(value: string | null): number | undefined {
  if (value === null || !/^-?\d+$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

/** From–to for integers, decimals and money (typed in yuan, sent in fen); applied on Enter or leaving the box. */
function NumberRangeFilter({ resource, filter, query, onChange }: FilterProps) {
  const { t } = useI18n();
  const kind = rangeKindOf(resource, filter.field);
  const [savedFrom, savedTo] = kind === 'number' ? numberRangeOf(query, filter.field) : integerRangeOf(query, filter.field);
  const [from, setFrom] = useState(savedFrom);
  const [to, setTo] = useState(savedTo);
  const [saved, setSaved] = useState(`${savedFrom}|${savedTo}`);
  // Clearing the filters (or going back) puts the URL's range into the boxes.
  if (saved !== `${savedFrom}|${savedTo}`) {
    setSaved(`${savedFrom}|${savedTo}`);
    setFrom(savedFrom);
    setTo(savedTo);
  }
  const apply = () => {
    if (from !== savedFrom || to !== savedTo) onChange(integerRangePatch(filter.field, from, to));
  };
  const title = fieldTitleOf(resource, filter.field);
  const isMoney = kind === 'money';
  const parse = kind === 'number' ? (text: string | null) => numberOf(text ?? undefined) : integerOf;
  const params = rangeParams(filter.field);
  const box = (value: number | undefined, set: (next: number | undefined) => void, placeholder: string, testId: string) =>
    isMoney ? (
      <YuanInput value={value} onChange={set} onBlur={apply} onPressEnter={apply} placeholder={placeholder} style={{ width: 130 }} />
    ) : (
      <InputNumber<string>
        data-testid={testId}
        stringMode
        controls={false}
        value={value === undefined ? null : String(value)}
        onChange={(next) => set(parse(next))}
        onBlur={apply}
        onPressEnter={apply}
        placeholder={placeholder}
        style={{ width: 130 }}
      />
    );
  return (
    <Space.Compact data-testid={`filter-${filter.field}`}>
      {box(from, setFrom, t('resource.filter.min', { title }), `filter-${params.from}`)}
      {box(to, setTo, t('resource.filter.max'), `filter-${params.to}`)}
    </Space.Compact>
  );
}

/** Whole days: of the company's calendar for times, the days themselves for a date field. */
function DayRangeFilter({ resource, filter, query, timeZone, onChange }: FilterProps) {
  const { t } = useI18n();
  const isDate = rangeKindOf(resource, filter.field) === 'day';
  const days = isDate ? dateRangeOf(query, filter.field) : dayRangeOf(query, filter.field, timeZone);
  const value: [Dayjs, Dayjs] | null = days ? [dayjs(days[0]), dayjs(days[1])] : null;
  const title = fieldTitleOf(resource, filter.field);
  return (
    <DatePicker.RangePicker
      data-testid={`filter-${filter.field}`}
      value={value}
      placeholder={[t('resource.filter.start', { title }), t('resource.filter.end')]}
      onChange={(picked: [Dayjs | null, Dayjs | null] | null) => {
        const [start, end] = picked ?? [null, null];
        const range: [string, string] | undefined =
          start && end ? [start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD')] : undefined;
        onChange(isDate ? dateRangePatch(filter.field, range) : dayRangePatch(filter.field, range, timeZone));
      }}
    />
  );
}

function EqualsFilter({ resource, filter, query, onChange }: FilterProps) {
  const { t } = useI18n();
  const title = fieldTitleOf(resource, filter.field);
  const type = fieldTypeOf(resource, filter.field);
  const value = textParam(query, filter.field);
  const set = (next: string | undefined) => onChange({ [filter.field]: next });
  const options =
    fieldOptionsOf(resource, filter.field) ??
    (type === 'boolean'
      ? [
          { value: 'true', label: t('resource.value.yes') },
          { value: 'false', label: t('resource.value.no') },
        ]
      : undefined);
  if (options) {
    return (
      <Select
        data-testid={`filter-${filter.field}`}
        allowClear
        showSearch={options.length > 8 ? { optionFilterProp: 'label' } : undefined}
        value={value}
        options={options.map((option) => ({ value: option.value, label: option.label }))}
        placeholder={title}
        onChange={(next: string | undefined) => set(next)}
        style={{ minWidth: 140 }}
      />
    );
  }
  if (type === 'money') {
    const fen = integerOf(value ?? null);
    return (
      <YuanInput
        value={fen}
        onChange={(next) => set(next === undefined ? undefined : String(next))}
        placeholder={title}
        style={{ width: 160 }}
      />
    );
  }
  return (
    <Input.Search
      data-testid={`filter-${filter.field}`}
      key={value}
      defaultValue={value}
      allowClear
      placeholder={title}
      onSearch={(next) => set(next.trim() || undefined)}
      style={{ width: 200 }}
    />
  );
}

function FilterControl(props: FilterProps) {
  if (props.filter.kind === 'eq') return <EqualsFilter {...props} />;
  const kind = rangeKindOf(props.resource, props.filter.field);
  return kind === 'time' || kind === 'day' ? (
    <DayRangeFilter {...props} />
  ) : (
    <NumberRangeFilter {...props} />
  );
}

/**
 * The resource list's filter bar, built from the resource's `filters` and `searchable`: the search box and
 * the first filters visible, the rest under 展开; 重置 clears them all. Every value lives in the URL.
 */
export function ResourceFilterBar({
  resource,
  query,
  timeZone,
  onChange,
}: {
  resource: ResourceView;
  query: ListQuery;
  timeZone: string;
  onChange: OnChange;
}) {
  const { t } = useI18n();
  const filterKeys = resourceFilterKeys(resource);
  const shown = resource.filters.slice(0, visibleCount);
  const folded = resource.filters.slice(visibleCount);
  const isFoldedSet = folded.some((filter) =>
    (filter.kind === 'eq' ? [filter.field] : Object.values(rangeParams(filter.field))).some(
      (key) => textParam(query, key) !== undefined,
    ),
  );
  const [isExpanded, setIsExpanded] = useState(isFoldedSet);
  const search = textParam(query, searchParam);
  if (filterKeys.length === 0) return null;
  const control = (filter: Filter) => (
    <FilterControl
      key={`${filter.kind}:${filter.field}`}
      resource={resource}
      filter={filter}
      query={query}
      timeZone={timeZone}
      onChange={onChange}
    />
  );

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        {resource.searchable ? (
          <Input.Search
            data-testid="resource-search"
            key={search}
            defaultValue={search}
            allowClear
            placeholder={t('resource.list.search', { title: resource.title })}
            onSearch={(value) => onChange({ [searchParam]: value.trim() || undefined })}
            style={{ width: 260 }}
          />
        ) : null}
        {shown.map(control)}
        {folded.length > 0 ? (
          <Button type="link" onClick={() => setIsExpanded(!isExpanded)}>
            {t(isExpanded ? 'common.collapse' : 'common.expand')}
            {isExpanded ? <UpOutlined /> : <DownOutlined />}
          </Button>
        ) : null}
        {isListFiltered(query, filterKeys) ? (
          <Button onClick={() => onChange(clearFiltersPatch(filterKeys))}>{t('common.reset')}</Button>
        ) : null}
      </Flex>
      {isExpanded && folded.length > 0 ? (
        <Flex gap={12} wrap>
          {folded.map(control)}
        </Flex>
      ) : null}
    </Flex>
  );
}
