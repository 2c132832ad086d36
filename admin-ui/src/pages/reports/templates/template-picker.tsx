import { AppstoreAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Input, Modal, Row, Skeleton, Tag, Typography, theme } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/api-error.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { problemSlots } from '../builder/problem-slots.ts';
import { ProblemText } from '../builder/problem-text.tsx';
import { useSourceTitles } from './use-source-titles.ts';

/** What every template shows: report and dashboard templates alike. */
export interface TemplateSummary {
  key: string;
  source: string;
  title: string;
  description: string;
}

export interface TemplatePickerProps<T extends TemplateSummary> {
  /** Whose words the picker uses: `reports.templates.*` or `dashboards.templates.*`. */
  texts: 'reports.templates' | 'dashboards.templates';
  load: () => Promise<T[]>;
  /** What a card says about the template beyond its title, source and description (its dataset and chart, its widgets). */
  details: (template: T) => ReactNode;
  /** Copies the template under the title and answers the path of the copy, which then opens. */
  copy: (key: string, title: string) => Promise<string>;
}

type Loaded<T> = { status: 'loading' } | { status: 'ready'; templates: T[] } | { status: 'failed'; error: ApiError | undefined };

/** 从模板新建: the button, and the picker it opens. */
export function FromTemplateButton<T extends TemplateSummary>(props: TemplatePickerProps<T>) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<AppstoreAddOutlined />} onClick={() => setOpen(true)}>
        {t('reports.templates.button')}
      </Button>
      {open ? <TemplatePicker {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** The templates as cards; the chosen one is copied under the title given (its own to start with), then opened. */
function TemplatePicker<T extends TemplateSummary>({ texts, load, details, copy, onClose }: TemplatePickerProps<T> & { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const sourceTitle = useSourceTitles();
  const [copying, submit] = useSubmit();
  const [loaded, setLoaded] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [chosen, setChosen] = useState<T | undefined>(undefined);
  const [title, setTitle] = useState('');
  const [titleProblems, setTitleProblems] = useState<string[] | undefined>(undefined);

  useEffect(() => {
    let current = true;
    setLoaded({ status: 'loading' });
    load()
      .then((templates) => {
        if (current) setLoaded({ status: 'ready', templates });
      })
      .catch((error: unknown) => {
        if (current) setLoaded({ status: 'failed', error: error instanceof ApiError ? error : undefined });
      });
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const choose = (template: T) => {
    setChosen(template);
    setTitle(template.title);
    setTitleProblems(undefined);
  };

  const use = () =>
    submit(async () => {
      if (!chosen) return;
      // a title left empty is the template's own
      const given = title.trim() || chosen.title;
      try {
        const path = await copy(chosen.key, given);
        void message.success(t(`${texts}.copied`, { title: given }));
        onClose();
        void navigate(path);
      } catch (error) {
        if (error instanceof ApiError) setTitleProblems(problemSlots(error).title);
        showProblem(error);
      }
    });

  const card = (template: T) => {
    const isChosen = chosen?.key === template.key;
    return (
      <Col key={template.key} xs={24} md={12}>
        <Card
          size="small"
          hoverable
          role="button"
          aria-pressed={isChosen}
          onClick={() => choose(template)}
          style={{ height: '100%', ...(isChosen ? { borderColor: token.colorPrimary, background: token.colorPrimaryBg } : {}) }}
          data-testid={`template-${template.key}`}
        >
          <Flex vertical gap={6}>
            <Flex justify="space-between" align="start" gap={8}>
              <Typography.Text strong>{template.title}</Typography.Text>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {sourceTitle(template.source)}
              </Tag>
            </Flex>
            {details(template)}
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {template.description || t('reports.templates.no-description')}
            </Typography.Paragraph>
          </Flex>
        </Card>
      </Col>
    );
  };

  const body =
    loaded.status === 'loading' ? (
      <Skeleton active paragraph={{ rows: 6 }} />
    ) : loaded.status === 'failed' ? (
      <Alert
        type="error"
        showIcon
        title={loaded.error?.title ?? t('reports.templates.load-failed')}
        description={loaded.error?.detail && loaded.error.detail !== loaded.error.title ? loaded.error.detail : undefined}
        action={<Button size="small" onClick={() => setAttempt((count) => count + 1)}>{t('reports.templates.retry')}</Button>}
      />
    ) : loaded.templates.length === 0 ? (
      <ListEmpty title={t('reports.templates.empty.title')} description={t(`${texts}.empty.description`)} />
    ) : (
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t(`${texts}.hint`)}</Typography.Text>
        <div style={{ maxHeight: 420, overflowY: 'auto', overflowX: 'hidden', padding: 2 }}>
          <Row gutter={[12, 12]}>{loaded.templates.map(card)}</Row>
        </div>
        {chosen ? (
          <Flex vertical gap={4}>
            <Typography.Text strong>
              <label htmlFor="template-copy-title">{t(`${texts}.name`)}</label>
            </Typography.Text>
            <Input
              id="template-copy-title"
              value={title}
              maxLength={120}
              status={titleProblems ? 'error' : undefined}
              onChange={(event) => {
                setTitle(event.target.value);
                setTitleProblems(undefined);
              }}
              onPressEnter={() => void use()}
            />
            <ProblemText messages={titleProblems} />
          </Flex>
        ) : null}
      </Flex>
    );

  return (
    <Modal
      open
      title={t(`${texts}.title`)}
      width={760}
      onCancel={onClose}
      destroyOnHidden
      data-testid="template-picker"
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="use" type="primary" loading={copying} disabled={!chosen} onClick={() => void use()} data-testid="use-template">
          {t('reports.templates.use')}
        </Button>,
      ]}
    >
      {body}
    </Modal>
  );
}
