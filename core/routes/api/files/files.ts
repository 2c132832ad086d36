import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import { idParams } from '@tessera/schemas/common';
import { fileView } from '@tessera/schemas/file';
import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../../audit/write-audit.ts';
import { maxFileBytes } from '../../../files/allowed-file-types.ts';
import { contentDisposition } from '../../../files/content-disposition.ts';
import { FileTypeNotAllowedError } from '../../../files/file-errors.ts';
import { cleanFileName } from '../../../files/file-name.ts';
import { findFile, fileInfos, insertFile, type StoredFileInfo } from '../../../files/file-store.ts';
import { readUpload } from '../../../files/read-upload.ts';
import { sniffFileType } from '../../../files/sniff-file-type.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['files'];
const noun = (locale: string) => (locale === 'zh-CN' ? '文件' : 'file');
const viewOf = (file: StoredFileInfo) => ({ ...file, url: `/api/files/${file.id}` });

/**
 * Uploads for form file and image fields. Multipart is parsed on these routes only (elsewhere a
 * multipart body stays a 415), with a 10 MB cap per file instead of the app's JSON body limit.
 */
export default defineRoutes(async (app) => {
  await app.register(multipart, { limits: { fileSize: maxFileBytes, files: 1 } });

  app.post(
    '/',
    {
      schema: { tags, summary: 'Upload one file (multipart/form-data); its type is read from its bytes', response: { 201: fileView } },
      config: { access: { action: 'create', subject: 'File' } },
    },
    async (req, reply) => {
      const upload = await readUpload(req);
      const name = cleanFileName(upload.name);
      const contentType = await sniffFileType(upload.bytes, name);
      if (!contentType) throw new FileTypeNotAllowedError({ name });
      const file = { id: uuidv7(), name, contentType, size: upload.bytes.length };
      await insertFile(req.em, {
        ...file,
        tenantId: req.principal?.tenantId ?? '',
        sha256: createHash('sha256').update(upload.bytes).digest('hex'),
        content: upload.bytes,
        uploadedBy: req.principal?.userId ?? '',
      });
      await audit(req, { action: 'file.upload', subject: 'File', recordId: file.id, detail: { name, contentType, size: file.size } });
      reply.code(201);
      return viewOf(file);
    },
  );

  app.get(
    '/:id/info',
    {
      schema: { tags, summary: 'A file’s name, type and size', params: idParams, response: { 200: fileView } },
      config: { access: { action: 'read', subject: 'File' } },
    },
    async (req) => {
      const [file] = await fileInfos(req.em, [req.params.id]);
      if (!file) throw new NotFoundError({ resource: noun(req.locale) });
      return viewOf(file);
    },
  );

  app.get(
    '/:id',
    {
      schema: { tags, summary: 'A file’s bytes: raster images inline, everything else as an attachment', params: idParams },
      config: { access: { action: 'read', subject: 'File' } },
    },
    async (req, reply) => {
      const file = await findFile(req.em, req.params.id);
      if (!file) throw new NotFoundError({ resource: noun(req.locale) });
      return reply
        .type(file.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition(file.name, file.contentType))
        .header('cache-control', 'private, max-age=3600')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .send(file.content);
    },
  );
});
