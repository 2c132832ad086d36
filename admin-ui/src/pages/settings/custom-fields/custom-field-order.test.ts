import { describe, expect, it } from 'vitest';
import { movedSortOrders } from './custom-field-order.ts';

describe('moving a field up or down', () => {
  const fields = [
    { id: 'a', sortOrder: 0 },
    { id: 'b', sortOrder: 10 },
    { id: 'c', sortOrder: 20 },
  ];

  it('swaps the numbers of the two fields', () => {
    expect(movedSortOrders(fields, 'b', -1)).toEqual([
      { id: 'b', sortOrder: 0 },
      { id: 'a', sortOrder: 10 },
    ]);
    expect(movedSortOrders(fields, 'b', 1)).toEqual([
      { id: 'c', sortOrder: 10 },
      { id: 'b', sortOrder: 20 },
    ]);
  });

  it('renumbers a list whose numbers tie, so the move shows', () => {
    const tied = [
      { id: 'a', sortOrder: 5 },
      { id: 'b', sortOrder: 5 },
      { id: 'c', sortOrder: 5 },
    ];
    expect(movedSortOrders(tied, 'c', -1)).toEqual([
      { id: 'a', sortOrder: 0 },
      { id: 'c', sortOrder: 10 },
      { id: 'b', sortOrder: 20 },
    ]);
  });

  it('does nothing at the ends or for a field not listed', () => {
    expect(movedSortOrders(fields, 'a', -1)).toEqual([]);
    expect(movedSortOrders(fields, 'c', 1)).toEqual([]);
    expect(movedSortOrders(fields, 'x', 1)).toEqual([]);
  });
});
