import type { WidgetProps } from '@rjsf/utils';
import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { dayjs } from '../../../format/dayjs-setup.ts';
import { dateTimeFormat } from '../../../format/format-date-time.ts';
import { defaultTimeZone } from '../../../format/time-zone-options.ts';

const wallClock = 'YYYY-MM-DD HH:mm:ss';

function timeZoneOf(formContext: unknown): string {
  if (typeof formContext !== 'object' || formContext === null || !('timeZone' in formContext)) return defaultTimeZone;
  return typeof formContext.timeZone === 'string' ? formContext.timeZone : defaultTimeZone;
}

/**
 * A time picked on the company's clock (its time zone, not the browser's), kept as an ISO instant. The
 * picker works on wall-clock times; the zone is applied when reading and writing the value.
 */
export function DateTimeWidget({ id, value, disabled, readonly, placeholder, registry, onChange, onBlur }: WidgetProps) {
  const timeZone = timeZoneOf(registry.formContext);
  const instant = typeof value === 'string' && value ? dayjs.utc(value) : undefined;
  const shown = instant?.isValid() ? dayjs(instant.tz(timeZone).format(wallClock)) : null;
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      format={dateTimeFormat}
      value={shown}
      placeholder={placeholder}
      disabled={disabled || readonly}
      onChange={(picked: Dayjs | null) =>
        onChange(picked ? dayjs.tz(picked.format(wallClock), timeZone).toISOString() : undefined)
      }
      onBlur={() => onBlur(id, value)}
      style={{ width: '100%' }}
    />
  );
}
