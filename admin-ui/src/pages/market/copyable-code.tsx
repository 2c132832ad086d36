import { Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n.ts';

const monospace = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** An order number, account or reference: monospace and copyable (UI.md, "Formats"); a link with `to`. */
export function CopyableCode({ text, to, testId }: { text: string; to?: string; testId?: string }) {
  const { t } = useI18n();
  return (
    <Typography.Text
      copyable={{ text, tooltips: [t('common.copy'), t('common.copied')] }}
      data-testid={testId}
      style={{ fontFamily: monospace }}
    >
      {to ? <Link to={to}>{text}</Link> : text}
    </Typography.Text>
  );
}
