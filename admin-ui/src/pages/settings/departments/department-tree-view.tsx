import { Flex, Tree, type TreeDataNode, type TreeProps, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { DepartmentView } from '../../../api/departments-api.ts';
import { buildDepartmentTree, type DepartmentNode } from '../../../access/department-tree.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { DepartmentActions, type DepartmentAction } from './department-actions.tsx';

/**
 * The organization as a tree: name, member count and the node's actions. Dragging a department onto
 * another makes it a sub-department; dropping it between two makes it their sibling.
 */
export function DepartmentTreeView({
  departments,
  selectedId,
  canMove,
  onSelect,
  onAction,
  onMove,
}: {
  departments: readonly DepartmentView[];
  selectedId: string | undefined;
  canMove: boolean;
  onSelect: (id: string | undefined) => void;
  onAction: (action: DepartmentAction, department: DepartmentView) => void;
  onMove: (department: DepartmentView, parentId: string | null) => void;
}) {
  const { t } = useI18n();
  // Everything starts open; only what the user folds stays folded, so new departments show at once.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const expandedKeys = departments.map((department) => department.id).filter((id) => !collapsed.has(id));
  const treeData = useMemo(() => {
    const toNode = ({ department, children }: DepartmentNode): TreeDataNode => ({
      key: department.id,
      title: (
        <Flex justify="space-between" align="center" gap={8} data-testid={`department-${department.name}`}>
          <Typography.Text ellipsis>{department.name}</Typography.Text>
          <Flex align="center" gap={4}>
            <Typography.Text type="secondary">
              {t('settings.departments.member-count', { count: department.memberCount })}
            </Typography.Text>
            <DepartmentActions department={department} onAction={onAction} />
          </Flex>
        </Flex>
      ),
      children: children.map(toNode),
    });
    return buildDepartmentTree(departments).map(toNode);
  }, [departments, onAction, t]);

  const onDrop: TreeProps['onDrop'] = ({ node, dragNode, dropToGap }) => {
    const dragged = departments.find((department) => department.id === dragNode.key);
    const target = departments.find((department) => department.id === node.key);
    if (!dragged || !target) return;
    const parentId = dropToGap ? target.parentId : target.id;
    if (parentId !== dragged.parentId) onMove(dragged, parentId);
  };

  return (
    <Tree
      blockNode
      expandedKeys={expandedKeys}
      onExpand={(keys) => {
        const open = new Set(keys.map(String));
        setCollapsed(new Set(departments.map((department) => department.id).filter((id) => !open.has(id))));
      }}
      showLine
      draggable={canMove ? { icon: false } : false}
      treeData={treeData}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => onSelect(keys[0] === undefined ? undefined : String(keys[0]))}
      onDrop={onDrop}
    />
  );
}
