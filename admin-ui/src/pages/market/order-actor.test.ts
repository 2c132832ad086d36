import { describe, expect, it } from 'vitest';
import { orderActorLabel } from './order-actor.ts';

const t = (key: string) => key;

describe('order actors', () => {
  it.each([
    ['user:u1', 'market.actor.me'],
    ['user:u2', 'market.actor.member'],
    ['operator:o1', 'market.actor.operator'],
    ['system', 'market.actor.system'],
    ['robot:x', 'robot:x'],
  ])('names %s', (actor, label) => {
    expect(orderActorLabel(actor, 'u1', t)).toBe(label);
  });
});
