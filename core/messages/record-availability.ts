import type { FastifyRequest } from 'fastify';
import { readScopedRows } from '../access/scoped/scoped-get.ts';
import { ForbiddenError } from '../http/core-errors.ts';
import type { Message } from './entities/message.ts';
import { type RecordType, recordTypeOf } from './record-types.ts';

type RecordRef = Pick<Message, 'recordSubject' | 'recordId'>;

const keyOf = (subject: string, id: string) => `${subject}\u0000${id}`;

/**
 * Tells, for each of the messages, whether the signed-in reader may still read the record it is about:
 * one scoped read per subject (the same rules, data scopes and RLS as the record's own list), and none
 * for a record whose module the company has disabled or whose type no served plugin declares. A message
 * about no record is always available.
 */
export async function recordAvailability(
  req: FastifyRequest,
  messages: readonly RecordRef[],
): Promise<(message: RecordRef) => boolean> {
  const idsBySubject = new Map<string, Set<string>>();
  for (const { recordSubject, recordId } of messages) {
    if (!recordSubject || !recordId) continue;
    const ids = idsBySubject.get(recordSubject) ?? new Set<string>();
    ids.add(recordId);
    idsBySubject.set(recordSubject, ids);
  }
  const enabled = req.principal?.access.context.enabledPlugins ?? [];
  const readable = new Set<string>();
  for (const [subject, ids] of idsBySubject) {
    const type = recordTypeOf(req.server.plugins, subject);
    if (!type || !enabled.includes(type.plugin)) continue;
    for (const id of await readableIds(req, type.entity, subject, [...ids])) readable.add(keyOf(subject, id));
  }
  return ({ recordSubject, recordId }) =>
    !recordSubject || !recordId || readable.has(keyOf(recordSubject, recordId));
}

/** The ids the reader may read; none, rather than a refused inbox, when their rules leave no row of the subject. */
async function readableIds(req: FastifyRequest, entity: RecordType['entity'], subject: string, ids: string[]) {
  try {
    const rows = await readScopedRows(req, entity, subject, ids, ['id']);
    return rows.map((row) => String(row['id']));
  } catch (error) {
    if (error instanceof ForbiddenError) return [];
    throw error;
  }
}
