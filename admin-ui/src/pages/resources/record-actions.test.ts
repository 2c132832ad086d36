import { describe, expect, it } from 'vitest';
import { availableActions, isActionAvailable } from './record-actions.ts';
import { resourceFixture } from './resource-fixture.ts';

describe("a record action's `when`", () => {
  it.each([
    [{ status: ['draft'] }, { status: 'draft' }, true],
    [{ status: ['draft'] }, { status: 'published' }, false],
    [{ status: ['draft', 'scheduled'] }, { status: 'scheduled' }, true],
    [{ status: ['draft'], pinned: [false] }, { status: 'draft', pinned: false }, true],
    [{ status: ['draft'], pinned: [false] }, { status: 'draft', pinned: true }, false],
    [{ budgetFen: [null] }, { budgetFen: null }, true],
    [{ level: [1, 2] }, { level: 2 }, true],
    [{ level: [1, 2] }, { level: '2' }, false],
    [{}, { status: 'anything' }, true],
  ])('%j on %j → %s', (when, record, expected) => {
    expect(isActionAvailable({ when }, record)).toBe(expected);
  });

  it('is not met by a field the user cannot read (absent from the record)', () => {
    expect(isActionAvailable({ when: { status: ['draft'] } }, {})).toBe(false);
    expect(isActionAvailable({ when: { budgetFen: [null] } }, {})).toBe(false);
  });

  it("offers a record only the actions its state allows", () => {
    const { actions } = resourceFixture();
    expect(availableActions(actions, { id: '1', status: 'draft' }).map((action) => action.name)).toEqual(['publish']);
    expect(availableActions(actions, { id: '1', status: 'published' }).map((action) => action.name)).toEqual(['withdraw']);
    expect(availableActions(actions, { id: '1', status: 'archived' })).toEqual([]);
  });
});
