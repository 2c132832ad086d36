import { describe, expect, it } from 'vitest';
import { mayHaveHome } from './home-choice.ts';

const page = (items: { defaultForRoles: string[] }[], total = items.length) => ({ items, total, page: 1, pageSize: 100 });

describe('whether the workbench asks for a home dashboard', () => {
  it('asks when a dashboard is default for one of the user’s roles', () => {
    expect(mayHaveHome(page([{ defaultForRoles: [] }, { defaultForRoles: ['sales', 'admin'] }]), ['admin'])).toBe(true);
  });

  it('does not ask when none is, or there are no dashboards', () => {
    expect(mayHaveHome(page([{ defaultForRoles: ['sales'] }]), ['member'])).toBe(false);
    expect(mayHaveHome(page([]), ['owner'])).toBe(false);
  });

  it('asks when the list did not fit one page (the home one may be on another)', () => {
    expect(mayHaveHome(page([{ defaultForRoles: [] }], 101), ['member'])).toBe(true);
  });
});
