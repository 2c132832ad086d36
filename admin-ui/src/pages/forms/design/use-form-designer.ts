import { App } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, type FieldProblem } from '../../../api/api-error.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { DesignerModel } from '../designer/designer-model.ts';
import { type FormSettingsValues, settingsValuesOf } from '../designer/form-settings-values.ts';
import { keysOf } from '../designer/model-edits.ts';
import { modelProblems } from '../designer/model-problems.ts';
import { modelToSchema } from '../designer/model-to-schema.ts';
import { schemaProblemsByField } from '../designer/schema-problems.ts';
import { schemaToModel } from '../designer/schema-to-model.ts';
import { fetchForm, type FormUpdate, type FormView, publishForm, updateForm } from '../forms-api.ts';

export interface DesignerDraft {
  title: string;
  description: string;
  model: DesignerModel;
  settings: FormSettingsValues;
}

function draftOf(form: FormView): DesignerDraft {
  return { title: form.title, description: form.description, model: schemaToModel(form.schema, form.uiSchema), settings: settingsValuesOf(form.settings) };
}

/** The PATCH body of a draft: everything, so what is saved is exactly what the designer shows. */
function bodyOf(draft: DesignerDraft): FormUpdate {
  return { title: draft.title.trim(), description: draft.description.trim(), ...modelToSchema(draft.model), settings: draft.settings };
}

export type LoadState = 'loading' | 'ready' | 'not-found' | 'failed';

/**
 * The designer's state: the form as loaded, the draft being edited, whether it differs from what was
 * saved, the designer's own problems and the server's (by field key), and saving and publishing.
 */
export function useFormDesigner(id: string) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [form, setForm] = useState<FormView | undefined>(undefined);
  const [loadState, setLoadState] = useState<LoadState>('loading');
  const [draft, setDraft] = useState<DesignerDraft | undefined>(undefined);
  const [savedBody, setSavedBody] = useState('');
  const [serverProblems, setServerProblems] = useState<ReadonlyMap<string, string[]>>(new Map());
  const [busy, setBusy] = useState<'save' | 'publish' | undefined>(undefined);

  const adopt = useCallback((loaded: FormView) => {
    const next = draftOf(loaded);
    setForm(loaded);
    setDraft(next);
    setSavedBody(JSON.stringify(bodyOf(next)));
    setServerProblems(new Map());
    setLoadState('ready');
  }, []);

  useEffect(() => {
    let isCurrent = true;
    fetchForm(id).then(
      (loaded) => isCurrent && adopt(loaded),
      (error: unknown) => {
        if (!isCurrent) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
          setLoadState('not-found');
          return;
        }
        showProblem(error);
        setLoadState('failed');
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [id, adopt, showProblem]);

  const body = useMemo(() => (draft ? bodyOf(draft) : undefined), [draft]);
  const isDirty = body !== undefined && JSON.stringify(body) !== savedBody;
  const designProblems = useMemo(() => (draft ? modelProblems(draft.model) : new Map()), [draft]);

  const showSaveProblem = useCallback(
    (error: unknown, keys: readonly string[]) => {
      if (!(error instanceof ApiError) || error.errors.length === 0) {
        showProblem(error);
        return;
      }
      const { byField, general } = schemaProblemsByField(error.errors, keys);
      setServerProblems(byField);
      const unplaced: FieldProblem[] = general.map((text) => ({ pointer: '', code: error.code, message: text }));
      const detail = byField.size > 0 ? t('forms.designer.problems-on-fields', { count: byField.size }) : error.detail;
      showProblem(new ApiError({ code: error.code, title: error.title, status: error.status, detail, errors: unplaced }));
    },
    [showProblem, t],
  );

  /** Saves the draft; false when it could not be (problems are shown on the fields and in a message). */
  const save = useCallback(async (): Promise<boolean> => {
    if (!draft || !body) return false;
    if (designProblems.size > 0 || !body.title) {
      void message.error(t('forms.designer.fix-first'));
      return false;
    }
    try {
      const saved = await updateForm(id, body);
      setForm(saved);
      setSavedBody(JSON.stringify(body));
      setServerProblems(new Map());
      return true;
    } catch (error) {
      showSaveProblem(error, keysOf(draft.model));
      return false;
    }
  }, [draft, body, designProblems, id, message, t, showSaveProblem]);

  const saveDraft = useCallback(async () => {
    setBusy('save');
    try {
      if (await save()) void message.success(t('forms.designer.saved'));
    } finally {
      setBusy(undefined);
    }
  }, [save, message, t]);

  /** Saves what changed, then freezes the draft as the next version. */
  const publish = useCallback(async () => {
    setBusy('publish');
    try {
      if (isDirty && !(await save())) return;
      const version = await publishForm(id);
      void message.success(t('forms.designer.published', { version: version.version }));
      setForm(await fetchForm(id));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'form-unchanged') void message.info(t('forms.designer.publish.unchanged'));
      else showProblem(error);
    } finally {
      setBusy(undefined);
    }
  }, [isDirty, save, id, message, t, showProblem]);

  /** Drops the server's problems with a field once it is changed: the person is fixing them. */
  const forgetServerProblems = useCallback((key: string) => {
    setServerProblems((current) => {
      if (!current.has(key)) return current;
      const next = new Map(current);
      next.delete(key);
      return next;
    });
  }, []);

  return { form, loadState, draft, setDraft, isDirty, designProblems, serverProblems, forgetServerProblems, busy, saveDraft, publish };
}
