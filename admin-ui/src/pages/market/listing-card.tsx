import { Card, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { MarketListingView } from '../../api/market-api.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { categoryLabel } from './category-label.ts';
import { ListingBadges } from './listing-badges.tsx';
import { ListingIcon } from './listing-icon.tsx';
import { listingBadges } from './listing-state.ts';
import { listingPath } from './market-paths.ts';
import { priceSummary, priceSummaryText } from './price-label.ts';

/** One module in the catalog: icon, title, category, two lines of description, price and state; opens its page. */
export function ListingCard({ listing, now }: { listing: MarketListingView; now: Date }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const category = categoryLabel(t, listing.category);
  const price = priceSummary(listing);
  const open = () => navigate(listingPath(listing.name));
  return (
    <Card
      hoverable
      role="link"
      tabIndex={0}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter') open();
      }}
      data-testid={`listing-card-${listing.name}`}
      style={{ height: '100%' }}
      styles={{ body: { height: '100%', display: 'flex', flexDirection: 'column', gap: 12 } }}
    >
      <Flex gap={12} align="flex-start">
        <ListingIcon name={listing.icon} />
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Typography.Text strong style={{ fontSize: 16 }} ellipsis>
            {listing.title}
          </Typography.Text>
          <Flex gap={4} wrap>
            {category ? <Tag style={{ marginInlineEnd: 0 }}>{category}</Tag> : null}
            <Typography.Text type="secondary">v{listing.version}</Typography.Text>
          </Flex>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, flex: 1, minHeight: 44 }}>
        {listing.description || t('market.listing.no-description')}
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong style={{ color: price.kind === 'free' ? undefined : '#cf1322' }} data-testid="listing-price">
          {priceSummaryText(price, t)}
        </Typography.Text>
        <ListingBadges badges={listingBadges(listing, now)} />
      </Flex>
    </Card>
  );
}
