import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { fetchFileInfo, fileUrl } from '../../../api/files-api.ts';
import { fileIdsOf } from '../render/file-upload.ts';

/** One stored file as a download link with its name (the id until the name arrives, or if it is gone). */
function FileLink({ id }: { id: string }) {
  const [name, setName] = useState<string | undefined>();
  useEffect(() => {
    let isCurrent = true;
    fetchFileInfo(id).then(
      (file) => isCurrent && setName(file.name),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [id]);
  return (
    <Typography.Link href={fileUrl(id)} target="_blank" rel="noopener noreferrer" data-testid="file-link" onClick={(event) => event.stopPropagation()}>
      <PaperClipOutlined /> {name ?? id}
    </Typography.Link>
  );
}

/** A file or image field's value in the submissions table: its files as links. */
export function FileLinks({ value }: { value: unknown }) {
  const ids = fileIdsOf(value);
  if (ids.length === 0) return null;
  return (
    <Flex gap={8} wrap>
      {ids.map((id) => (
        <FileLink key={id} id={id} />
      ))}
    </Flex>
  );
}
