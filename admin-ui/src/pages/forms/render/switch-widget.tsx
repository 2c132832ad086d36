import type { WidgetProps } from '@rjsf/utils';
import { Switch } from 'antd';

/** A yes/no field as a switch (开关), as people know it from phone settings. */
export function SwitchWidget({ id, value, disabled, readonly, label, onChange }: WidgetProps) {
  return (
    <Switch
      id={id}
      aria-label={label}
      checked={value === true}
      disabled={disabled || readonly}
      onChange={(checked) => onChange(checked)}
    />
  );
}
