export type MessageVars = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders; an unknown key shows itself so it is easy to spot. */
export function translate(messages: Record<string, string>, key: string, vars?: MessageVars): string {
  const template = messages[key];
  if (template === undefined) return key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}
