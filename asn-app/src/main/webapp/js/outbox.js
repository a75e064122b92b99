// The attendance tap that has not been answered yet. Each tap gets one Idempotency-Key; the request is sent again
// with the same key (no network, a time-out, a 5xx, 503 with Retry-After) until the server gives a definite answer,
// so that a tap is recorded once and never twice. It is kept on the phone meanwhile, so that closing the app does not
// lose it. Success is shown only after the server's 201/200.
import { request, ApiProblem, NoAnswer } from './api.js';

const STORE = 'sapo.pendingAttendance';
const listeners = new Set();
let timer = null;
let inFlight = false;
let tries = 0;

/** The attempt waiting for an answer, if any: {key, type, body, tappedAt}. */
export function pending() {
  try {
    return JSON.parse(localStorage.getItem(STORE) || 'null');
  } catch (e) {
    return null;
  }
}

/** Listens to {phase: 'sending' | 'pending' | 'accepted' | 'refused', attempt, …}; answers a function to stop. */
export function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(state) {
  for (const listener of listeners) {
    listener(state);
  }
}

/** A new tap: keeps it with a fresh key and sends it. Refused while another tap is still waiting. */
export function submit(type, body) {
  if (pending()) {
    return false;
  }
  const attempt = { key: crypto.randomUUID(), type, body, tappedAt: new Date().toISOString() };
  localStorage.setItem(STORE, JSON.stringify(attempt));
  tries = 0;
  send(attempt);
  return true;
}

/** Sends the waiting attempt again now (the app was reopened, the network is back, or the ASN asked). */
export function retryNow() {
  const attempt = pending();
  if (attempt && !inFlight) {
    send(attempt);
  }
}

/** Gives up the waiting attempt (the ASN decided not to send it). Nothing was recorded for it. */
export function discard() {
  clearTimeout(timer);
  localStorage.removeItem(STORE);
  emit({ phase: 'discarded' });
}

async function send(attempt) {
  clearTimeout(timer);
  inFlight = true;
  emit({ phase: 'sending', attempt });
  try {
    const answer = await request('POST', '/attendance', { body: attempt.body, idempotencyKey: attempt.key, timeoutMs: 30000 });
    done();
    emit({ phase: 'accepted', attempt, repeated: answer.status === 200, event: answer.data });
  } catch (e) {
    if (e instanceof ApiProblem && !e.transient) {
      done();
      emit({ phase: 'refused', attempt, problem: e });
      return;
    }
    inFlight = false;
    tries += 1;
    const reason = e instanceof NoAnswer ? e.reason : (e.status === 503 ? 'busy' : 'server');
    const waitS = e.retryAfterS || Math.min(30, 2 ** Math.min(tries, 5));
    const retryAt = Date.now() + waitS * 1000;
    timer = setTimeout(() => send(attempt), waitS * 1000);
    emit({ phase: 'pending', attempt, reason, retryAt, online: navigator.onLine });
  }
}

function done() {
  inFlight = false;
  clearTimeout(timer);
  localStorage.removeItem(STORE);
}

window.addEventListener('online', retryNow);
