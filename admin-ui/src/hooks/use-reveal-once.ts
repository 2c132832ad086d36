import type { FormInstance } from 'antd';
import { useState } from 'react';

/**
 * State of a create drawer whose answer is shown once: `created` holds it, `close` forgets it and the
 * form before closing, `again` goes back to an empty form for another one.
 */
export function useRevealOnce<Created, Values>(form: FormInstance<Values>, onClose: () => void) {
  const [created, setCreated] = useState<Created | undefined>(undefined);
  const again = () => {
    setCreated(undefined);
    form.resetFields();
  };
  const close = () => {
    again();
    onClose();
  };
  return { created, setCreated, close, again };
}
