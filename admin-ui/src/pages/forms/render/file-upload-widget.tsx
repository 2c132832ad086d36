import { UploadOutlined } from '@ant-design/icons';
import type { WidgetProps } from '@rjsf/utils';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { fetchFileInfo, fileUploadUrl, fileUrl, type FileView, rememberFile } from '../../../api/files-api.ts';
import { getCsrfToken, getRequestLocale } from '../../../api/request-context.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { maxFiles } from '../designer/field-schema.ts';
import { acceptOf, fileIdsOf, fileValueOf, isFileView, type UploadKind, uploadErrorText, uploadProblemOf } from './file-upload.ts';

const listItemOf = (file: FileView, kind: UploadKind): UploadFile => ({
  uid: file.id,
  name: file.name,
  status: 'done',
  url: fileUrl(file.id),
  ...(kind === 'image' ? { thumbUrl: fileUrl(file.id) } : {}),
  response: file,
});

/** The list entries for ids already in the value, named once their info arrives. */
function useStoredFiles(ids: readonly string[], kind: UploadKind): Map<string, UploadFile> {
  const [found, setFound] = useState(new Map<string, UploadFile>());
  const key = ids.join(',');
  useEffect(() => {
    let isCurrent = true;
    const wanted = key === '' ? [] : key.split(',');
    void Promise.all(
      wanted.map((id) =>
        fetchFileInfo(id).then(
          (file) => listItemOf(file, kind),
          (): UploadFile => ({ uid: id, name: id, status: 'error' }),
        ),
      ),
    ).then((items) => {
      if (isCurrent) setFound(new Map(items.map((item) => [item.uid, item])));
    });
    return () => {
      isCurrent = false;
    };
  }, [key, kind]);
  return found;
}

/**
 * `x-widget: 'file'` / `'image'`: uploads to the company's file store (antd Upload, with progress) and
 * keeps the file's id as the value, a list of up to ten on an array field. Sizes and types are checked
 * before sending; the server's refusal is shown on the file. Read-only it lists the files as links.
 */
function UploadWidget({ kind, props }: { kind: UploadKind; props: WidgetProps }) {
  const { id, value, schema, disabled, readonly, onChange, onBlur } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const isMultiple = schema.type === 'array';
  const ids = fileIdsOf(value);
  const stored = useStoredFiles(ids, kind);
  // uploads in flight or refused are the widget's own; the value holds only the stored files' ids
  const [pending, setPending] = useState<UploadFile[]>([]);
  const isLocked = disabled === true || readonly === true;
  const fileList = [...ids.map((fileId) => stored.get(fileId) ?? { uid: fileId, name: '…', status: 'uploading' as const }), ...pending];

  const onListChange = ({ file, fileList: next }: { file: UploadFile; fileList: UploadFile[] }) => {
    if (file.status === 'error') {
      const text = uploadErrorText(file.response) ?? t('forms.widget.file.failed');
      void message.error(`${file.name}: ${text}`);
    }
    const done = next.flatMap((item) => (item.status === 'done' && isFileView(item.response) ? [item.response] : []));
    done.forEach(rememberFile);
    setPending(next.filter((item) => item.status === 'uploading').map((item) => ({ ...item })));
    const nextIds = done.map((item) => item.id);
    if (nextIds.join(',') !== ids.join(',')) onChange(fileValueOf(isMultiple ? nextIds : nextIds.slice(-1), isMultiple));
    onBlur(id, value);
  };

  return (
    <div data-testid={`${kind}-upload`}>
      <Upload
        id={id}
        action={fileUploadUrl}
        name="file"
        headers={{ 'x-csrf-token': getCsrfToken() ?? '', 'accept-language': getRequestLocale() }}
        accept={acceptOf(kind)}
        listType={kind === 'image' ? 'picture-card' : 'text'}
        fileList={fileList}
        maxCount={isMultiple ? maxFiles : 1}
        multiple={isMultiple}
        disabled={isLocked}
        showUploadList={{ showRemoveIcon: !isLocked, showDownloadIcon: false }}
        beforeUpload={(file) => {
          const problem = uploadProblemOf(file, kind);
          if (!problem) return true;
          void message.error(t(`forms.widget.file.${problem}`, { name: file.name }));
          return Upload.LIST_IGNORE;
        }}
        onChange={onListChange}
      >
        {isLocked || fileList.length >= (isMultiple ? maxFiles : 1) ? null : kind === 'image' ? (
          <span>
            <UploadOutlined /> {t('forms.widget.image.add')}
          </span>
        ) : (
          <Button icon={<UploadOutlined />}>{t('forms.widget.file.add')}</Button>
        )}
      </Upload>
    </div>
  );
}

export function FileUploadWidget(props: WidgetProps) {
  return <UploadWidget kind="file" props={props} />;
}

export function ImageUploadWidget(props: WidgetProps) {
  return <UploadWidget kind="image" props={props} />;
}
