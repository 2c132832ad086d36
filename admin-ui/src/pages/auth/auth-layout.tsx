import { AppstoreFilled } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { LanguageSwitch } from '../../shell/language-switch.tsx';

/**
 * Sign-in, sign-up and accept-invitation frame; one narrow column that also fits a phone. `aside` goes
 * above the form's card (the sign-in page's plugin widgets).
 */
export function AuthLayout({ title, aside, children }: { title: string; aside?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  useDocumentTitle(title);
  return (
    <Flex vertical style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <Flex justify="flex-end" style={{ padding: '8px 12px' }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical align="center" style={{ flex: 1, padding: '16px 16px 48px' }}>
        <Flex align="center" gap={10} style={{ marginBottom: 4 }}>
          <AppstoreFilled style={{ fontSize: 30, color: '#1677ff' }} />
          <Typography.Title level={2} style={{ margin: 0 }}>
            Tessera
          </Typography.Title>
        </Flex>
        <Typography.Text type="secondary" style={{ marginBottom: 24, textAlign: 'center' }}>
          {t('auth.tagline')}
        </Typography.Text>
        {aside}
        <Card style={{ width: '100%', maxWidth: 420 }} title={title}>
          {children}
        </Card>
      </Flex>
    </Flex>
  );
}
