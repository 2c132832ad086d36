import { Form, Modal, TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { DepartmentView } from '../../../api/departments-api.ts';
import { buildDepartmentTree, departmentTreeOptions, subtreeIds } from '../../../access/department-tree.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';

/** The TreeSelect value of "no parent" (a top-level department). */
const topLevel = '';

interface MoveValues {
  parentId: string;
}

/** Moves a department under another one (not under itself or its own sub-departments) or to the top. */
export function DepartmentMoveModal({
  department,
  departments,
  move,
  onClose,
}: {
  department: DepartmentView;
  departments: readonly DepartmentView[];
  move: (parentId: string | null) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<MoveValues>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();
  const treeData = useMemo(
    () => [
      {
        value: topLevel,
        title: t('settings.departments.parent.top'),
        children: departmentTreeOptions(buildDepartmentTree(departments), subtreeIds(departments, department.id)),
      },
    ],
    [departments, department.id, t],
  );

  const onFinish = (values: MoveValues) =>
    run(async () => {
      try {
        await move(values.parentId === topLevel ? null : values.parentId);
      } catch (error) {
        showProblem(error, { form, fields: ['parentId'] });
      }
    });

  return (
    <Modal
      open
      title={t('settings.departments.move.title', { name: department.name })}
      okText={t('settings.departments.move')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ parentId: department.parentId ?? topLevel }}
        onFinish={onFinish}
      >
        <Form.Item name="parentId" label={t('settings.departments.parent')}>
          <TreeSelect treeData={treeData} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
