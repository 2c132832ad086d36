import { describe, expect, it } from 'vitest';
import { availableActions, isActionAvailable, isDeletable, isEditable } from './record-actions.ts';
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

describe('editing and deleting a record', () => {
  const resource = { can: { create: true, update: true, delete: true }, editableWhen: { status: ['draft'] }, deletableWhen: {} };
  it('offers editing only in the states the resource allows, and only to those who may update', () => {
    expect(isEditable(resource, { status: 'draft' })).toBe(true);
    expect(isEditable(resource, { status: 'published' })).toBe(false);
    expect(isEditable({ ...resource, can: { ...resource.can, update: false } }, { status: 'draft' })).toBe(false);
  });
  it('offers deleting always when the resource sets no states, and never without the right', () => {
    expect(isDeletable(resource, { status: 'published' })).toBe(true);
    expect(isDeletable({ ...resource, can: { ...resource.can, delete: false } }, { status: 'draft' })).toBe(false);
  });
});
