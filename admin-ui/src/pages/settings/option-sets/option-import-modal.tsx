import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Descriptions, Flex, Modal, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import { importOptionSet, type OptionSetImport, type OptionSetImportResult } from '../../../api/option-sets-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { importBodyOf, importProblemPlace, UnreadableImportFileError } from './import-file.ts';

interface Checked {
  fileName: string;
  body: OptionSetImport;
  result?: OptionSetImportResult;
  problems?: string[];
}

const shownValues = 30;

function Values({ values }: { values: readonly string[] }) {
  return (
    <Flex wrap gap={4}>
      {values.slice(0, shownValues).map((value) => (
        <Tag key={value}>{value}</Tag>
      ))}
      {values.length > shownValues ? <Typography.Text type="secondary">…</Typography.Text> : null}
    </Flex>
  );
}

/**
 * 导入: pick a JSON export or an Excel sheet; the server checks it (a preview that saves nothing) and the
 * modal shows what would be added and relabelled, or each problem with its row; 导入 then applies it.
 * An import only adds options and relabels existing ones.
 */
export function OptionImportModal({ setKey, onImported, onClose }: { setKey: string; onImported: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [checking, runCheck] = useSubmit();
  const [applying, runApply] = useSubmit();
  const [checked, setChecked] = useState<Checked | undefined>(undefined);

  const check = (file: Blob & { name: string }) =>
    runCheck(async () => {
      try {
        const body = await importBodyOf(file, true);
        try {
          setChecked({ fileName: file.name, body, result: await importOptionSet(setKey, body) });
        } catch (error) {
          if (!(error instanceof ApiError) || error.status !== 400) throw error;
          const problems = error.errors.map((problem) => {
            const place = importProblemPlace(problem.pointer);
            return place ? t('settings.option-sets.import.problem-at', { row: place.row, field: place.field, message: problem.message }) : problem.message;
          });
          setChecked({ fileName: file.name, body, problems: problems.length > 0 ? problems : [error.detail ?? error.title] });
        }
      } catch (error) {
        if (error instanceof UnreadableImportFileError) void message.error(t('settings.option-sets.import.unreadable', { name: file.name }));
        else showProblem(error);
      }
    });

  const apply = () =>
    runApply(async () => {
      if (!checked?.result) return;
      try {
        const result = await importOptionSet(setKey, { ...checked.body, preview: false });
        void message.success(t('settings.option-sets.import.done', { added: result.added.length, relabelled: result.relabelled.length }));
        onImported();
      } catch (error) {
        showProblem(error);
      }
    });

  const result = checked?.result;
  const changes = result ? result.added.length + result.relabelled.length : 0;
  return (
    <Modal
      open
      width={640}
      title={t('settings.option-sets.import.title')}
      okText={t('settings.option-sets.import.apply')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !result || changes === 0 }}
      confirmLoading={applying}
      onOk={apply}
      onCancel={onClose}
      destroyOnHidden
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('settings.option-sets.import.intro')}
        </Typography.Paragraph>
        <Upload.Dragger
          accept=".json,.xlsx"
          maxCount={1}
          showUploadList={false}
          disabled={checking}
          beforeUpload={(file) => {
            void check(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{checked ? checked.fileName : t('settings.option-sets.import.pick')}</p>
          <p className="ant-upload-hint">{t('settings.option-sets.import.hint')}</p>
        </Upload.Dragger>
        {checked?.problems ? (
          <Alert
            type="error"
            showIcon
            title={t('settings.option-sets.import.problems', { count: checked.problems.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="import-problems">
                {checked.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        {result ? (
          <Descriptions column={1} bordered size="small" data-testid="import-preview">
            <Descriptions.Item label={t('settings.option-sets.import.added', { count: result.added.length })}>
              <Values values={result.added} />
            </Descriptions.Item>
            <Descriptions.Item label={t('settings.option-sets.import.relabelled', { count: result.relabelled.length })}>
              <Values values={result.relabelled} />
            </Descriptions.Item>
            <Descriptions.Item label={t('settings.option-sets.import.unchanged')}>{result.unchanged}</Descriptions.Item>
          </Descriptions>
        ) : null}
      </Flex>
    </Modal>
  );
}
