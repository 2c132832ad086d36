import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton } from 'antd';
import { useAbility } from '../../../access/use-ability.ts';
import { useDepartments } from '../../../access/use-departments.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { useListParams } from '../../../hooks/use-list-params.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { DepartmentMembers } from './department-members.tsx';
import { DepartmentTreeView } from './department-tree-view.tsx';
import { useDepartmentDialogs } from './use-department-dialogs.tsx';

const filterKeys = ['departmentId'] as const;

/** 组织架构: the department tree on the left, the chosen department's members on the right. */
export default function DepartmentsPage() {
  const { t } = useI18n();
  const ability = useAbility();
  const { departments, reload } = useDepartments();
  const { query, update } = useListParams(filterKeys);
  const { dialog, openCreate, onAction, onDragMove } = useDepartmentDialogs(departments ?? [], reload);
  const selectedId = typeof query.departmentId === 'string' ? query.departmentId : undefined;
  const selected = departments?.find((department) => department.id === selectedId);

  const create = ability.can('create', 'Department') ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
      {t('settings.departments.new')}
    </Button>
  ) : null;

  let tree;
  if (!departments) {
    tree = <Skeleton active paragraph={{ rows: 8 }} />;
  } else if (departments.length === 0) {
    tree = (
      <ListEmpty
        title={t('settings.departments.empty.title')}
        description={t('settings.departments.empty.description')}
        action={create}
      />
    );
  } else {
    tree = (
      <DepartmentTreeView
        departments={departments}
        selectedId={selectedId}
        canMove={ability.can('update', 'Department')}
        onSelect={(id) => update({ departmentId: id })}
        onAction={onAction}
        onMove={onDragMove}
      />
    );
  }

  return (
    <>
      <PageTitle title={t('shell.menu.departments')} extra={create} />
      <Row gutter={16}>
        <Col xs={24} lg={10} xl={9}>
          <Card variant="borderless" title={t('settings.departments.tree.title')}>
            {tree}
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          {selected && ability.can('read', 'Member') ? (
            <DepartmentMembers title={t('settings.departments.members.title', { name: selected.name })} />
          ) : (
            <Card variant="borderless">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settings.departments.members.pick')} />
            </Card>
          )}
        </Col>
      </Row>
      {dialog}
    </>
  );
}
