import { DatePicker, Input, InputNumber, Select } from 'antd';
import { dayjs } from '../../../format/dayjs-setup.ts';
import { fenToYuanText, yuanTextToFen } from '../../../format/format-fen.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import type { DatasetField } from '../reports-api.ts';
import { relativePeriods } from './field-rules.ts';
import type { DraftFilter, Scalar } from './report-draft.ts';

interface Props {
  field: DatasetField | undefined;
  filter: DraftFilter;
  onChange: (value: DraftFilter['value']) => void;
}

const single = (value: DraftFilter['value']) => (Array.isArray(value) ? value[0] : value);
const list = (value: DraftFilter['value']): Scalar[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/**
 * The value of a filter in the input its field's type needs: a period for `within`, option labels,
 * 是/否, yuan for money (sent as fen), a day for dates (a time field's day starts in the company's zone).
 */
export function FilterValueInput({ field, filter, onChange }: Props) {
  const { t } = useI18n();
  const { tenant } = useSession();
  const label = t('reports.builder.filter.value');
  const style = { minWidth: 160, flex: 1 };
  const type = field?.type ?? 'string';
  if (filter.op === 'within') {
    return (
      <Select
        aria-label={label}
        value={typeof filter.value === 'string' ? filter.value : undefined}
        options={relativePeriods.map((period) => ({ value: period, label: t(`reports.period.${period}`) }))}
        onChange={onChange}
        style={style}
      />
    );
  }
  if (field?.labels || type === 'boolean') {
    const options: { value: Scalar; label: string }[] = field?.labels
      ? Object.entries(field.labels).map(([value, text]) => ({ value, label: text }))
      : [
          { value: true, label: t('reports.value.true') },
          { value: false, label: t('reports.value.false') },
        ];
    return filter.op === 'in' ? (
      <Select aria-label={label} mode="multiple" value={list(filter.value)} options={options} onChange={(value: Scalar[]) => onChange(value)} style={style} />
    ) : (
      <Select aria-label={label} value={single(filter.value)} options={options} onChange={(value: Scalar) => onChange(value)} style={style} />
    );
  }
  if (filter.op === 'in') {
    return <Select aria-label={label} mode="tags" value={list(filter.value)} onChange={(value: Scalar[]) => onChange(value)} style={style} open={false} />;
  }
  if (type === 'number') {
    const value = single(filter.value);
    return <InputNumber aria-label={label} value={typeof value === 'number' ? value : null} onChange={(next) => onChange(next ?? undefined)} style={style} />;
  }
  if (type === 'money') {
    const value = single(filter.value);
    return (
      <Input
        aria-label={label}
        prefix="¥"
        defaultValue={typeof value === 'number' ? fenToYuanText(value) : ''}
        onChange={(event) => onChange(yuanTextToFen(event.target.value))}
        style={style}
      />
    );
  }
  if (type === 'date' || type === 'time') {
    const value = single(filter.value);
    const day = typeof value === 'string' ? (type === 'time' ? dayjs.utc(value).tz(tenant.timeZone) : dayjs(value)) : null;
    return (
      <DatePicker
        aria-label={label}
        value={day}
        onChange={(next) => {
          if (!next) return onChange(undefined);
          const text = next.format('YYYY-MM-DD');
          onChange(type === 'time' ? dayjs.tz(text, tenant.timeZone).toISOString() : text);
        }}
        style={style}
      />
    );
  }
  const value = single(filter.value);
  return <Input aria-label={label} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value || undefined)} style={style} />;
}
