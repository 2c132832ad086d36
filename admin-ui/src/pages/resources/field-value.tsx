import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { fieldDisplayOf, type FieldFormat } from './field-display.ts';
import type { FieldOption, ResourceFieldType } from './resource-fields.ts';

const empty = '-';
const mono = { fontFamily: 'monospace' };

/**
 * One value as the screens show it (see `fieldDisplayOf`). In a table long text is cut to one line with
 * a tooltip; `isWrapped` shows it whole, its line breaks kept, where there is room (a detail block).
 */
export function FieldValue({
  type,
  options,
  value,
  format,
  isWrapped = false,
}: {
  type: ResourceFieldType;
  options: readonly FieldOption[] | undefined;
  value: unknown;
  format: FieldFormat;
  isWrapped?: boolean;
}): ReactNode {
  const display = fieldDisplayOf(type, options, value, format);
  switch (display.kind) {
    case 'empty':
      return empty;
    case 'tags':
      if (display.labels.length === 1) return <Tag style={{ marginInlineEnd: 0 }}>{display.labels[0]}</Tag>;
      return (
        <Flex gap={4} wrap>
          {display.labels.map((label, index) => (
            <Tag key={`${index}:${label}`} style={{ marginInlineEnd: 0 }}>
              {label}
            </Tag>
          ))}
        </Flex>
      );
    case 'money':
      return <span style={display.isNegative ? { color: '#cf1322' } : undefined}>{display.text}</span>;
    case 'id':
      return (
        <Typography.Text copyable={{ text: display.text }} style={mono} ellipsis>
          {display.short}
        </Typography.Text>
      );
    case 'text':
      if (isWrapped) return <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{display.text}</span>;
      return (
        <Typography.Text ellipsis={{ tooltip: display.text }} style={{ maxWidth: 320 }}>
          {display.text}
        </Typography.Text>
      );
    case 'plain':
      return display.text;
  }
}
