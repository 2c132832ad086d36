import type { ErrorSchema } from '@rjsf/utils';
import { useCallback, useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { fieldErrorsOf, withoutChangedFields } from './problem-errors.ts';
import type { FormValues } from './schema-form.tsx';

/**
 * A schema form's server errors: `show(error, sent)` puts each `/body/<field>` problem under its field
 * (RJSF `extraErrors`) and the problem's title, detail and any other problems in a message. A field's
 * error goes away once its value is changed.
 */
export function useFieldProblems(fields: readonly string[]) {
  const showProblem = useShowProblem();
  const [state, setState] = useState<{ errors: ErrorSchema; sent: FormValues } | undefined>(undefined);

  const show = useCallback(
    (error: unknown, sent: FormValues) => {
      if (!(error instanceof ApiError) || error.errors.length === 0) {
        setState(undefined);
        showProblem(error);
        return;
      }
      const { errorSchema, unplaced } = fieldErrorsOf(error.errors, fields);
      setState({ errors: errorSchema, sent });
      showProblem(
        new ApiError({ code: error.code, title: error.title, status: error.status, detail: error.detail, errors: unplaced }),
      );
    },
    [fields, showProblem],
  );

  const onValuesChange = useCallback((values: FormValues) => {
    setState((current) => current && { ...current, errors: withoutChangedFields(current.errors, current.sent, values) });
  }, []);

  const clear = useCallback(() => setState(undefined), []);

  return { extraErrors: state?.errors, show, onValuesChange, clear };
}
