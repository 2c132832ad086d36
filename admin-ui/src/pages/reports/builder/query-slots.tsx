import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import { Button, Flex, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { DatasetField } from '../reports-api.ts';
import { isNumeric, isTimed, measureOpsFor, timeGrains } from './field-rules.ts';
import type { ProblemSlots } from './problem-slots.ts';
import { ProblemText } from './problem-text.tsx';
import { type ReportDraft, maxDimensions, removeAt, replaceAt, withMeasureOp } from './report-draft.ts';

export type SlotList = 'dimensions' | 'measures';

interface Props {
  draft: ReportDraft;
  fields: Map<string, DatasetField>;
  problems: ProblemSlots;
  onChange: (draft: ReportDraft) => void;
}

function DropSlot({ id, title, empty, problems, children }: { id: SlotList; title: string; empty: string; problems: string[] | undefined; children: ReactNode[] }) {
  const { isOver, setNodeRef } = useDroppable({ id });
  const classes = ['report-builder-slot', isOver ? 'is-over' : '', problems ? 'has-problem' : ''].filter(Boolean).join(' ');
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{title}</Typography.Text>
      <div ref={setNodeRef} className={classes} data-testid={`slot-${id}`}>
        {children.length === 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {empty}
          </Typography.Text>
        ) : (
          <Flex vertical gap={6}>
            {children}
          </Flex>
        )}
      </div>
      <ProblemText messages={problems} />
    </Flex>
  );
}

interface ChipProps {
  title: string;
  testId: string;
  onRemove: () => void;
  problems: string[] | undefined;
  children?: ReactNode;
  /** A line of its own under the title and controls (a ratio's divisor). */
  below?: ReactNode;
}

function Chip({ title, testId, onRemove, problems, children, below }: ChipProps) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={2}>
      <div className="report-builder-chip" data-testid={testId}>
        <Typography.Text style={{ flex: 1, minWidth: 80 }}>{title}</Typography.Text>
        {children}
        <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('reports.builder.remove')} onClick={onRemove} />
        {below ? <div style={{ flexBasis: '100%' }}>{below}</div> : null}
      </div>
      <ProblemText messages={problems} />
    </Flex>
  );
}

/** 维度 and 指标: the fields the report groups by (with a grain for times) and what it totals. */
export function QuerySlots({ draft, fields, problems, onChange }: Props) {
  const { t } = useI18n();
  const titleOf = (key: string | undefined) => (key ? (fields.get(key)?.title ?? key) : t('reports.measure.rows'));
  const numericFields = [...fields.values()].filter((field) => isNumeric(field.type));
  return (
    <Flex vertical gap={16}>
      <DropSlot
        id="dimensions"
        title={`${t('reports.builder.dimensions')} (${draft.dimensions.length}/${maxDimensions})`}
        empty={t('reports.builder.dimensions.empty')}
        problems={problems.dimensions}
      >
        {draft.dimensions.map((dimension, index) => {
          const type = fields.get(dimension.field)?.type ?? 'string';
          return (
            <Chip
              key={`${dimension.field}-${index}`}
              title={titleOf(dimension.field)}
              testId={`dimension-${index}`}
              problems={problems[`dimensions.${index}`]}
              onRemove={() => onChange(removeAt(draft, 'dimensions', index))}
            >
              {isTimed(type) ? (
                <Select
                  size="small"
                  aria-label={t('reports.builder.grain')}
                  value={dimension.grain ?? 'day'}
                  options={timeGrains.map((grain) => ({ value: grain, label: t(`reports.grain.${grain}`) }))}
                  onChange={(grain) => onChange(replaceAt(draft, 'dimensions', index, { ...dimension, grain }))}
                  style={{ width: 96 }}
                />
              ) : null}
            </Chip>
          );
        })}
      </DropSlot>
      <DropSlot id="measures" title={t('reports.builder.measures')} empty={t('reports.builder.measures.empty')} problems={problems.measures}>
        {draft.measures.map((measure, index) => {
          const field = measure.field ? fields.get(measure.field) : undefined;
          const ops = measure.field ? measureOpsFor(field?.type ?? 'string') : (['count'] as const);
          return (
            <Chip
              key={`${measure.field ?? '*'}-${index}`}
              title={titleOf(measure.field)}
              testId={`measure-${index}`}
              problems={problems[`measures.${index}`]}
              onRemove={() => onChange(removeAt(draft, 'measures', index))}
              below={
                measure.op === 'ratio' ? (
                  <Flex align="center" gap={6}>
                    <Typography.Text type="secondary">{t('reports.builder.over')}</Typography.Text>
                    <Select
                      size="small"
                      aria-label={t('reports.builder.over')}
                      placeholder={t('reports.builder.over.placeholder')}
                      value={measure.over}
                      options={numericFields.map((candidate) => ({ value: candidate.key, label: candidate.title }))}
                      onChange={(over: string) => onChange(replaceAt(draft, 'measures', index, { ...measure, over }))}
                      style={{ flex: 1, minWidth: 120 }}
                      data-testid={`measure-${index}-over`}
                    />
                  </Flex>
                ) : undefined
              }
            >
              <Select
                size="small"
                aria-label={t('reports.builder.op')}
                value={measure.op}
                options={ops.map((op) => ({ value: op, label: t(`reports.measure.${op}`) }))}
                onChange={(op) => onChange(replaceAt(draft, 'measures', index, withMeasureOp(measure, op, numericFields)))}
                style={{ width: 112 }}
              />
            </Chip>
          );
        })}
      </DropSlot>
      {!draft.measures.some((measure) => measure.field === undefined) ? (
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => onChange({ ...draft, measures: [...draft.measures, { op: 'count' }], sort: undefined })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('reports.builder.measures.add-count')}
        </Button>
      ) : null}
    </Flex>
  );
}
