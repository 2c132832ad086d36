import { isDeepStrictEqual } from 'node:util';
import { requestJson } from '../lib/http.ts';

/**
 * Sends one submission as the load will and checks the 201 answer echoes the data against the right form
 * and version, so a server that stores something else (or nothing) is never measured.
 */
export async function verifySubmission(
  baseUrl: string,
  request: { path: string; token: string; data: Record<string, unknown>; formId: string; version: number },
): Promise<void> {
  const response = await requestJson('POST', `${baseUrl}${request.path}`, {
    body: { data: request.data },
    headers: { authorization: `Bearer ${request.token}` },
    expected: 201,
  });
  const body = (response.body ?? {}) as Record<string, unknown>;
  if (body.formId !== request.formId || body.version !== request.version)
    throw new Error(`${baseUrl}: submission answered form ${String(body.formId)} version ${String(body.version)}`);
  if (!isDeepStrictEqual(body.data, request.data))
    throw new Error(`${baseUrl}: the submission's data came back changed: ${JSON.stringify(body.data).slice(0, 300)}`);
}

/** Sends a submission the form must refuse and checks it is refused at the field: the platform validates. */
export async function verifyRefusal(
  baseUrl: string,
  request: { path: string; token: string; data: Record<string, unknown>; pointer: string },
): Promise<void> {
  const response = await requestJson('POST', `${baseUrl}${request.path}`, {
    body: { data: request.data },
    headers: { authorization: `Bearer ${request.token}` },
    expected: 400,
  });
  const errors = ((response.body ?? {}) as { errors?: { pointer?: string }[] }).errors ?? [];
  if (!errors.some((error) => error.pointer === request.pointer))
    throw new Error(`${baseUrl}: no problem at ${request.pointer} in ${JSON.stringify(errors).slice(0, 300)}`);
}
