import { isRaw, JsonProperty, Utils } from '@mikro-orm/core';

export interface BoundStatement {
  sql: string;
  values: unknown[];
}

/** How a value travels as a bound parameter (what MikroORM would otherwise render as an SQL literal). */
function toParameter(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Utils.isPlainObject(value) || (value as { [JsonProperty]?: unknown } | null)?.[JsonProperty]) {
    return JSON.stringify(value);
  }
  return value ?? null;
}

/**
 * Turns MikroORM's `?` placeholders into PostgreSQL's `$n` with a values array, so every value reaches the
 * server as a bound parameter. MikroORM itself formats values into the SQL text before sending it; its
 * escaping matches libpq's, but the architecture asks for bound values everywhere. Follows MikroORM's own
 * placeholder rules: `??` is an identifier (quoted inline; identifiers never come from user input), `\?` a
 * literal question mark, an array value a list (`in (?)`), a raw fragment SQL with placeholders of its own.
 */
export function bindPlaceholders(
  sql: string,
  params: readonly unknown[],
  quoteIdentifier: (id: string) => string,
  values: unknown[] = [],
): BoundStatement {
  let out = '';
  let pos = 0;
  let next = 0;
  const bind = (value: unknown): string => {
    if (isRaw(value)) return bindPlaceholders(value.sql, value.params, quoteIdentifier, values).sql;
    if (Array.isArray(value)) return value.map(bind).join(', ');
    values.push(toParameter(value));
    return `$${values.length}`;
  };
  while (pos < sql.length) {
    const idx = sql.indexOf('?', pos);
    if (idx === -1) {
      out += sql.slice(pos);
      break;
    }
    if (idx > 0 && sql[idx - 1] === '\\') {
      out += `${sql.slice(pos, idx - 1)}?`;
      pos = idx + 1;
    } else if (sql[idx + 1] === '?') {
      out += sql.slice(pos, idx) + quoteIdentifier(String(params[next++]));
      pos = idx + 2;
    } else {
      out += sql.slice(pos, idx) + bind(params[next++]);
      pos = idx + 1;
    }
  }
  return { sql: out, values };
}
