import type { OwnerDatabase } from '../db/owner-database.ts';

/**
 * The companies that have mail due, for the dispatcher's sweep: the one cross-company read of mail,
 * company ids only (see OwnerDatabase.readAcrossCompanies). The mail itself is then read and updated in a
 * transaction bound to each company, under RLS like any other.
 */
export function dueMailTenants(ownerDb: OwnerDatabase, limit: number): Promise<string[]> {
  return ownerDb.companyIds(`SELECT DISTINCT tenant_id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= now() LIMIT $1`, [limit]);
}
