import { AppstoreFilled } from '@ant-design/icons';
import { Link } from 'react-router';
import { workbenchPath } from '../menu/core-menu.tsx';

export function ShellLogo({ collapsed }: { collapsed: boolean }) {
  return (
    <Link
      to={workbenchPath}
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: collapsed ? 'center' : 'flex-start',
        gap: 10,
        height: 64,
        padding: collapsed ? 0 : '0 24px',
        color: '#fff',
        fontSize: 18,
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      <AppstoreFilled style={{ fontSize: 22, color: '#1677ff' }} />
      {collapsed ? null : 'Tessera'}
    </Link>
  );
}
