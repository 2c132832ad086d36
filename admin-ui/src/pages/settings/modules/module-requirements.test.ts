import { describe, expect, it } from 'vitest';
import { missingRequirements, moduleTitles } from './module-requirements.ts';

const module = (name: string, requires: string[], enabled = false) => ({ name, requires, enabled, title: `T-${name}` });

describe('module requirements', () => {
  it('lists the modules that are not enabled yet, requirements first, each once', () => {
    const orders = module('orders', ['products', 'dealers']);
    const modules = [
      orders,
      module('products', ['catalog']),
      module('catalog', []),
      module('dealers', ['catalog', 'regions']),
      module('regions', [], true),
    ];
    expect(missingRequirements(orders, modules)).toEqual(['catalog', 'products', 'dealers']);
  });

  it('stops at enabled modules and keeps names that are not installed', () => {
    const orders = module('orders', ['products', 'ghost']);
    const modules = [orders, module('products', ['catalog'], true), module('catalog', [])];
    expect(missingRequirements(orders, modules)).toEqual(['ghost']);
  });

  it('survives a cycle and never lists the module itself', () => {
    const a = module('a', ['b']);
    expect(missingRequirements(a, [a, module('b', ['a'])])).toEqual(['b']);
  });

  it('names modules by title where known', () => {
    const titleOf = moduleTitles([module('orders', [])]);
    expect(titleOf('orders')).toBe('T-orders');
    expect(titleOf('ghost')).toBe('ghost');
  });
});
