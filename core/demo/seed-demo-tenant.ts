import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { User } from '../auth/entities/user.ts';
import { hashPassword } from '../auth/password.ts';
import type { Database } from '../db/database.ts';
import { createCompany } from '../tenancy/create-company.ts';

const demoEmail = 'owner@demo.tessera.local';

/**
 * On an empty database, creates a demo company and prints its owner's login once. The password is random
 * per database, so no known credential ships with the product.
 */
export async function seedDemoTenant(db: Database, log: (line: string) => void): Promise<void> {
  const platform = db.entityManager({ tenantId: null, userId: null });
  if ((await platform.count(User, {})) > 0) return;
  const password = randomBytes(9).toString('base64url');
  const tenantId = uuidv7();
  const userId = uuidv7();
  const passwordHash = await hashPassword(password);
  await db.transaction({ tenantId, userId }, (em) =>
    createCompany(em, {
      tenantId,
      userId,
      tenantName: '演示企业',
      displayName: '演示管理员',
      email: demoEmail,
      mobile: null,
      passwordHash,
      locale: 'zh-CN',
      details: { contactName: '演示管理员', address: '上海市浦东新区' },
    }),
  );
  log('created the demo company 演示企业; sign in once with:');
  log(`  login: ${demoEmail}   password: ${password}`);
}
