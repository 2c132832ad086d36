import { App } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import { type CustomFieldView, deleteCustomField, updateCustomField } from '../../../api/custom-fields-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { movedSortOrders } from './custom-field-order.ts';

const inUseCode = 'custom-field-in-use';

/**
 * The field table's direct actions: enable/disable, up/down and delete (confirmed; refused while records
 * hold values, when disabling is offered instead). `afterChange` reloads the fields; `busyId` is the
 * field whose change is on its way.
 */
export function useCustomFieldActions(fields: readonly CustomFieldView[], afterChange: () => void) {
  const { t, locale } = useI18n();
  const { message, modal } = App.useApp();
  const showProblem = useShowProblem();
  const [busyId, setBusyId] = useState<string | undefined>(undefined);

  const runOn = useCallback(
    async (field: CustomFieldView, work: () => Promise<unknown>, done?: string) => {
      setBusyId(field.id);
      try {
        await work();
        if (done) void message.success(done);
      } catch (error) {
        showProblem(error);
      } finally {
        setBusyId(undefined);
        afterChange();
      }
    },
    [afterChange, message, showProblem],
  );

  const setEnabled = (field: CustomFieldView, enabled: boolean) =>
    runOn(
      field,
      () => updateCustomField(field.id, { disabled: !enabled }),
      t(enabled ? 'custom-fields.enabled-done' : 'custom-fields.disabled-done', { title: field.title[locale] }),
    );

  const move = (field: CustomFieldView, direction: -1 | 1) =>
    runOn(field, async () => {
      for (const { id, sortOrder } of movedSortOrders(fields, field.id, direction)) await updateCustomField(id, { sortOrder });
    });

  /** The server's "still in use" answer, with disabling offered when the field is not disabled yet. */
  const offerDisabling = (field: CustomFieldView, error: ApiError) => {
    const content = error.detail ?? error.title;
    if (field.disabled) {
      modal.warning({ title: error.title, content, okText: t('common.close') });
      return;
    }
    modal.confirm({
      title: error.title,
      content,
      okText: t('custom-fields.delete.disable-instead'),
      cancelText: t('common.cancel'),
      onOk: () => setEnabled(field, false),
    });
  };

  const remove = (field: CustomFieldView) => {
    const title = field.title[locale];
    modal.confirm({
      title: t('custom-fields.delete.confirm', { title }),
      content: t('custom-fields.delete.detail'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        setBusyId(field.id);
        try {
          await deleteCustomField(field.id);
          void message.success(t('custom-fields.deleted', { title }));
          afterChange();
        } catch (error) {
          if (error instanceof ApiError && error.code === inUseCode) offerDisabling(field, error);
          else showProblem(error);
        } finally {
          setBusyId(undefined);
        }
      },
    });
  };

  return { busyId, setEnabled, move, remove };
}
