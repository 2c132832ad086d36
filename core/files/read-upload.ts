import type { FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { maxFileBytes } from './allowed-file-types.ts';
import { FileMissingError, FileTooLargeError } from './file-errors.ts';

/** Room for the multipart framing around the file (boundaries, part headers, a few small fields). */
const framingBytes = 64 * 1024;

const isTooLarge = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE';

/**
 * The one file of a multipart upload, read into memory and cut off at the size limit. A declared length
 * beyond the limit is refused before a byte is read.
 */
export async function readUpload(req: FastifyRequest): Promise<{ name: string; bytes: Buffer }> {
  if (!req.isMultipart()) throw new FileMissingError({});
  if (Number(req.headers['content-length'] ?? 0) > maxFileBytes + framingBytes) throw new FileTooLargeError({ limit: maxFileBytes });
  try {
    const part = await req.file({ limits: { fileSize: maxFileBytes, files: 1, fields: 10, parts: 20 } });
    if (!part) throw new FileMissingError({});
    const bytes = await part.toBuffer();
    if (bytes.length === 0) throw new FileMissingError({});
    return { name: part.filename, bytes };
  } catch (error) {
    if (isTooLarge(error)) throw new FileTooLargeError({ limit: maxFileBytes });
    throw error;
  }
}
