import { ArrowDownOutlined, ArrowUpOutlined, MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, type MenuProps, Switch, Tag, Tooltip, Tree, type TreeDataNode, type TreeProps, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { OptionView } from '../../../api/option-sets-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { localizedText } from './localized-text.ts';
import { buildOptionTree, dropPlacement, type OptionNode, siblingValues } from './option-tree.ts';

export type OptionAction = 'add-child' | 'edit' | 'delete' | 'up' | 'down' | 'enable' | 'disable';

/** A move of `value` under `parentValue`, its siblings there in `order`. */
export interface OptionMove {
  value: string;
  parentValue: string | null;
  order: string[];
}

function ColorDot({ color }: { color: string | null }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 12,
        height: 12,
        borderRadius: 6,
        background: color ?? 'transparent',
        border: color ? 'none' : '1px dashed #d9d9d9',
        flex: 'none',
      }}
    />
  );
}

/**
 * The set's options as a tree: color, label, value, state and, for those who may change the set, the
 * node's actions (up/down, enabled switch, add child, edit, delete). Dragging an option onto another makes
 * it a sub-option; dropping it between two puts it there.
 */
export function OptionTreeView({
  options,
  canUpdate,
  onAction,
  onMove,
}: {
  options: readonly OptionView[];
  canUpdate: boolean;
  onAction: (action: OptionAction, option: OptionView) => void;
  onMove: (move: OptionMove) => void;
}) {
  const { t, locale } = useI18n();
  // everything starts open; only what the user folds stays folded
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const expandedKeys = options.map((option) => option.value).filter((value) => !collapsed.has(value));

  const treeData = useMemo(() => {
    const menu: MenuProps['items'] = [
      { key: 'add-child', label: t('settings.option-sets.option.add-child') },
      { key: 'edit', label: t('common.edit') },
      { key: 'delete', label: t('common.delete'), danger: true },
    ];
    const toNode = ({ option, children }: OptionNode): TreeDataNode => {
      const siblings = siblingValues(options, option.parentValue);
      const index = siblings.indexOf(option.value);
      const name = localizedText(option.label, locale);
      return {
        key: option.value,
        title: (
          <Flex justify="space-between" align="center" gap={8} data-testid={`option-${option.value}`}>
            <Flex align="center" gap={8} style={{ minWidth: 0 }}>
              <ColorDot color={option.color} />
              <Typography.Text ellipsis type={option.disabled ? 'secondary' : undefined} delete={option.disabled}>
                {name}
              </Typography.Text>
              <Typography.Text type="secondary" code>
                {option.value}
              </Typography.Text>
              {option.disabled ? <Tag>{t('settings.option-sets.option.disabled-tag')}</Tag> : null}
              {option.declared ? <Tag color="blue">{t('settings.option-sets.option.declared-tag')}</Tag> : null}
            </Flex>
            {canUpdate ? (
              <Flex align="center" gap={4} onClick={(event) => event.stopPropagation()}>
                <Tooltip title={t('settings.option-sets.option.up')}>
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowUpOutlined />}
                    disabled={index <= 0}
                    aria-label={t('settings.option-sets.option.up-of', { name })}
                    onClick={() => onAction('up', option)}
                  />
                </Tooltip>
                <Tooltip title={t('settings.option-sets.option.down')}>
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowDownOutlined />}
                    disabled={index < 0 || index >= siblings.length - 1}
                    aria-label={t('settings.option-sets.option.down-of', { name })}
                    onClick={() => onAction('down', option)}
                  />
                </Tooltip>
                <Tooltip title={option.disabled ? t('settings.option-sets.option.enable') : t('settings.option-sets.option.disable')}>
                  <Switch
                    size="small"
                    checked={!option.disabled}
                    aria-label={t('settings.option-sets.option.enabled-of', { name })}
                    onChange={(checked) => onAction(checked ? 'enable' : 'disable', option)}
                  />
                </Tooltip>
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: menu,
                    onClick: ({ key, domEvent }) => {
                      domEvent.stopPropagation();
                      // the menu's keys are the actions listed above
                      onAction(key as OptionAction, option);
                    },
                  }}
                >
                  <Button
                    type="text"
                    size="small"
                    icon={<MoreOutlined />}
                    aria-label={t('settings.option-sets.option.actions', { name })}
                    data-testid={`option-actions-${option.value}`}
                  />
                </Dropdown>
              </Flex>
            ) : null}
          </Flex>
        ),
        children: children.map(toNode),
      };
    };
    return buildOptionTree(options).map(toNode);
  }, [options, canUpdate, onAction, locale, t]);

  const onDrop: TreeProps['onDrop'] = ({ node, dragNode, dropToGap, dropPosition }) => {
    const target = String(node.key);
    // antd's dropPosition counts from the target's index among its siblings: -1 means before it
    const nodeIndex = Number(node.pos.split('-').at(-1));
    const placement = dropPlacement(options, String(dragNode.key), target, !dropToGap, dropPosition - nodeIndex < 0);
    if (placement) onMove({ value: String(dragNode.key), ...placement });
  };

  return (
    <Tree
      blockNode
      showLine
      selectable={false}
      expandedKeys={expandedKeys}
      onExpand={(keys) => {
        const open = new Set(keys.map(String));
        setCollapsed(new Set(options.map((option) => option.value).filter((value) => !open.has(value))));
      }}
      draggable={canUpdate ? { icon: false } : false}
      treeData={treeData}
      onDrop={onDrop}
    />
  );
}
