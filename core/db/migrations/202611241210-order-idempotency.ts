import type { Migration } from '../migration.ts';

/** Order creation accepts an `Idempotency-Key`: a retried request finds the order it already made. */
export const orderIdempotency: Migration = {
  name: '202611241210-order-idempotency',
  up: `
ALTER TABLE module_orders ADD COLUMN idempotency_key text CHECK (char_length(idempotency_key) BETWEEN 1 AND 100),
  ADD COLUMN request_hash text;
CREATE UNIQUE INDEX module_orders_idempotency ON module_orders (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;`,
  down: 'DROP INDEX module_orders_idempotency; ALTER TABLE module_orders DROP COLUMN request_hash, DROP COLUMN idempotency_key;',
};
