import { localizeAccessVars } from '../access/localize-access-vars.ts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { translate } from '../i18n/translate.ts';
import {
  BodyTooLargeError,
  InternalError,
  MalformedBodyError,
  RouteNotFoundError,
  UnsupportedMediaTypeError,
  ValidationFailedError,
} from './core-errors.ts';
import { DomainError, type FieldProblem } from './domain-error.ts';
import { loggableError } from './loggable-error.ts';
import { wantsAdminUiPage } from './static-ui.ts';
import { fieldProblemsOf } from './validation-problems.ts';

export const problemContentType = 'application/problem+json';

/** Turns fastify's own errors (parsing, validation, limits) into the matching domain error. */
function toDomainError(
  error: FastifyError,
  req: FastifyRequest,
  bodyLimit: number,
): DomainError<Record<string, string | number>> {
  if (error instanceof DomainError) return error;
  if (error.validation) {
    return new ValidationFailedError(
      {},
      { fieldProblems: fieldProblemsOf(error.validation, error.validationContext, req.locale) },
    );
  }
  switch (error.statusCode) {
    case 400:
      return new MalformedBodyError({});
    case 413:
      return new BodyTooLargeError({ limit: bodyLimit });
    case 415:
      return new UnsupportedMediaTypeError({});
    default:
      return new InternalError({ requestId: String(req.id) });
  }
}

export function sendProblem(
  reply: FastifyReply,
  req: FastifyRequest,
  error: DomainError<Record<string, string | number>>,
) {
  const vars =
    error instanceof InternalError
      ? { requestId: String(req.id) }
      : localizeAccessVars(error.vars, req.server.subjects, req.locale);
  const problems: FieldProblem[] = [...error.fieldProblems];
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply
    .code(error.status)
    .type(problemContentType)
    .send({
      type: `urn:tessera:problem:${error.code}`,
      code: error.code,
      title: translate(req.locale, `errors.${error.code}.title`, vars),
      status: error.status,
      detail: translate(req.locale, `errors.${error.code}.detail`, vars),
      instance: req.url.split('?')[0],
      requestId: String(req.id),
      ...(problems.length > 0 ? { errors: problems } : {}),
    });
}

/** The one error handler: every failure leaves as problem+json; internals are logged, never sent. */
export function registerErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const domainError = toDomainError(error, req, bodyLimit);
    if (domainError instanceof InternalError) {
      // a client that hung up had its transaction rolled back under the handler (request-pipeline.ts)
      if (req.raw.socket?.destroyed === true) req.log.info({ err: loggableError(error) }, 'request failed after its client left');
      else req.log.error({ err: loggableError(error) }, 'unhandled error');
    }
    return sendProblem(reply, req, domainError);
  });
}

/** Unknown API paths are problem+json 404s; other browser page requests get the admin UI's index.html. */
export function registerNotFoundHandler(app: FastifyInstance, uiIndexHtml?: Buffer): void {
  app.setNotFoundHandler((req, reply) => {
    if (uiIndexHtml && wantsAdminUiPage(req.method, req.url, req.headers.accept)) {
      return reply.type('text/html; charset=utf-8').send(uiIndexHtml);
    }
    return sendProblem(reply, req, new RouteNotFoundError({ method: req.method, path: req.url.split('?')[0] ?? '' }));
  });
}
