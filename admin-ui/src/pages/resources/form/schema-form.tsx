import { generateForm } from '@rjsf/antd';
import { type ErrorSchema, getDefaultFormState, type RegistryWidgetsType, type RJSFSchema, type UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { App, Grid } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import { isJsonObject } from '../resource-fields.ts';
import { DateTimeWidget } from './date-time-widget.tsx';
import { DepartmentSelectWidget } from './department-select-widget.tsx';
import { formColumnSpans } from './form-layout.ts';
import { MemberSelectWidget } from './member-select-widget.tsx';
import { MoneyWidget } from './money-widget.tsx';
import { RichTextWidget } from './richtext-widget.tsx';
import { rjsfTranslator, validationTransformer } from './rjsf-texts.ts';
import { RoleSelectWidget } from './role-select-widget.tsx';
import './schema-form.css';

export type FormValues = Record<string, unknown>;

/** What our widgets and the antd theme read from RJSF's `formContext`. */
interface SchemaFormContext {
  timeZone: string;
  colSpan: Record<string, number>;
  /** Group titles on the left like field labels, without colons, as antd's vertical forms show them. */
  labelAlign: 'left';
  colon: false;
}

const ThemedForm = generateForm<FormValues, RJSFSchema, SchemaFormContext>();

/**
 * Our widgets by the names a uiSchema gives them: money and time (set by formUiSchemaOf), and the core
 * pickers and rich text any plugin may ask for with `'ui:widget'` (admin-ui/README.md, resource screens).
 */
const widgets: RegistryWidgetsType<FormValues, RJSFSchema, SchemaFormContext> = {
  MoneyWidget,
  DateTimeWidget,
  'department-select': DepartmentSelectWidget,
  'role-select': RoleSelectWidget,
  'member-select': MemberSelectWidget,
  richtext: RichTextWidget,
};

/**
 * The values with the schema's defaults filled in, as RJSF shows them: the baseline a form's changes are
 * measured from, so an untouched form is not "changed" by its defaults.
 */
export function withFormDefaults(schema: RJSFSchema, values: FormValues): FormValues {
  const filled: unknown = getDefaultFormState<FormValues>(validator, schema, values, schema);
  return isJsonObject(filled) ? filled : values;
}

/**
 * RJSF with the antd theme, as every schema-driven form of the admin UI renders: our widgets, RJSF's
 * texts and ajv's messages in the user's language, errors next to their fields (checked live once a
 * save was tried), server field errors as `extraErrors`, two columns on wide screens.
 * `children` are the form's buttons; a button with `htmlType="submit"` validates, then calls `onSubmit`.
 */
export function SchemaForm({
  schema,
  uiSchema,
  formData,
  extraErrors,
  moneyFields,
  disabled,
  onChange,
  onSubmit,
  children,
  id,
}: {
  /** The `<form>` id, for a submit button outside it (a drawer's footer: `<Button htmlType="submit" form={id}>`). */
  id?: string;
  schema: RJSFSchema;
  uiSchema: UiSchema;
  formData: FormValues;
  extraErrors: ErrorSchema | undefined;
  moneyFields: readonly string[];
  disabled?: boolean;
  onChange: (values: FormValues) => void;
  onSubmit: (values: FormValues) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { tenant } = useSession();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [isTried, setIsTried] = useState(false);
  const translateString = useMemo(() => rjsfTranslator(t), [t]);
  const transformErrors = useMemo(() => validationTransformer(t, moneyFields), [t, moneyFields]);
  const isWide = screens.lg === true;
  const formContext = useMemo<SchemaFormContext>(
    () => ({ timeZone: tenant.timeZone, colSpan: formColumnSpans(isWide), labelAlign: 'left', colon: false }),
    [tenant.timeZone, isWide],
  );

  return (
    <ThemedForm
      id={id}
      className="tessera-schema-form"
      schema={schema}
      uiSchema={uiSchema}
      formData={formData}
      validator={validator}
      widgets={widgets}
      formContext={formContext}
      translateString={translateString}
      transformErrors={transformErrors}
      extraErrors={extraErrors}
      disabled={disabled}
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError
      liveValidate={isTried ? 'onChange' : false}
      onChange={(event) => onChange(event.formData ?? {})}
      onError={(errors) => {
        setIsTried(true);
        // Errors about the form as a whole have no field to show under: say them in a message.
        const general = errors.filter((error) => !error.property || error.property === '.');
        if (general.length > 0) void message.error(general.map((error) => error.message).join('; '));
      }}
      onSubmit={(event) => {
        setIsTried(true);
        onSubmit(event.formData ?? {});
      }}
    >
      {children}
    </ThemedForm>
  );
}
