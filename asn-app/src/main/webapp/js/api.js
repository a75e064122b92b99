// The mobile API at /api/v1 (same origin: no CORS). Every call says the phone's language and which client this is;
// the token goes in the Authorization header only.
import { lang, t, has } from './i18n.js';
import { VERSION } from './version.js';
import * as session from './session.js';

const BASE = '/api/v1';
export const CLIENT = `SAPO-Web/${VERSION}`;

/**
 * The server answered with a problem (RFC 9457): status, code, detail (this occurrence's sentence for the ASN, in
 * the phone's language; title is only the code's fixed heading) and details.
 */
export class ApiProblem extends Error {
  constructor(status, problem, retryAfterS) {
    super(problem.detail || problem.title || problem.code || `HTTP ${status}`);
    this.status = status;
    this.code = problem.code || `HTTP_${status}`;
    this.problem = problem;
    this.retryAfterS = retryAfterS;
  }

  /** Whether asking again may get another answer: the server was busy or failing, nothing was decided. */
  get transient() {
    return this.status >= 500 || this.status === 429 || this.code === 'SIMULTANEOUS_ATTEMPT';
  }
}

/** No answer at all: no network, or no answer within the time limit. Nothing is known of what happened. */
export class NoAnswer extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}

/**
 * Sends one request. Answers {status, data} (data: the JSON, or a Blob for a picture); throws ApiProblem for a
 * problem answer and NoAnswer when there was none.
 */
export async function request(method, path, { body, idempotencyKey, timeoutMs = 20000, auth = true } = {}) {
  const headers = { Accept: 'application/json, application/problem+json, image/jpeg', 'Accept-Language': lang, 'X-Sapo-Client': CLIENT };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (idempotencyKey) {
    headers['Idempotency-Key'] = idempotencyKey;
  }
  const bearer = auth ? session.token() : null;
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  if (!navigator.onLine) {
    throw new NoAnswer('offline');
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let response;
  try {
    response = await fetch(BASE + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      signal: abort.signal, cache: 'no-store', credentials: 'omit', redirect: 'error'
    });
  } catch (e) {
    throw new NoAnswer(abort.signal.aborted ? 'timeout' : (navigator.onLine ? 'server' : 'offline'));
  } finally {
    clearTimeout(timer);
  }
  if (response.ok) {
    const type = response.headers.get('Content-Type') || '';
    if (response.status === 204) {
      return { status: 204, data: null };
    }
    const data = type.includes('json') ? await response.json() : await response.blob();
    if (method === 'GET' && path === '/me' && bearer) {
      // the profile says whether the password the admin OPD set still waits to be replaced
      if (data.mustChangePassword === true) {
        session.passwordChangeRequired();
      } else if (data.mustChangePassword === false) {
        session.passwordChanged();
      }
    }
    return { status: response.status, data };
  }
  let problem = {};
  try {
    problem = await response.json();
  } catch (ignored) {
    // a proxy's error page, not SAPO's problem+json
  }
  const retryAfter = Number(response.headers.get('Retry-After')) || Number(problem.retryAfterS) || null;
  const error = new ApiProblem(response.status, problem, retryAfter);
  if (response.status === 401 && bearer) {
    session.expired(error);
  } else if (response.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED' && bearer) {
    session.passwordChangeRequired();
  }
  throw error;
}

export async function get(path) {
  return (await request('GET', path)).data;
}

export async function post(path, body, options = {}) {
  return request('POST', path, { ...options, body });
}

/** Ends the token on the server (when it is reached) and on the phone. */
export async function logOut() {
  try {
    await post('/auth/logout', undefined);
  } catch (e) {
    // the token ends on the phone either way; the server lets it expire if it was not reached
  }
  session.clear();
}

/**
 * The sentence for the ASN about a request that failed: the app's own words where it has them (problem.<code>, or
 * problem.<code>.<reason> for a weak password), filled in from the problem's details; else the server's detail,
 * which is in the phone's language already; or, without an answer, that the server could not be reached.
 */
export function explain(error) {
  if (!(error instanceof ApiProblem)) {
    return t('error.network');
  }
  const details = { ...error.problem };
  if (error.retryAfterS) {
    details.minutes = details.minutes ?? Math.max(1, Math.ceil(error.retryAfterS / 60));
  }
  for (const key of [`problem.${error.code}.${details.reason}`, `problem.${error.code}`]) {
    if (has(key)) {
      return t(key, details);
    }
  }
  return error.message;
}
