import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { fillBlockOf, fillBlockOfProblem, withDataPointers } from './fill-state.ts';

const now = new Date('2026-12-01T02:00:00Z');
const open = { onePerUser: false, opensAt: null, closesAt: null, submitterRoles: [] };
const state = { latestVersion: 1, settings: open, now, maySubmit: true, roles: ['member'], hasSubmitted: false };
const problem = (code: string, status: number) => new ApiError({ code, title: code, status });

describe('whether a form can be filled in', () => {
  it('is open when published, allowed, in time and not yet submitted', () => {
    expect(fillBlockOf(state)).toBeUndefined();
    expect(fillBlockOf({ ...state, settings: { ...open, onePerUser: true } })).toBeUndefined();
    expect(fillBlockOf({ ...state, settings: { ...open, submitterRoles: ['member', 'sales'] } })).toBeUndefined();
    expect(fillBlockOf({ ...state, settings: { ...open, opensAt: '2026-12-01T01:00:00Z', closesAt: '2026-12-01T03:00:00Z' } })).toBeUndefined();
  });

  it.each([
    [{ latestVersion: null }, 'not-published'],
    [{ maySubmit: false }, 'forbidden'],
    [{ settings: { ...open, submitterRoles: ['sales'] } }, 'forbidden'],
    [{ settings: { ...open, opensAt: '2026-12-02T00:00:00Z' } }, 'closed'],
    [{ settings: { ...open, closesAt: '2026-12-01T02:00:00Z' } }, 'closed'],
    [{ settings: { ...open, onePerUser: true }, hasSubmitted: true }, 'already-submitted'],
  ])('%j: %s', (patch, block) => {
    expect(fillBlockOf({ ...state, ...patch })).toBe(block);
  });

  it('reads the block from a refused submission', () => {
    expect(fillBlockOfProblem(problem('form-closed', 409))).toBe('closed');
    expect(fillBlockOfProblem(problem('form-already-submitted', 409))).toBe('already-submitted');
    expect(fillBlockOfProblem(problem('form-not-published', 409))).toBe('not-published');
    expect(fillBlockOfProblem(problem('forbidden', 403))).toBe('forbidden');
    expect(fillBlockOfProblem(problem('validation-failed', 400))).toBeUndefined();
    expect(fillBlockOfProblem(new Error('x'))).toBeUndefined();
  });

  it('points data problems at the form fields', () => {
    const refused = new ApiError({
      code: 'validation-failed',
      title: '校验失败',
      status: 400,
      errors: [
        { pointer: '/body/data/store', code: 'required', message: '必填' },
        { pointer: '/body/data/contact/phone', code: 'pattern', message: '格式不正确' },
        { pointer: '/body/data', code: 'additional-property', message: 'x' },
      ],
    });
    const mapped = withDataPointers(refused) as ApiError;
    expect(mapped.errors.map((error) => error.pointer)).toEqual(['/body/store', '/body/contact/phone', '/body']);
    expect(mapped.title).toBe('校验失败');
  });
});
