import { Alert, Descriptions, Form, Input, Modal } from 'antd';
import { formatFen } from '../../format/format-fen.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { confirmOperatorOrder, type OperatorOrderView, rejectOperatorOrder } from '../api/operator-market-api.ts';

export type OrderDecision = 'confirm' | 'reject';

/**
 * 确认收款 (the transfer arrived; a note such as the bank's reference is optional) or 驳回 (no payment;
 * the reason is required and goes to the company's admins).
 */
export function OrderDecisionDialog({
  order,
  decision,
  onClose,
  onDone,
}: {
  order: OperatorOrderView;
  decision: OrderDecision;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ text?: string }>();
  const showProblem = useShowProblem();
  const [submitting, run] = useSubmit();
  const isConfirm = decision === 'confirm';

  const onFinish = ({ text }: { text?: string }) =>
    run(async () => {
      try {
        if (isConfirm) await confirmOperatorOrder(order, text?.trim() ?? '');
        else await rejectOperatorOrder(order, text?.trim() ?? '');
        onDone();
      } catch (error) {
        showProblem(error, { form, fields: ['text'], fieldMap: { note: 'text', reason: 'text' } });
      }
    });

  return (
    <Modal
      open
      title={t(isConfirm ? 'operator.payments.confirm.title' : 'operator.payments.reject.title', { number: order.number })}
      okText={t(isConfirm ? 'operator.payments.confirm' : 'operator.payments.reject')}
      okButtonProps={{ danger: !isConfirm, loading: submitting }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('operator.payments.column.company')}>{order.companyName}</Descriptions.Item>
        <Descriptions.Item label={t('market.order.column.number')}>{order.number}</Descriptions.Item>
        <Descriptions.Item label={t('market.order.column.amount')}>{formatFen(order.amountFen)}</Descriptions.Item>
      </Descriptions>
      <Alert
        type={isConfirm ? 'info' : 'warning'}
        showIcon
        style={{ marginBottom: 16 }}
        title={t(isConfirm ? 'operator.payments.confirm.hint' : 'operator.payments.reject.hint', {
          amount: formatFen(order.amountFen),
          number: order.number,
        })}
      />
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="text"
          label={t(isConfirm ? 'operator.payments.note' : 'operator.reason')}
          rules={isConfirm ? [] : [{ required: true, whitespace: true, message: t('operator.reason.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t(isConfirm ? 'operator.payments.note.placeholder' : 'operator.payments.reject.placeholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
