import type pg from 'pg';
import { createOperator, disableOperator, listOperators, OperatorAccountError } from '../operator/operator-accounts.ts';

export const operatorsUsage = `  operators create <email> [--name <display name>]
                               a platform operator account (operator console); prints its password once
  operators list               every operator account, disabled ones marked
  operators disable <email>    disable an account and end its sessions at once (its audit rows stay)`;

export const operatorCommands = ['create', 'list', 'disable'];

/** `operators <command> …` as the owner role; returns the exit code. */
export async function runOperatorsCommand(client: pg.Client, command: string, rest: readonly string[], print: (line: string) => void): Promise<number> {
  const nameAt = rest.indexOf('--name');
  const displayName = nameAt >= 0 ? rest[nameAt + 1] : undefined;
  const args = rest.filter((_, i) => nameAt < 0 || (i !== nameAt && i !== nameAt + 1));
  if (command === 'list') {
    for (const operator of await listOperators(client)) {
      const state = operator.disabledAt ? `disabled ${operator.disabledAt.toISOString()}` : 'active';
      print(`${operator.email}  ${operator.displayName}  created ${operator.createdAt.toISOString()}  ${state}`);
    }
    return 0;
  }
  const [email, ...extra] = args;
  if (!email || extra.length > 0 || (nameAt >= 0 && !displayName)) {
    print(`${command} takes exactly one e-mail address${command === 'create' ? ' (and optionally --name <display name>)' : ''}`);
    return 2;
  }
  if (command === 'create') {
    try {
      const { operator, password } = await createOperator(client, { email, ...(displayName ? { displayName } : {}) });
      print(`created operator ${operator.email} (${operator.displayName})`);
      print(`password (shown only now): ${password}`);
      return 0;
    } catch (error) {
      if (!(error instanceof OperatorAccountError)) throw error;
      print(error.message);
      return 1;
    }
  }
  if (!(await disableOperator(client, email))) {
    print(`no operator with the e-mail ${email}`);
    return 1;
  }
  print(`disabled operator ${email.trim().toLowerCase()}; its sessions have ended`);
  return 0;
}
