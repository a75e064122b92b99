// SAPO's service worker: keeps the app's shell (its own pages, scripts, styles, icons and the map library) so that the
// app opens with no signal and says it is offline. It never keeps anything of the API: personal data is always asked
// of the server, and an attendance tap is never answered from here.
const CACHE = 'sapo-app-@sapo.app.build@';
const SHELL = [
  './', 'index.html', 'manifest.webmanifest', 'settings.json', 'css/app.css',
  'js/main.js', 'js/api.js', 'js/camera.js', 'js/dom.js', 'js/geo.js', 'js/i18n.js', 'js/map.js', 'js/outbox.js',
  'js/password-rules.js', 'js/photo-taker.js', 'js/session.js', 'js/version.js', 'js/lang/id.js', 'js/lang/en.js',
  'js/views/forgot.js', 'js/views/home.js', 'js/views/leave.js', 'js/views/login.js', 'js/views/month.js',
  'js/views/password.js', 'js/views/problems.js', 'js/views/profile.js', 'js/views/register.js',
  'icons/icon-192.png', 'icons/icon-512.png', 'icons/home.svg', 'icons/calendar.svg', 'icons/leave.svg',
  'icons/problem.svg', 'icons/profile.svg',
  'webjars/leaflet/1.9.4/dist/leaflet.js', 'webjars/leaflet/1.9.4/dist/leaflet.css'
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('sapo-app-') && name !== CACHE).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const scope = new URL(self.registration.scope);
  if (event.request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
    return; // the API and everything else go to the network, untouched
  }
  if (event.request.mode === 'navigate') {
    // the page itself: fresh when the network answers within 3 s, the kept shell otherwise
    event.respondWith((async () => {
      const kept = await caches.match('index.html');
      const fresh = fetch(event.request);
      if (!kept) {
        return fresh;
      }
      return Promise.race([fresh.catch(() => kept), new Promise((resolve) => setTimeout(() => resolve(kept), 3000))]);
    })());
    return;
  }
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then((kept) => kept || fetch(event.request)));
});
