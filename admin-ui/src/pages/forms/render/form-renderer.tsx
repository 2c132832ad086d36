import { generateForm } from '@rjsf/antd';
import type { ErrorSchema, FormContextType, RegistryWidgetsType, RJSFSchema, UiSchema } from '@rjsf/utils';
import { App, ConfigProvider, Grid } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { formValidator } from '../../../forms/form-validator.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import { DateTimeWidget } from '../../resources/form/date-time-widget.tsx';
import { DepartmentSelectWidget } from '../../resources/form/department-select-widget.tsx';
import { formColumnSpans } from '../../resources/form/form-layout.ts';
import { MemberSelectWidget } from '../../resources/form/member-select-widget.tsx';
import { MoneyWidget } from '../../resources/form/money-widget.tsx';
import { RichTextWidget } from '../../resources/form/richtext-widget.tsx';
import { rjsfTranslator } from '../../resources/form/rjsf-texts.ts';
import { RoleSelectWidget } from '../../resources/form/role-select-widget.tsx';
import '../../resources/form/schema-form.css';
import type { JsonObject } from '../designer/designer-model.ts';
import { CascaderWidget } from './cascader-widget.tsx';
import { defaultFormStateBehavior } from './default-behavior.ts';
import { formErrorTransformer } from './form-errors.ts';
import { FileUploadWidget, ImageUploadWidget } from './file-upload-widget.tsx';
import { ImageUrlWidget } from './image-url-widget.tsx';
import { RecordSelectWidget } from './record-select-widget.tsx';
import { columnsOf, moneyPathsOf, renderUiSchemaOf } from './render-ui-schema.ts';
import { SwitchWidget } from './switch-widget.tsx';
import './forms.css';

export type FormValues = Record<string, unknown>;

/** What our widgets and the antd theme read from RJSF's `formContext`. */
interface RendererContext extends FormContextType {
  timeZone: string;
  colSpan: number | Record<string, number>;
  labelAlign: 'left';
  colon: false;
}

// the shared validator is typed for any form context, so the form is too
const ThemedForm = generateForm<FormValues, RJSFSchema, FormContextType>();

const widgets: RegistryWidgetsType<FormValues, RJSFSchema, FormContextType> = {
  MoneyWidget,
  DateTimeWidget,
  'department-select': DepartmentSelectWidget,
  'role-select': RoleSelectWidget,
  'member-select': MemberSelectWidget,
  richtext: RichTextWidget,
  cascader: CascaderWidget,
  'image-url': ImageUrlWidget,
  file: FileUploadWidget,
  image: ImageUploadWidget,
  record: RecordSelectWidget,
  switch: SwitchWidget,
};

/** Our widgets' spans beside the ones every schema form uses: pickers half a row, like a select. */
function columnSpans(columns: 1 | 2, isWide: boolean): number | Record<string, number> {
  if (columns === 1 || !isWide) return 24;
  return { ...formColumnSpans(true), cascader: 12, 'image-url': 12, record: 12, switch: 12 };
}

/**
 * A tenant-made form (表单) as RJSF renders it with the antd theme: the shared validator
 * (`formValidator(locale)`, the server's rules and messages), our widgets by the fields' `x-widget`,
 * one or two columns as the form's uiSchema says (always one on a phone), errors checked live once a
 * submit was tried, server problems as `extraErrors`. Used by the designer's preview, the fill-in
 * page and the submission drawer, so a form looks the same in all three. `children` are the buttons.
 */
export function FormRenderer({
  id,
  schema,
  uiSchema,
  formData,
  extraErrors,
  disabled,
  omitExtraData,
  onChange,
  onSubmit,
  children,
}: {
  id?: string;
  schema: JsonObject;
  uiSchema: JsonObject;
  formData: FormValues;
  extraErrors?: ErrorSchema;
  disabled?: boolean;
  /** Leave out values of fields the form does not show (a conditional field hidden again). */
  omitExtraData?: boolean;
  onChange?: (values: FormValues) => void;
  onSubmit?: (values: FormValues) => void;
  children: ReactNode;
}) {
  const { t, locale } = useI18n();
  const { tenant } = useSession();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [isTried, setIsTried] = useState(false);
  const isWide = screens.lg === true;
  // large controls on a phone: fingers, not a mouse pointer (and 16 px text, which phones do not zoom into)
  const isPhone = screens.sm === false;
  const translateString = useMemo(() => rjsfTranslator(t), [t]);
  const transformErrors = useMemo(() => formErrorTransformer(t, moneyPathsOf(schema)), [t, schema]);
  const renderedUi = useMemo(() => renderUiSchemaOf(schema, uiSchema), [schema, uiSchema]);
  const formContext = useMemo<RendererContext>(
    () => ({ timeZone: tenant.timeZone, colSpan: columnSpans(columnsOf(uiSchema), isWide), labelAlign: 'left', colon: false }),
    [tenant.timeZone, uiSchema, isWide],
  );

  return (
    <ConfigProvider componentSize={isPhone ? 'large' : undefined}>
      <ThemedForm
        id={id}
        className="tessera-schema-form tessera-form-renderer"
        // a form schema and its uiSchema are JSON objects; RJSFSchema and UiSchema are the library's names for them
        schema={schema as RJSFSchema}
        uiSchema={renderedUi as UiSchema}
        formData={formData}
        validator={formValidator(locale)}
        widgets={widgets}
        formContext={formContext}
        translateString={translateString}
        transformErrors={transformErrors}
        extraErrors={extraErrors}
        disabled={disabled}
        omitExtraData={omitExtraData}
        experimental_defaultFormStateBehavior={defaultFormStateBehavior}
        showErrorList={false}
        noHtml5Validate
        focusOnFirstError
        liveValidate={isTried ? 'onChange' : false}
        onChange={(event) => onChange?.(event.formData ?? {})}
        onError={(errors) => {
          setIsTried(true);
          const general = errors.filter((error) => !error.property || error.property === '.');
          if (general.length > 0) void message.error(general.map((error) => error.message).join('; '));
        }}
        onSubmit={(event) => {
          setIsTried(true);
          onSubmit?.(event.formData ?? {});
        }}
      >
        {children}
      </ThemedForm>
    </ConfigProvider>
  );
}
