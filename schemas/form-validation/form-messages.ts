/**
 * Messages for form problems in the two languages the product speaks, shared by the server (problem+json
 * `errors[].message`) and the browser (RJSF shows them under the field). They sit next to a field, so they
 * do not name it. Keys are problem codes; `type.<json type>` and `format.<name>` are more precise wordings
 * of `type` and `format`.
 */
export type FormLocale = 'zh-CN' | 'en-US';
export type MessageVars = Readonly<Record<string, string | number>>;

const zhCN: Readonly<Record<string, string>> = {
  required: '必填',
  dependencies: '填写“{property}”后，此项必填',
  type: '类型不正确',
  'type.string': '应为文本',
  'type.integer': '请输入整数',
  'type.number': '请输入数字',
  'type.boolean': '应为是或否',
  'type.array': '应为列表',
  'type.object': '应为一组字段',
  'type.null': '应为空',
  enum: '请从选项中选择',
  const: '取值不正确',
  minimum: '不能小于 {limit}',
  maximum: '不能大于 {limit}',
  'exclusive-minimum': '必须大于 {limit}',
  'exclusive-maximum': '必须小于 {limit}',
  'multiple-of': '应为 {limit} 的整数倍',
  'min-length': '至少 {limit} 个字符',
  'max-length': '最多 {limit} 个字符',
  pattern: '格式不正确',
  format: '格式不正确',
  'format.email': '请输入有效的邮箱地址',
  'format.uri': '请输入以 http:// 或 https:// 开头的网址',
  'format.date': '请输入有效的日期（如 2026-01-31）',
  'format.date-time': '请输入有效的日期和时间',
  'format.time': '请输入有效的时间（如 09:30）',
  'format.uuid': '格式应为 UUID',
  'min-items': '至少 {limit} 项',
  'max-items': '最多 {limit} 项',
  'unique-items': '不能有重复项',
  'min-properties': '至少填写 {limit} 项',
  'max-properties': '最多填写 {limit} 项',
  'additional-property': '不允许的字段',
  'property-names': '字段名不符合要求',
  'one-of': '应恰好符合其中一种情况',
  'any-of': '应至少符合其中一种情况',
  not: '不允许此取值',
  contains: '至少要有一项符合要求',
  'additional-items': '项数过多',
  'false-schema': '此处不允许填写',
  invalid: '取值无效',
  'regex-work-exceeded': '需要按格式检查的文字过多，请精简后重试',
  'too-deep': '嵌套层级过深（最多 {limit} 层）',
  'too-many-nodes': '数据项过多（最多 {limit} 个）',
  'too-large': '内容过大（最多 {limit} KB）',
  'forbidden-key': '不能使用名称“{key}”',
  'not-json': '不是有效的 JSON 值',
  'too-many-properties': '字段过多（整个表单最多 {limit} 个）',
  'remote-ref': '$ref 只能引用本表单内的定义（以 # 开头）',
  'ref-unsupported': '$ref 只能写成 #/definitions/名称，指向已有的定义，且定义内不能再用 $ref',
  'id-not-allowed': '表单中不能使用 $id',
  'dialect-unsupported': '表单只支持 JSON Schema draft-07',
  'unknown-keyword': '不支持的关键字“{keyword}”',
  'pattern-too-long': '正则表达式过长（最多 {limit} 个字符）',
  'pattern-unsupported': '不支持的正则表达式（不能用反向引用和环视，也不能过于复杂）',
  'format-unsupported': '不支持的格式“{format}”',
  'limit-too-high': '{keyword} 不能超过 {limit}',
  'schema-invalid': '不符合 JSON Schema draft-07 的写法',
};

const enUS: Readonly<Record<string, string>> = {
  required: 'Required',
  dependencies: 'Required when “{property}” is filled in',
  type: 'Has the wrong type',
  'type.string': 'Must be text',
  'type.integer': 'Enter a whole number',
  'type.number': 'Enter a number',
  'type.boolean': 'Must be yes or no',
  'type.array': 'Must be a list',
  'type.object': 'Must be a group of fields',
  'type.null': 'Must be empty',
  enum: 'Choose one of the options',
  const: 'Has the wrong value',
  minimum: 'Must be at least {limit}',
  maximum: 'Must be at most {limit}',
  'exclusive-minimum': 'Must be more than {limit}',
  'exclusive-maximum': 'Must be less than {limit}',
  'multiple-of': 'Must be a multiple of {limit}',
  'min-length': 'At least {limit} characters',
  'max-length': 'At most {limit} characters',
  pattern: 'Has the wrong format',
  format: 'Has the wrong format',
  'format.email': 'Enter a valid e-mail address',
  'format.uri': 'Enter a web address starting with http:// or https://',
  'format.date': 'Enter a valid date (like 2026-01-31)',
  'format.date-time': 'Enter a valid date and time',
  'format.time': 'Enter a valid time (like 09:30)',
  'format.uuid': 'Must be a UUID',
  'min-items': 'At least {limit} items',
  'max-items': 'At most {limit} items',
  'unique-items': 'Items must not repeat',
  'min-properties': 'Fill in at least {limit} entries',
  'max-properties': 'Fill in at most {limit} entries',
  'additional-property': 'This field is not allowed',
  'property-names': 'This field name is not allowed',
  'one-of': 'Must match exactly one of the cases',
  'any-of': 'Must match at least one of the cases',
  not: 'This value is not allowed',
  contains: 'At least one item must fit',
  'additional-items': 'Too many items',
  'false-schema': 'Nothing may be entered here',
  invalid: 'Is not valid',
  'regex-work-exceeded': 'Too much text to check against formats; shorten it and try again',
  'too-deep': 'Nested too deeply (at most {limit} levels)',
  'too-many-nodes': 'Too many values (at most {limit})',
  'too-large': 'Too large (at most {limit} KB)',
  'forbidden-key': 'The name “{key}” is not allowed',
  'not-json': 'Is not a JSON value',
  'too-many-properties': 'Too many fields (at most {limit} in the whole form)',
  'remote-ref': '$ref may only point inside this form (start with #)',
  'ref-unsupported': '$ref must be #/definitions/<name>, name an existing definition, and not be used inside definitions',
  'id-not-allowed': '$id is not allowed in a form',
  'dialect-unsupported': 'Forms support JSON Schema draft-07 only',
  'unknown-keyword': 'Unsupported keyword “{keyword}”',
  'pattern-too-long': 'Regular expression too long (at most {limit} characters)',
  'pattern-unsupported': 'Unsupported regular expression (no backreferences or lookarounds, and not too complex)',
  'format-unsupported': 'Unsupported format “{format}”',
  'limit-too-high': '{keyword} must be at most {limit}',
  'schema-invalid': 'Is not valid JSON Schema draft-07',
};

const catalogs: Readonly<Record<FormLocale, Readonly<Record<string, string>>>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Every message key, for the test that both languages have each one. */
export function formMessageKeys(locale: FormLocale): string[] {
  return Object.keys(catalogs[locale]);
}

export function hasFormMessage(key: string): boolean {
  return Object.hasOwn(zhCN, key);
}

/** The message for `key` with `{name}` placeholders filled; an unknown key reads as `invalid`. */
export function formMessage(locale: FormLocale, key: string, vars: MessageVars = {}): string {
  const catalog = catalogs[locale];
  const template = Object.hasOwn(catalog, key) ? catalog[key] : catalog.invalid;
  return (template ?? key).replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : match,
  );
}
