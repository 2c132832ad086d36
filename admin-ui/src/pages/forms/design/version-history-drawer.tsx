import { Card, Descriptions, Drawer, Empty, List, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useDateTime } from '../../../format/use-date-time.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { fetchFormVersion, type FormVersionView } from '../forms-api.ts';
import { FormRenderer } from '../render/form-renderer.tsx';

/** How many of the newest versions the drawer lists. */
const shownVersions = 50;

/** 版本记录: the published versions, newest first; one opens read-only, as members filled it in. */
export function VersionHistoryDrawer({ formId, latestVersion, onClose }: { formId: string; latestVersion: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const [versions, setVersions] = useState<FormVersionView[] | undefined>(undefined);
  const [open, setOpen] = useState<FormVersionView | undefined>(undefined);

  useEffect(() => {
    const numbers = Array.from({ length: Math.min(latestVersion ?? 0, shownVersions) }, (_, index) => (latestVersion ?? 0) - index);
    let isCurrent = true;
    Promise.all(numbers.map((version) => fetchFormVersion(formId, version))).then(
      (found) => isCurrent && setVersions(found),
      (error: unknown) => {
        if (!isCurrent) return;
        setVersions([]);
        showProblem(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [formId, latestVersion, showProblem]);

  return (
    <Drawer open title={open ? t('forms.version.label', { version: open.version }) : t('forms.versions.title')} size={open ? 720 : 420} onClose={open ? () => setOpen(undefined) : onClose} destroyOnHidden>
      {versions === undefined ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : open ? (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'title', label: t('forms.field.title'), children: open.title },
              { key: 'publishedAt', label: t('forms.versions.published-at'), children: formatDateTime(open.publishedAt) },
            ]}
            style={{ marginBottom: 16 }}
          />
          <Card size="small" variant="outlined">
            <FormRenderer schema={open.schema} uiSchema={open.uiSchema} formData={{}} disabled>
              <></>
            </FormRenderer>
          </Card>
        </>
      ) : versions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('forms.versions.empty')} />
      ) : (
        <List
          dataSource={versions}
          renderItem={(version) => (
            <List.Item
              actions={[
                <Typography.Link key="view" onClick={() => setOpen(version)}>
                  {t('common.view')}
                </Typography.Link>,
              ]}
            >
              <List.Item.Meta
                title={
                  <>
                    <Tag color={version.version === latestVersion ? 'green' : undefined}>{t('forms.version.label', { version: version.version })}</Tag>
                    {version.title}
                  </>
                }
                description={t('forms.versions.published-on', { time: formatDateTime(version.publishedAt) })}
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
