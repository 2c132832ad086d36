import { useEffect, useState } from 'react';
import { type AccessPreview, fetchAccessPreview } from '../../../api/access-api.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';

/** The preview of one member; `undefined` while none is chosen or it is loading. */
export function useAccessPreview(userId: string | undefined): AccessPreview | undefined {
  const showProblem = useShowProblem();
  const [preview, setPreview] = useState<AccessPreview | undefined>(undefined);

  useEffect(() => {
    setPreview(undefined);
    if (!userId) return;
    let isCurrent = true;
    fetchAccessPreview(userId).then(
      (loaded) => {
        if (isCurrent) setPreview(loaded);
      },
      (error: unknown) => {
        if (isCurrent) showProblem(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [userId, showProblem]);

  return preview;
}
