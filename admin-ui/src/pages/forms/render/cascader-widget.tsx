import type { WidgetProps } from '@rjsf/utils';
import { Cascader } from 'antd';
import { useMemo } from 'react';
import { type CascaderChoice, cascaderPathOf, cascaderTreeOf } from './cascader-tree.ts';

function parentOf(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null || !('x-parent' in schema)) return undefined;
  return typeof schema['x-parent'] === 'string' ? schema['x-parent'] : undefined;
}

/**
 * `x-widget: 'cascader'`: a hierarchical option set picked level by level, from the expanded `oneOf`
 * (each choice names its parent in `x-parent`). Any level may be chosen; the value is that option's.
 */
export function CascaderWidget({ id, value, options, disabled, readonly, placeholder, onChange, onBlur }: WidgetProps) {
  const choices = useMemo<CascaderChoice[]>(
    () =>
      (options.enumOptions ?? []).map((option) => ({
        value: String(option.value),
        label: option.label,
        parent: parentOf(option.schema),
      })),
    [options.enumOptions],
  );
  const tree = useMemo(() => cascaderTreeOf(choices), [choices]);
  return (
    <Cascader
      id={id}
      data-testid="cascader-widget"
      options={tree}
      value={cascaderPathOf(choices, value)}
      changeOnSelect
      showSearch
      disabled={disabled || readonly}
      placeholder={placeholder}
      onChange={(path) => onChange(path && path.length > 0 ? String(path[path.length - 1]) : undefined)}
      onBlur={() => onBlur(id, value)}
      style={{ width: '100%' }}
    />
  );
}
