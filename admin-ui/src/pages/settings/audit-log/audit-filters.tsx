import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Flex, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { SubjectView } from '../../../api/access-api.ts';
import { MemberSelect } from '../../../components/member-select.tsx';
import { dayjs } from '../../../format/dayjs-setup.ts';
import type { ListParamPatch } from '../../../hooks/use-list-params.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { auditActionLabel, knownAuditActions } from './audit-action.ts';

export const auditFilterKeys = ['actorId', 'action', 'subject', 'recordId', 'outcome', 'from', 'to'] as const;
export type AuditFilters = Partial<Record<(typeof auditFilterKeys)[number], string>>;

/**
 * The audit log's filter bar: actor, subject, outcome and time on top, action and record under 展开.
 * Days are whole days in the tenant's time zone, sent to the server as instants.
 */
export function AuditFilterBar({
  filters,
  subjects,
  timeZone,
  actorLabel,
  onChange,
}: {
  filters: AuditFilters;
  subjects: readonly SubjectView[];
  timeZone: string;
  actorLabel: string | undefined;
  onChange: (patch: ListParamPatch) => void;
}) {
  const { t } = useI18n();
  const [isExpanded, setIsExpanded] = useState(Boolean(filters.action || filters.recordId));
  const [action, setAction] = useState(filters.action ?? '');
  const range: [Dayjs, Dayjs] | null =
    filters.from && filters.to ? [dayjs(filters.from).tz(timeZone), dayjs(filters.to).tz(timeZone)] : null;

  const onRange = (days: [Dayjs | null, Dayjs | null] | null) => {
    const [start, end] = days ?? [null, null];
    onChange({
      from: start ? dayjs.tz(start.format('YYYY-MM-DD'), timeZone).startOf('day').toISOString() : undefined,
      to: end ? dayjs.tz(end.format('YYYY-MM-DD'), timeZone).endOf('day').toISOString() : undefined,
    });
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap>
        <MemberSelect
          testId="filter-actor"
          value={filters.actorId}
          knownLabel={actorLabel}
          onChange={(actorId) => onChange({ actorId })}
          placeholder={t('settings.audit-log.column.actor')}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={filters.subject}
          options={subjects.map((subject) => ({ value: subject.key, label: subject.title }))}
          placeholder={t('settings.audit-log.column.subject')}
          onChange={(subject: string | undefined) => onChange({ subject })}
          style={{ width: 160 }}
        />
        <Select
          allowClear
          value={filters.outcome}
          options={['ok', 'denied'].map((value) => ({ value, label: t(`settings.audit-log.outcome.${value}`) }))}
          placeholder={t('settings.audit-log.column.outcome')}
          onChange={(outcome: string | undefined) => onChange({ outcome })}
          style={{ width: 120 }}
        />
        <DatePicker.RangePicker value={range} onChange={onRange} />
        <Button type="link" onClick={() => setIsExpanded(!isExpanded)}>
          {t(isExpanded ? 'common.collapse' : 'common.expand')}
          {isExpanded ? <UpOutlined /> : <DownOutlined />}
        </Button>
      </Flex>
      {isExpanded ? (
        <Flex gap={12} wrap>
          <AutoComplete
            value={action}
            onChange={setAction}
            onSelect={(value: string) => onChange({ action: value })}
            options={knownAuditActions.map((value) => ({ value, label: auditActionLabel(value, t) }))}
            style={{ width: 220 }}
          >
            <Input.Search
              allowClear
              placeholder={t('settings.audit-log.column.action')}
              onSearch={(value) => onChange({ action: value.trim() || undefined })}
            />
          </AutoComplete>
          <Input.Search
            key={filters.recordId}
            defaultValue={filters.recordId}
            allowClear
            placeholder={t('settings.audit-log.column.record-id')}
            onSearch={(value) => onChange({ recordId: value.trim() || undefined })}
            style={{ width: 280 }}
          />
        </Flex>
      ) : null}
    </Flex>
  );
}
