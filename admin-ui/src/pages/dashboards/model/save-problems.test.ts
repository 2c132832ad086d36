import { describe, expect, it } from 'vitest';
import { problemsAt, problemsByPath, unplacedProblems } from './save-problems.ts';

const problems = problemsByPath([
  { pointer: '/body/widgets/0/reportId', code: 'unknown-report', message: '报表不存在' },
  { pointer: '/body/filters/1/bindings/0/field', code: 'unknown-field', message: '没有这个字段' },
  { pointer: '/body/title', code: 'minLength', message: '必填' },
  { pointer: '/body/defaultForRoles/2', code: 'unknown-role', message: '角色不存在' },
]);

describe('where a save’s problems show', () => {
  it('on the control the pointer names, or the card that holds it', () => {
    expect(problemsAt(problems, 'widgets/0')).toEqual(['报表不存在']);
    expect(problemsAt(problems, 'widgets/1')).toEqual([]);
    expect(problemsAt(problems, 'filters/1/bindings/0')).toEqual(['没有这个字段']);
    expect(problemsAt(problems, 'title')).toEqual(['必填']);
    expect(problemsAt(problems, 'defaultForRoles')).toEqual(['角色不存在']);
  });

  it('in the message when no control shows it', () => {
    expect(unplacedProblems(problems, ['widgets', 'filters', 'title'])).toEqual(['角色不存在']);
  });
});
