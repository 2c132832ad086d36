import { AppstoreOutlined, ProfileOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Input, Row, Segmented, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type MarketCategory, marketCategories } from '../../api/market-api.ts';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { categoryLabel } from './category-label.ts';
import { ListingCard } from './listing-card.tsx';
import { marketOrdersPath, myModulesPath } from './market-paths.ts';
import { maxSearchLength, parseMarketParams, withMarketParam } from './market-params.ts';
import { useListings } from './use-listings.ts';

const allCategories = 'all';

/** 模块市场: the catalog as cards, filtered by category and search; both live in the URL. */
export default function MarketPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseMarketParams(params), [params]);
  const { listings, loading, reload } = useListings(query);
  const isFiltered = query.category !== undefined || query.search !== undefined;

  const setFilter = (name: 'category' | 'search', value: string | undefined) =>
    setParams((current) => withMarketParam(current, name, value));

  const categoryOptions = [
    { value: allCategories, label: t('market.filter.all') },
    ...marketCategories.map((category: MarketCategory) => ({ value: category, label: categoryLabel(t, category) ?? category })),
  ];

  const extra = (
    <>
      <Button icon={<AppstoreOutlined />} onClick={() => navigate(myModulesPath)}>
        {t('market.menu.my-modules')}
      </Button>
      <Button icon={<ProfileOutlined />} onClick={() => navigate(marketOrdersPath)}>
        {t('market.menu.orders')}
      </Button>
      <Button icon={<ReloadOutlined />} onClick={reload} loading={loading && listings !== undefined}>
        {t('common.refresh')}
      </Button>
    </>
  );
  const clearFilters = <Button onClick={() => setParams(new URLSearchParams())}>{t('common.clear-filters')}</Button>;

  return (
    <>
      <PageTitle title={t('market.menu.group')} extra={extra} />
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Flex justify="space-between" gap={12} wrap>
          <Segmented
            data-testid="market-category"
            options={categoryOptions}
            value={query.category ?? allCategories}
            onChange={(value) => setFilter('category', value === allCategories ? undefined : String(value))}
          />
          <Input.Search
            key={query.search ?? ''}
            defaultValue={query.search}
            allowClear
            maxLength={maxSearchLength}
            placeholder={t('market.filter.search')}
            onSearch={(value) => setFilter('search', value)}
            style={{ width: 280 }}
            data-testid="market-search"
          />
        </Flex>
      </Card>
      {listings === undefined ? (
        <Row gutter={[16, 16]}>
          {[0, 1, 2].map((index) => (
            <Col key={index} xs={24} md={12} xl={8}>
              <Card>
                <Skeleton active avatar paragraph={{ rows: 3 }} />
              </Card>
            </Col>
          ))}
        </Row>
      ) : listings.items.length === 0 ? (
        <Card variant="borderless">
          {isFiltered ? (
            <ListEmpty title={t('market.empty.filtered')} description={t('common.empty.filtered')} action={clearFilters} />
          ) : (
            <ListEmpty title={t('market.empty.title')} description={t('market.empty.description')} />
          )}
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {listings.items.map((listing) => (
            <Col key={listing.name} xs={24} md={12} xl={8} xxl={6}>
              <ListingCard listing={listing} now={listings.loadedAt} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
