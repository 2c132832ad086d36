import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError, networkErrorCode } from '../api/api-error.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { listingPathOfProblem } from '../pages/market/market-paths.ts';

export interface FieldTarget {
  form: FormInstance;
  /** Form field names that can show an error; anything else goes into the message. */
  fields: readonly string[];
  /** Request field → form field, e.g. `{ email: 'login', mobile: 'login' }`. */
  fieldMap?: Record<string, string>;
  /** Request fields whose problems the page shows itself (e.g. a role's `rules` on the matrix). */
  shownElsewhere?: readonly string[];
}

function fieldOf(pointer: string): string {
  const parts = pointer.split('/').filter(Boolean);
  return parts[0] === 'body' || parts[0] === 'query' ? (parts[1] ?? '') : (parts[0] ?? '');
}

/** Problem messages share one slot: a new error replaces the last, and a success can clear it. */
export const problemMessageKey = 'api-problem';

/** Shows a problem+json error: title and detail in a message, field errors next to their fields. */
export function useShowProblem() {
  const { message } = App.useApp();
  const { t } = useI18n();

  return useCallback(
    (error: unknown, target?: FieldTarget) => {
      if (!(error instanceof ApiError)) {
        // an error that is not an API answer is a bug in the page: keep it for the developer console
        // eslint-disable-next-line no-console
        console.error(error);
        void message.error(t('errors.unexpected'));
        return;
      }
      const isNetwork = error.code === networkErrorCode;
      const title = isNetwork ? t('errors.network.title') : error.title;
      const detail = isNetwork ? t('errors.network.detail') : error.detail;
      const unplaced: string[] = [];
      const placed = new Map<string, string[]>();
      for (const problem of error.errors) {
        const requestField = fieldOf(problem.pointer);
        if (target?.shownElsewhere?.includes(requestField)) continue;
        const field = target?.fieldMap?.[requestField] ?? requestField;
        if (target?.fields.includes(field)) placed.set(field, [...(placed.get(field) ?? []), problem.message]);
        else unplaced.push(problem.message);
      }
      target?.form.setFields([...placed].map(([name, errors]) => ({ name, errors })));
      // a module without (or past) its trial or purchase: offer the way to its listing
      const listing = listingPathOfProblem(error);
      void message.error({
        content: (
          <span data-testid="problem-message">
            <strong>{title}</strong>
            {detail && detail !== title ? (
              <span>
                {t('common.colon')}
                {detail}
              </span>
            ) : null}
            {unplaced.length > 0 ? <span> ({unplaced.join('; ')})</span> : null}
            {listing ? (
              // messages render outside the router: a plain link, which loads the page
              <a href={listing} style={{ marginInlineStart: 8 }} data-testid="problem-listing-link">
                {t('market.problem.to-listing')}
              </a>
            ) : null}
          </span>
        ),
        key: problemMessageKey,
        duration: listing ? 10 : 5,
      });
    },
    [message, t],
  );
}
