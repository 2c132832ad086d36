import { App } from 'antd';
import { useState } from 'react';
import { cancelOrder, type ModuleOrderView } from '../../api/market-api.ts';
import { problemMessageKey, useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';

/** 取消 a pending order; the page reloads whatever the answer (another tab or the operator may have moved it). */
export function useCancelOrder(onDone: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [cancelling, setCancelling] = useState<string | undefined>(undefined);
  const cancel = async (order: Pick<ModuleOrderView, 'id' | 'number'>) => {
    setCancelling(order.id);
    try {
      await cancelOrder(order.id);
      message.destroy(problemMessageKey);
      void message.success(t('market.order.cancelled', { number: order.number }));
    } catch (error) {
      showProblem(error);
    } finally {
      setCancelling(undefined);
      onDone();
    }
  };
  return { cancelling, cancel };
}
