/*
 * How wide each field is in the antd theme's grid (24 = the whole row). Wide screens get two columns
 * (UI.md, "Form page or drawer"), except fields that need the room: text areas, lists, nested objects.
 * The theme looks a field up by its `ui:widget`, else its `ui:field`, else its type, so every widget
 * name a schema may use is listed.
 */
const halfWidth = [
  'string',
  'number',
  'integer',
  'boolean',
  'null',
  'text',
  'password',
  'email',
  'uri',
  'date',
  'datetime',
  'date-time',
  'time',
  'color',
  'select',
  'radio',
  'checkbox',
  'updown',
  'range',
  'hidden',
  'MoneyWidget',
  'DateTimeWidget',
  'department-select',
  'role-select',
  'member-select',
];
const fullWidth = [
  'array',
  'object',
  'textarea',
  'richtext',
  'checkboxes',
  'alt-date',
  'alt-datetime',
  'file',
  'files',
];

export function formColumnSpans(isWide: boolean): Record<string, number> {
  return Object.fromEntries([
    ...halfWidth.map((name) => [name, isWide ? 12 : 24]),
    ...fullWidth.map((name) => [name, 24]),
  ]);
}
