// What the app keeps on the phone: the bearer token (never in a URL), the device id it generated once, and the last
// login name. Personal data from the API is never kept: it is asked for again on each screen.
const KEYS = { token: 'sapo.token', expires: 'sapo.tokenExpires', device: 'sapo.deviceId', login: 'sapo.login' };

let expiredListener = () => {};

/** The bearer token; the server's clock, not the phone's, decides when it expires (401 TOKEN_EXPIRED). */
export function token() {
  return localStorage.getItem(KEYS.token);
}

export function save(value, expiresAt) {
  localStorage.setItem(KEYS.token, value);
  localStorage.setItem(KEYS.expires, expiresAt);
}

export function clear() {
  localStorage.removeItem(KEYS.token);
  localStorage.removeItem(KEYS.expires);
}

/** The id this phone is bound by: made once, kept until the browser's data is cleared. */
export function deviceId() {
  let id = localStorage.getItem(KEYS.device);
  if (!id) {
    id = `web-${crypto.randomUUID()}`;
    localStorage.setItem(KEYS.device, id);
  }
  return id;
}

/** The phone's model as far as the browser tells it (Chromium on Android tells it; others only the system). */
export async function deviceModel() {
  try {
    if (navigator.userAgentData && navigator.userAgentData.getHighEntropyValues) {
      const values = await navigator.userAgentData.getHighEntropyValues(['model', 'platform', 'platformVersion']);
      const model = [values.model, values.platform, values.platformVersion].filter(Boolean).join(' ').trim();
      if (model) {
        return model.slice(0, 200);
      }
    }
  } catch (ignored) {
    // a browser may refuse the high-entropy values; the user agent's system part is then all there is
  }
  const system = /\(([^)]+)\)/.exec(navigator.userAgent);
  return (system ? system[1] : navigator.platform || 'Browser').slice(0, 200);
}

export function lastLogin() {
  return localStorage.getItem(KEYS.login) || '';
}

export function rememberLogin(login) {
  localStorage.setItem(KEYS.login, login);
}

/** Called when the server says the token is no longer good (expired, revoked, unknown). */
export function onExpired(listener) {
  expiredListener = listener;
}

export function expired(problem) {
  clear();
  expiredListener(problem);
}
