// The app's shell: the screens by the address's #fragment, the menu, the offline notice and the service worker.
import { t, lang } from './i18n.js';
import * as session from './session.js';
import * as outbox from './outbox.js';
import { h } from './dom.js';

const screens = {
  masuk: { module: () => import('./views/login.js'), public: true, title: 'login.title' },
  daftar: { module: () => import('./views/register.js'), public: true, title: 'register.title' },
  'lupa-sandi': { module: () => import('./views/forgot.js'), public: true, title: 'forgot.title' },
  beranda: { module: () => import('./views/home.js'), nav: 'home' },
  riwayat: { module: () => import('./views/month.js'), nav: 'month' },
  cuti: { module: () => import('./views/leave.js'), nav: 'leave' },
  kendala: { module: () => import('./views/problems.js'), nav: 'problems' },
  profil: { module: () => import('./views/profile.js'), nav: 'profile' },
  'ganti-sandi': { module: () => import('./views/password.js'), nav: 'profile', title: 'password.title' }
};
/** The one screen open while the password the admin OPD set waits to be replaced. */
const PASSWORD_SCREEN = 'ganti-sandi';

const view = document.getElementById('view');
const nav = document.getElementById('tabs');
let leaving = null;
let settings = null;

/** The installation's settings (map tiles), asked once. */
export async function appSettings() {
  if (!settings) {
    settings = fetch('settings.json').then((r) => r.json()).catch(() => ({ tileUrl: '', attribution: '' }));
  }
  return settings;
}

/** Opens a screen: go('kendala', {attempt: 12}). */
export function go(name, params = {}) {
  const query = new URLSearchParams(params).toString();
  const target = `#/${name}${query ? `?${query}` : ''}`;
  if (location.hash === target) {
    show();
  } else {
    location.hash = target;
  }
}

function route() {
  const match = /^#\/([a-z-]+)(?:\?(.*))?$/.exec(location.hash);
  const name = match && Object.hasOwn(screens, match[1]) ? match[1] : null;
  return { name, params: Object.fromEntries(new URLSearchParams(match ? match[2] || '' : '')) };
}

async function show() {
  let { name, params } = route();
  const loggedIn = Boolean(session.token());
  const mustChangePassword = session.mustChangePassword();
  if (!name || (!loggedIn && !screens[name].public)) {
    name = loggedIn ? 'beranda' : 'masuk';
    history.replaceState(null, '', `#/${name}`);
  } else if (loggedIn && screens[name].public) {
    name = 'beranda';
    history.replaceState(null, '', '#/beranda');
  }
  if (mustChangePassword && name !== PASSWORD_SCREEN) {
    // nothing else opens until the password is replaced, or the ASN logs out there
    name = PASSWORD_SCREEN;
    params = {};
    history.replaceState(null, '', `#/${name}`);
  }
  if (leaving) {
    leaving();
    leaving = null;
  }
  nav.hidden = !loggedIn || mustChangePassword;
  for (const link of nav.querySelectorAll('a')) {
    if (screens[link.dataset.screen].nav === screens[name].nav) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  view.replaceChildren(h('p', { class: 'loading' }, t('loading')));
  const module = await screens[name].module();
  const container = h('div', { class: 'screen', id: `screen-${name}` });
  view.replaceChildren(container);
  document.title = `${t(screens[name].title || `nav.${screens[name].nav}`)} · SAPO`;
  leaving = (await module.render(container, params, { go, appSettings })) || null;
}

function buildNav() {
  nav.setAttribute('aria-label', t('nav.label'));
  const items = [['beranda', 'home'], ['riwayat', 'month'], ['cuti', 'leave'], ['kendala', 'problems'], ['profil', 'profile']];
  nav.replaceChildren(h('ul', {}, items.map(([screen, key]) => h('li', {},
    h('a', { href: `#/${screen}`, 'data-screen': screen, id: `nav-${screen}` },
      h('span', { class: `icon icon-${key}`, 'aria-hidden': 'true' }), h('span', {}, t(`nav.${key}`)))))));
}

function watchNetwork() {
  const banner = document.getElementById('offline');
  banner.textContent = t('offline.banner');
  const update = () => {
    banner.hidden = navigator.onLine;
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

document.documentElement.lang = lang;
document.getElementById('skip').textContent = t('app.skip');
document.getElementById('regency').textContent = t('app.regency');
buildNav();
watchNetwork();
session.onExpired(() => go('masuk'));
session.onPasswordChangeRequired(() => {
  if (route().name !== PASSWORD_SCREEN) {
    go(PASSWORD_SCREEN);
  }
});
window.addEventListener('hashchange', show);
show();
// a tap that was still waiting for an answer when the app was closed is sent again, with the same key
outbox.retryNow();

if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => {}));
}

// the browser's own install offer is kept for the profile screen's button
window.addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  window.sapoInstall = event;
});
