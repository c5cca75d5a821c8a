// The typed API client: paths, path parameters and query parameters come from the OpenAPI document (schema.d.ts is
// generated from apps/web/openapi.json), so a page cannot ask for a route or filter the API does not have.
import createClient, { type Middleware } from 'openapi-fetch';
import { errorMessage, isErrorCode } from '../../../../libs/domain/src/index';
import { lang, t } from '../i18n/i18n';
import type { paths } from './schema';
import { accessToken, endSession } from './session';

/** An API error with the status and, when the API gives them, a stable code and parameters, said in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly serverMessage: string,
    readonly code?: string,
    readonly params?: Record<string, string | number>,
    readonly body?: unknown,
  ) {
    super(localMessage(status, serverMessage, code, params));
  }
}

function localMessage(status: number, serverMessage: string, code?: string, params?: Record<string, string | number>): string {
  // the code's message from the catalogue the API and the CLI share (libs/domain), in the page's language
  if (code && isErrorCode(code)) return errorMessage(code, params ?? { message: serverMessage }, lang);
  // codes only the pages know (report warnings, period filters)
  const byCode = code ? ((t.errors as Record<string, unknown>)[code] ?? t.reportErrors[code]) : undefined;
  if (typeof byCode === 'function') return (byCode as (p: Record<string, string | number>) => string)(params ?? {});
  if (typeof byCode === 'string') return byCode;
  if (status === 0) return t.errors.network;
  if (status === 401) return t.errors.login;
  if (status === 403) return t.errors.forbidden;
  if (status === 404) return t.errors.notFound;
  if (status === 413) return t.errors.tooLarge;
  if (status === 429) return t.errors.tooMany;
  if (status === 400) return t.errors.validation({ message: serverMessage });
  return t.errors.generic({ status, message: serverMessage });
}

export function errorFrom(status: number, body: unknown): ApiError {
  const b = (body ?? {}) as { message?: string | string[]; code?: string; params?: Record<string, string | number> };
  const message = Array.isArray(b.message) ? b.message.join('; ') : (b.message ?? String(status));
  return new ApiError(status, message, b.code, b.params, body);
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, request }) {
    // An expired session sends the user back to sign in (but a failed sign-in is just an error).
    if (response.status === 401 && !request.url.endsWith('/api/auth/login')) {
      endSession();
      location.hash = '#/login';
    }
    return response;
  },
};

export const client = createClient<paths>({ baseUrl: location.origin });
client.use(auth);

interface Outcome {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The body of a successful response as T, for routes whose answer the document does not type (or a caller narrows), or an ApiError. */
export async function body<T>(call: Promise<Outcome>): Promise<T> {
  let outcome: Outcome;
  try {
    outcome = await call;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, String(error));
  }
  if (!outcome.response.ok) throw errorFrom(outcome.response.status, outcome.error);
  return outcome.data as T;
}

/** The body of a successful response typed as the OpenAPI document declares it for that route, or an ApiError. */
export function typedBody<C extends Outcome>(call: Promise<C>): Promise<NonNullable<C['data']>> {
  return body<NonNullable<C['data']>>(call);
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';
