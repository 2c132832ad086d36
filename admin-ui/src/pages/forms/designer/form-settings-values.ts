import { isJsonObject } from './designer-model.ts';

/** A form's settings (schemas/form.ts `formSettings`) with every member present, as the designer edits them. */
export interface FormSettingsValues {
  onePerUser: boolean;
  opensAt: string | null;
  closesAt: string | null;
  submitterRoles: string[];
}

const timeOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** The stored settings (any may be missing) as complete values. */
export function settingsValuesOf(settings: unknown): FormSettingsValues {
  const stored = isJsonObject(settings) ? settings : {};
  return {
    onePerUser: stored.onePerUser === true,
    opensAt: timeOf(stored.opensAt),
    closesAt: timeOf(stored.closesAt),
    submitterRoles: Array.isArray(stored.submitterRoles) ? stored.submitterRoles.filter((role): role is string => typeof role === 'string') : [],
  };
}

/** The settings as the settings form holds them: no nulls (an empty box is "no value" to RJSF). */
export function settingsFormDataOf(values: FormSettingsValues): Record<string, unknown> {
  return {
    onePerUser: values.onePerUser,
    submitterRoles: values.submitterRoles,
    ...(values.opensAt ? { opensAt: values.opensAt } : {}),
    ...(values.closesAt ? { closesAt: values.closesAt } : {}),
  };
}

/** Whether members can fill the form in at `now`, by its opening and closing times. */
export function isOpenAt(values: Pick<FormSettingsValues, 'opensAt' | 'closesAt'>, now: Date): boolean {
  if (values.opensAt && new Date(values.opensAt) > now) return false;
  return !(values.closesAt && new Date(values.closesAt) <= now);
}
