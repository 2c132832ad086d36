import { Flex, Tooltip, Typography, theme } from 'antd';
import { formatFen } from '../../format/format-fen.ts';

const chartHeight = 160;

/**
 * Revenue per month as plain bars (no chart library: one series of at most 120 bars needs none). Each
 * bar's height is its share of the highest month; hovering shows the amount.
 */
export function RevenueBars({ months, totals }: { months: readonly string[]; totals: Readonly<Record<string, number>> }) {
  const { token } = theme.useToken();
  const highest = Math.max(0, ...months.map((month) => totals[month] ?? 0));
  return (
    <Flex align="flex-end" gap={6} style={{ height: chartHeight + 40, overflowX: 'auto', paddingTop: 8 }} data-testid="revenue-bars">
      {months.map((month) => {
        const fen = totals[month] ?? 0;
        const height = highest > 0 ? Math.max(fen > 0 ? 2 : 0, Math.round((fen / highest) * chartHeight)) : 0;
        return (
          <Flex key={month} vertical align="center" gap={4} style={{ flex: '1 0 36px', minWidth: 36 }}>
            <Tooltip title={`${month}：${formatFen(fen)}`}>
              <div
                style={{
                  width: '70%',
                  height,
                  background: token.colorPrimary,
                  borderRadius: `${token.borderRadiusSM}px ${token.borderRadiusSM}px 0 0`,
                }}
              />
            </Tooltip>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {month.slice(2)}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}
