import type { FastifyRequest } from 'fastify';

/** Invitation tokens travel in URLs (`/by-token/<token>`, `?token=`); they must never reach a log line. */
export function redactUrl(url: string): string {
  return url.replace(/\/by-token\/[^/?#]+/g, '/by-token/[redacted]').replace(/([?&]token=)[^&#]*/g, '$1[redacted]');
}

/** pino request serializer: what fastify logs by default, with secrets in the URL removed. */
export function serializeRequest(req: FastifyRequest) {
  return { method: req.method, url: redactUrl(req.url), remoteAddress: req.ip };
}
