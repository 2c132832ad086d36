import { theme } from 'antd';
import { PluginIcon } from '../../extensions/plugin-icon.tsx';

/** The module's icon (its manifest's name from the known list) on a tinted square. */
export function ListingIcon({ name, size = 48 }: { name: string | null; size?: number }) {
  const { token } = theme.useToken();
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        flex: 'none',
        width: size,
        height: size,
        borderRadius: token.borderRadiusLG,
        background: token.colorPrimaryBg,
        color: token.colorPrimary,
        fontSize: Math.round(size / 2),
      }}
    >
      <PluginIcon name={name} />
    </span>
  );
}
