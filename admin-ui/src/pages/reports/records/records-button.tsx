import { UnorderedListOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { RecordsDrawer, type RecordsScope } from './records-drawer.tsx';

/** 查看明细 and the drawer it opens, for the records behind what is shown now. */
export function RecordsButton({ scope }: { scope: RecordsScope }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UnorderedListOutlined />} onClick={() => setOpen(true)} data-testid="records-button">
        {t('reports.records.button')}
      </Button>
      {open ? <RecordsDrawer scope={scope} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
