import { App } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import {
  createOption,
  deleteOption,
  type OptionSetView,
  type OptionView,
  reorderOptions,
  updateOption,
} from '../../../api/option-sets-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { localizedText } from './localized-text.ts';
import { OptionFormModal } from './option-form-modal.tsx';
import { movedOrder, siblingValues } from './option-tree.ts';
import type { OptionAction, OptionMove } from './option-tree-view.tsx';

type Dialog = { kind: 'create'; parentValue: string | null } | { kind: 'edit'; option: OptionView };

/**
 * The set editor's option dialogs (new, edit) and direct actions (delete, up/down, enable/disable, drag);
 * `afterChange` reloads the set. Returns the open dialog to render.
 */
export function useOptionDialogs(set: OptionSetView | null | undefined, afterChange: () => void) {
  const { t, locale } = useI18n();
  const { message, modal } = App.useApp();
  const showProblem = useShowProblem();
  const [dialog, setDialog] = useState<Dialog | undefined>(undefined);
  const key = set?.key ?? '';
  const options = set?.options;

  const changed = useCallback(
    (text?: string) => {
      if (text) void message.success(text);
      setDialog(undefined);
      afterChange();
    },
    [afterChange, message],
  );

  const onAction = useCallback(
    (action: OptionAction, option: OptionView) => {
      const name = localizedText(option.label, locale);
      const run = (work: Promise<unknown>, text?: string) =>
        work.then(() => changed(text)).catch((error: unknown) => showProblem(error));
      switch (action) {
        case 'add-child':
          return setDialog({ kind: 'create', parentValue: option.value });
        case 'edit':
          return setDialog({ kind: 'edit', option });
        case 'enable':
        case 'disable':
          return void run(
            updateOption(key, option.value, { disabled: action === 'disable' }),
            t(`settings.option-sets.option.${action}-done`, { name }),
          );
        case 'up':
        case 'down': {
          const order = movedOrder(siblingValues(options ?? [], option.parentValue), option.value, action === 'up' ? -1 : 1);
          return void run(reorderOptions(key, option.parentValue, order));
        }
        case 'delete':
          return void modal.confirm({
            title: t('settings.option-sets.option.delete.confirm', { name }),
            content: t('settings.option-sets.option.delete.detail'),
            okText: t('common.delete'),
            okButtonProps: { danger: true },
            cancelText: t('common.cancel'),
            onOk: () => run(deleteOption(key, option.value), t('settings.option-sets.option.deleted', { name })),
          });
      }
    },
    [changed, key, locale, modal, options, showProblem, t],
  );

  const onMove = useCallback(
    ({ value, parentValue, order }: OptionMove) => {
      const current = options?.find((option) => option.value === value);
      const move = async () => {
        if (current && current.parentValue !== parentValue) await updateOption(key, value, { parentValue });
        await reorderOptions(key, parentValue, order);
      };
      // a refused move (a loop, or a change by someone else) still reloads, so the tree shows what is saved
      move()
        .then(() => changed())
        .catch((error: unknown) => {
          showProblem(error);
          afterChange();
        });
    },
    [afterChange, changed, key, options, showProblem],
  );

  let rendered: ReactNode = null;
  if (dialog && set) {
    const editing = dialog.kind === 'edit' ? dialog.option : undefined;
    rendered = (
      <OptionFormModal
        options={set.options}
        option={editing}
        parentValue={dialog.kind === 'create' ? dialog.parentValue : undefined}
        onClose={() => setDialog(undefined)}
        save={async (values) => {
          const label = { 'zh-CN': values.labelZh, 'en-US': values.labelEn };
          const parentValue = values.parentValue || null;
          if (editing) {
            await updateOption(key, editing.value, { label, color: values.color, parentValue, disabled: values.disabled });
            changed(t('settings.option-sets.option.saved', { name: values.labelZh }));
          } else {
            await createOption(key, { value: values.value, label, color: values.color, parentValue, disabled: values.disabled });
            changed(t('settings.option-sets.option.created', { name: values.labelZh }));
          }
        }}
      />
    );
  }

  return { dialog: rendered, openCreate: () => setDialog({ kind: 'create', parentValue: null }), onAction, onMove };
}
