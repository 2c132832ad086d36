import { Flex, Tag } from 'antd';
import { useDateTime } from '../../format/use-date-time.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { ListingBadge } from './listing-state.ts';

const colors: Record<ListingBadge['kind'], string | undefined> = {
  enabled: 'success',
  trial: 'processing',
  purchased: 'blue',
  granted: 'purple',
  included: 'cyan',
  'read-only': 'warning',
  expired: 'default',
};

/** The state tags of a listing (已启用, 试用中（剩 n 天）, 已购买, 只读至 …), in the order `listingBadges` gives. */
export function ListingBadges({ badges }: { badges: readonly ListingBadge[] }) {
  const { t } = useI18n();
  const formatDateTime = useDateTime();
  if (badges.length === 0) return null;
  const label = (badge: ListingBadge): string => {
    switch (badge.kind) {
      case 'trial':
        return t('market.badge.trial', { days: badge.daysLeft });
      case 'read-only':
        return t('market.badge.read-only', { until: formatDateTime(badge.until) });
      default:
        return t(`market.badge.${badge.kind}`);
    }
  };
  return (
    <Flex wrap gap={4} data-testid="listing-badges">
      {badges.map((badge) => (
        <Tag key={badge.kind} color={colors[badge.kind]} style={{ marginInlineEnd: 0 }}>
          {label(badge)}
        </Tag>
      ))}
    </Flex>
  );
}
