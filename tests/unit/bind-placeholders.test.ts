import { raw } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { bindPlaceholders } from '../../core/db/bind-placeholders.ts';

const quote = (id: string) => `"${id.replaceAll('"', '""')}"`;

describe('MikroORM placeholders as bound parameters', () => {
  it('numbers the values and keeps them out of the text', () => {
    expect(bindPlaceholders('select * from t where a = ? and b = ? limit ?', ["x' or 1=1 --", 2, 50], quote)).toEqual({
      sql: 'select * from t where a = $1 and b = $2 limit $3',
      values: ["x' or 1=1 --", 2, 50],
    });
  });

  it('quotes ?? identifiers, keeps \\? as a literal question mark and expands lists', () => {
    const bound = bindPlaceholders('select ?? from t where j \\? ? and id in (?)', ['my col', 'key', ['a', 'b', 'c']], quote);
    expect(bound).toEqual({ sql: 'select "my col" from t where j ? $1 and id in ($2, $3, $4)', values: ['key', 'a', 'b', 'c'] });
  });

  it('binds the values inside raw fragments, JSON objects and bigints', () => {
    const bound = bindPlaceholders('update t set data = ?, n = ?, x = ?', [{ a: 1 }, 12n, raw('coalesce(x, ?)', ['d'])], quote);
    expect(bound).toEqual({ sql: 'update t set data = $1, n = $2, x = coalesce(x, $3)', values: ['{"a":1}', '12', 'd'] });
  });

  it('leaves statements without placeholders alone', () => {
    expect(bindPlaceholders('select 1', [], quote)).toEqual({ sql: 'select 1', values: [] });
  });
});
