// What the app keeps on the phone: the bearer token (never in a URL) and whether it is good only for choosing a new
// password, the device id it generated once, and the last login name. Personal data from the API is never kept: it is
// asked for again on each screen.
const KEYS = {
  token: 'sapo.token', expires: 'sapo.tokenExpires', mustChange: 'sapo.mustChangePassword', device: 'sapo.deviceId',
  login: 'sapo.login'
};

let expiredListener = () => {};
let passwordListener = () => {};

/** The bearer token; the server's clock, not the phone's, decides when it expires (401 TOKEN_EXPIRED). */
export function token() {
  return localStorage.getItem(KEYS.token);
}

/** Keeps the login's token; mustChangePassword: the admin OPD set the password, and a new one comes first. */
export function save(value, expiresAt, mustChangePassword = false) {
  localStorage.setItem(KEYS.token, value);
  localStorage.setItem(KEYS.expires, expiresAt);
  if (mustChangePassword) {
    localStorage.setItem(KEYS.mustChange, 'true');
  } else {
    localStorage.removeItem(KEYS.mustChange);
  }
}

export function clear() {
  localStorage.removeItem(KEYS.token);
  localStorage.removeItem(KEYS.expires);
  localStorage.removeItem(KEYS.mustChange);
}

/**
 * Whether the password the admin OPD set still waits to be replaced: until it is, the server answers every request
 * but the profile, the change of password and logging out with PASSWORD_CHANGE_REQUIRED, and the app opens nothing
 * but the screen to change it.
 */
export function mustChangePassword() {
  return Boolean(token()) && localStorage.getItem(KEYS.mustChange) === 'true';
}

/** The server said the password must be changed first (after the login, in the profile, or refusing a request). */
export function passwordChangeRequired() {
  localStorage.setItem(KEYS.mustChange, 'true');
  passwordListener();
}

/** The ASN chose their own password: the token is good for everything again. */
export function passwordChanged() {
  localStorage.removeItem(KEYS.mustChange);
}

/** Called whenever the server says that the password must be changed first. */
export function onPasswordChangeRequired(listener) {
  passwordListener = listener;
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
