import { Alert, Descriptions, Flex, Typography } from 'antd';
import type { BankTransferInstructions } from '../../api/market-api.ts';
import { formatFen } from '../../format/format-fen.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { CopyableCode } from './copyable-code.tsx';

/**
 * How to pay a pending order: the platform's account and the order number as the transfer's reference.
 * Until the platform has set its bank details, the server says so instead of an account.
 */
export function BankTransfer({ instructions }: { instructions: BankTransferInstructions }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={12} data-testid="bank-transfer">
      {instructions.configured ? null : <Alert type="warning" showIcon title={t('market.bank.not-configured')} />}
      <Descriptions bordered size="small" column={1} styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('market.bank.amount')}>
          <Typography.Text strong style={{ color: '#cf1322', fontSize: 16 }}>
            {formatFen(instructions.amountFen)}
          </Typography.Text>
        </Descriptions.Item>
        {/* without the platform's bank details the three fields only repeat the warning above */}
        {instructions.configured ? (
          <>
            <Descriptions.Item label={t('market.bank.account-name')}>{instructions.accountName}</Descriptions.Item>
            <Descriptions.Item label={t('market.bank.bank-name')}>{instructions.bankName}</Descriptions.Item>
            <Descriptions.Item label={t('market.bank.account')}>
              <CopyableCode text={instructions.account} />
            </Descriptions.Item>
          </>
        ) : null}
        <Descriptions.Item label={t('market.bank.reference')}>
          <CopyableCode text={instructions.reference} testId="bank-reference" />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {instructions.text}
      </Typography.Paragraph>
    </Flex>
  );
}
