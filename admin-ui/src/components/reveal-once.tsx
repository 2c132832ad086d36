import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Typography, theme } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import { copyText } from './copy-text.ts';

/** A secret (accept link, API token) the server returns only once: show it with a copy button. */
export function RevealOnce({ label, value, warning }: { label: string; value: string; warning: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [isCopied, setIsCopied] = useState(false);

  const onCopy = async () => {
    if (await copyText(value)) {
      setIsCopied(true);
      void message.success(t('common.copied'));
    } else {
      void message.warning(t('common.copy-failed'));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Alert type="warning" showIcon title={warning} />
      <Typography.Text strong>{label}</Typography.Text>
      <div
        data-testid="reveal-once-value"
        style={{
          fontFamily: token.fontFamilyCode,
          wordBreak: 'break-all',
          padding: '8px 12px',
          background: token.colorFillTertiary,
          borderRadius: token.borderRadius,
          userSelect: 'all',
        }}
      >
        {value}
      </div>
      <Flex>
        <Button icon={isCopied ? <CheckOutlined /> : <CopyOutlined />} onClick={onCopy}>
          {isCopied ? t('common.copied') : t('common.copy')}
        </Button>
      </Flex>
    </Flex>
  );
}
