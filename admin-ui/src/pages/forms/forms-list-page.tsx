import { EditOutlined, FormOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Skeleton, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../access/use-ability.ts';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useDateTime } from '../../format/use-date-time.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { CreateFormModal } from './create-form-modal.tsx';
import { formDesignPath, formFillPath, formSubmissionsPath } from './form-paths.ts';
import { type FormSummary, listForms } from './forms-api.ts';

const filterKeys = ['search', 'published'] as const;

/** 表单: the company's forms with their latest version, search and paging by the server, 新建 to design one. */
export default function FormsListPage() {
  const { t } = useI18n();
  const ability = useAbility();
  const navigate = useNavigate();
  const formatDateTime = useDateTime();
  const list = useServerList<FormSummary>({ load: listForms, filterKeys });
  const [creating, setCreating] = useState(false);
  const search = typeof list.query.search === 'string' ? list.query.search : '';
  const published = typeof list.query.published === 'string' ? list.query.published : undefined;
  const mayDesign = ability.can('update', 'Form');
  const mayReadSubmissions = ability.can('read', 'FormSubmission');

  const create = ability.can('create', 'Form') ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('forms.list.new')}
    </Button>
  ) : null;

  const links = (form: FormSummary) => (
    <Space size={12} wrap>
      {mayDesign ? (
        <Link to={formDesignPath(form.id)}>
          <EditOutlined /> {t('forms.list.design')}
        </Link>
      ) : null}
      {form.latestVersion !== null ? (
        <Link to={formFillPath(form.id)}>
          <FormOutlined /> {t('forms.list.fill')}
        </Link>
      ) : null}
      {mayReadSubmissions && form.latestVersion !== null ? (
        <Link to={formSubmissionsPath(form.id)}>
          <UnorderedListOutlined /> {t('forms.list.submissions')}
        </Link>
      ) : null}
    </Space>
  );

  return (
    <>
      <PageTitle title={t('forms.menu.forms')} extra={create} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <Flex gap={12} wrap>
            <Input.Search
              key={search}
              defaultValue={search}
              allowClear
              placeholder={t('forms.list.search')}
              onSearch={(value) => list.update({ search: value.trim() || undefined })}
              style={{ width: 280 }}
            />
            <Select
              allowClear
              value={published}
              placeholder={t('forms.list.published')}
              options={[
                { value: 'true', label: t('forms.list.published.yes') },
                { value: 'false', label: t('forms.list.published.no') },
              ]}
              onChange={(value: string | undefined) => list.update({ published: value })}
              style={{ width: 160 }}
            />
          </Flex>
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Table<FormSummary>
              {...list.tableProps}
              columns={[
                {
                  key: 'title',
                  title: t('forms.field.title'),
                  render: (_, form) => (
                    <Link to={mayDesign ? formDesignPath(form.id) : formFillPath(form.id)}>{form.title}</Link>
                  ),
                },
                {
                  key: 'latestVersion',
                  title: t('forms.list.latest-version'),
                  render: (_, form) => (
                    <Space size={4} wrap>
                      {form.latestVersion === null ? (
                        <Tag>{t('forms.status.unpublished')}</Tag>
                      ) : (
                        <Tag color="green">{t('forms.version.label', { version: form.latestVersion })}</Tag>
                      )}
                      {form.draftChanged && form.latestVersion !== null ? (
                        <Tooltip title={t('forms.status.draft-changed.hint')}>
                          <Tag color="orange">{t('forms.status.draft-changed')}</Tag>
                        </Tooltip>
                      ) : null}
                    </Space>
                  ),
                },
                { key: 'updatedAt', title: t('forms.list.updated-at'), render: (_, form) => formatDateTime(form.updatedAt) },
                { key: 'actions', title: t('common.actions'), render: (_, form) => links(form) },
              ]}
              onRow={(form) => ({ onDoubleClick: () => void navigate(mayDesign ? formDesignPath(form.id) : formFillPath(form.id)) })}
              locale={{
                emptyText:
                  search || published ? (
                    <ListEmpty title={t('common.no-match')} description={t('common.empty.filtered')} />
                  ) : (
                    <ListEmpty title={t('forms.list.empty.title')} description={t('forms.list.empty.description')} action={create} />
                  ),
              }}
            />
          )}
        </Flex>
      </Card>
      {creating ? (
        <CreateFormModal
          onClose={() => setCreating(false)}
          onCreated={(form) => {
            setCreating(false);
            void navigate(formDesignPath(form.id));
          }}
        />
      ) : null}
    </>
  );
}
