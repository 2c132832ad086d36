import { useEffect, useState } from 'react';
import { getRecord } from '../../../api/resource-api.ts';
import { useUiExtensions } from '../../../extensions/ui-extensions-context.ts';
import { recordLabelOf, resourceFor } from '../render/record-label.ts';

/** A record field's value in the submissions table: the record's first column, or its id when unreadable. */
export function RecordName({ value, resourceKey }: { value: unknown; resourceKey: string | undefined }) {
  const { extensions } = useUiExtensions();
  const resource = resourceFor(extensions?.resources ?? [], resourceKey);
  const id = typeof value === 'string' ? value : undefined;
  const [label, setLabel] = useState<string | undefined>();
  useEffect(() => {
    if (!resource || !id) return;
    let isCurrent = true;
    getRecord(resource.apiPath, id).then(
      (record) => isCurrent && setLabel(recordLabelOf(record, resource)),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [resource, id]);
  return <>{label ?? id ?? ''}</>;
}
