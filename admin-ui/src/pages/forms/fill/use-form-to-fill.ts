import { useEffect, useState } from 'react';
import { useAbility } from '../../../access/use-ability.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import { settingsValuesOf } from '../designer/form-settings-values.ts';
import { fetchForm, fetchFormVersion, type FormVersionView, listSubmissions } from '../forms-api.ts';
import { runPageLoad } from '../run-page-load.ts';
import { type FillBlock, fillBlockOf } from './fill-state.ts';

export type FillLoad =
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'failed' }
  | { state: 'blocked'; block: FillBlock; title: string }
  | { state: 'ready'; version: FormVersionView };

/**
 * The latest published version of a form for the fill-in page (`GET /api/forms/:id` for its number,
 * then the version, in the reader's language), or why it cannot be filled in now.
 */
export function useFormToFill(id: string): FillLoad {
  const { locale } = useI18n();
  const session = useSession();
  const ability = useAbility();
  const showProblem = useShowProblem();
  const [load, setLoad] = useState<FillLoad>({ state: 'loading' });
  const maySubmit = ability.can('create', 'FormSubmission');
  const mayReadOwn = ability.can('read', 'FormSubmission');
  const userId = session.user.id;
  const roles = session.roles;

  useEffect(() => {
    const run = async (): Promise<FillLoad> => {
      const form = await fetchForm(id);
      const version = form.latestVersion === null ? undefined : await fetchFormVersion(id, form.latestVersion);
      const settings = settingsValuesOf(version?.settings);
      const hasSubmitted =
        settings.onePerUser && mayReadOwn && (await listSubmissions(id, { page: 1, pageSize: 1, submitterId: userId })).total > 0;
      const block = fillBlockOf({ latestVersion: form.latestVersion, settings, now: new Date(), maySubmit, roles, hasSubmitted });
      if (block || !version) return { state: 'blocked', block: block ?? 'not-published', title: version?.title ?? form.title };
      return { state: 'ready', version };
    };
    setLoad({ state: 'loading' });
    return runPageLoad(run, setLoad, setLoad, showProblem);
  }, [id, locale, maySubmit, mayReadOwn, userId, roles, showProblem]);

  return load;
}
