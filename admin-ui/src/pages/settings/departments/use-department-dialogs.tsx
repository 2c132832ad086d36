import { App } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import {
  createDepartment,
  deleteDepartment,
  type DepartmentView,
  updateDepartment,
} from '../../../api/departments-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { DepartmentAction } from './department-actions.tsx';
import { DepartmentMoveModal } from './department-move-modal.tsx';
import { DepartmentNameModal } from './department-name-modal.tsx';

type Dialog =
  | { kind: 'create'; parent: DepartmentView | null }
  | { kind: 'rename' | 'move'; department: DepartmentView };

/**
 * The departments page's dialogs (new, rename, move) and its direct actions (delete, move by drag);
 * `afterChange` reloads the tree. Returns the open dialog to render.
 */
export function useDepartmentDialogs(departments: readonly DepartmentView[], afterChange: () => void) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const showProblem = useShowProblem();
  const [dialog, setDialog] = useState<Dialog | undefined>(undefined);
  const close = () => setDialog(undefined);

  const done = (text: string) => {
    void message.success(text);
    setDialog(undefined);
    afterChange();
  };

  const move = useCallback(
    async (department: DepartmentView, parentId: string | null) => {
      await updateDepartment(department.id, { parentId });
      void message.success(t('settings.departments.moved', { name: department.name }));
      setDialog(undefined);
      afterChange();
    },
    [afterChange, message, t],
  );

  const onAction = useCallback(
    (action: DepartmentAction, department: DepartmentView) => {
      if (action === 'add-child') return setDialog({ kind: 'create', parent: department });
      if (action === 'rename' || action === 'move') return setDialog({ kind: action, department });
      modal.confirm({
        title: t('settings.departments.delete.confirm', { name: department.name }),
        content: t('settings.departments.delete.detail'),
        okText: t('common.delete'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: async () => {
          try {
            await deleteDepartment(department.id);
            void message.success(t('settings.departments.deleted', { name: department.name }));
            afterChange();
          } catch (error) {
            showProblem(error);
          }
        },
      });
    },
    [afterChange, message, modal, showProblem, t],
  );

  const onDragMove = useCallback(
    (department: DepartmentView, parentId: string | null) => move(department, parentId).catch(showProblem),
    [move, showProblem],
  );

  let rendered: ReactNode = null;
  if (dialog?.kind === 'create') {
    const { parent } = dialog;
    rendered = (
      <DepartmentNameModal
        title={
          parent ? t('settings.departments.add-child.title', { name: parent.name }) : t('settings.departments.new')
        }
        initialName=""
        onClose={close}
        save={async (name) => {
          await createDepartment({ name, parentId: parent?.id ?? null });
          done(t('settings.departments.created', { name }));
        }}
      />
    );
  } else if (dialog?.kind === 'rename') {
    const { department } = dialog;
    rendered = (
      <DepartmentNameModal
        title={t('settings.departments.rename.title', { name: department.name })}
        initialName={department.name}
        onClose={close}
        save={async (name) => {
          await updateDepartment(department.id, { name });
          done(t('settings.departments.renamed', { name }));
        }}
      />
    );
  } else if (dialog?.kind === 'move') {
    rendered = (
      <DepartmentMoveModal
        department={dialog.department}
        departments={departments}
        onClose={close}
        move={(parentId) => move(dialog.department, parentId)}
      />
    );
  }

  return { dialog: rendered, openCreate: () => setDialog({ kind: 'create', parent: null }), onAction, onDragMove };
}
