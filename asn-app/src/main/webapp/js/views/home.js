// Beranda: today's windows and what is done, the one big button for the window open now, the live GPS position with
// its accuracy and the distance to the nearest office fence on a small map, and the answer to each tap in words.
import { t, formatTime, formatDate, formatNumber } from '../i18n.js';
import { h, notice } from '../dom.js';
import * as api from '../api.js';
import * as geo from '../geo.js';
import * as camera from '../camera.js';
import * as outbox from '../outbox.js';
import { fenceMap } from '../map.js';

// an apel (when there is one today) first: it is held in the morning, at its own place
const ORDER = ['APEL', 'CHECK_IN', 'BREAK_START', 'BREAK_END', 'CHECK_OUT'];

export async function render(root, params, { go, appSettings }) {
  let me;
  try {
    me = await api.get('/me');
  } catch (e) {
    root.append(notice('error', e instanceof api.ApiProblem ? e.message : (navigator.onLine ? t('error.network') : t('error.offlineData'))),
      h('button', { type: 'button', class: 'secondary', onclick: () => go('beranda') }, t('retry')));
    pendingArea(root, me);
    return undefined;
  }
  const zone = me.opd.zone;
  let today = me.today;
  let position = null;
  let stopWatching = null;
  let map = null;

  const dayInfo = h('div', { id: 'day-info' });
  const eventsList = h('ol', { class: 'events', id: 'events' });
  const outcome = h('div', { id: 'outcome', 'aria-live': 'polite' });
  const actions = h('div', { class: 'actions', id: 'actions' });
  const gpsStatus = h('p', { id: 'gps-status', class: 'gps', 'aria-live': 'polite' });
  const gpsHint = h('p', { id: 'gps-hint', class: 'gps-hint' });
  const enableGps = h('button', { type: 'button', class: 'secondary', id: 'gps-enable' }, t('gps.enable'));
  const mapElement = h('div', { id: 'map', class: 'map', role: 'img', 'aria-label': t('home.map') });

  root.append(
    h('h1', { id: 'greeting' }, t('home.greeting', { name: me.name })),
    h('p', { class: 'sub', id: 'today' }, `${me.opd.name} · ${formatDate(today.date)}`),
    dayInfo,
    outcome,
    actions,
    h('section', { 'aria-labelledby': 'events-title', class: 'card' }, h('h2', { id: 'events-title' }, t('home.events')), eventsList),
    h('section', { 'aria-labelledby': 'position-title', class: 'card' },
      h('h2', { id: 'position-title' }, t('home.position')), gpsStatus, gpsHint, enableGps, mapElement));

  function drawDay() {
    dayInfo.replaceChildren();
    if (today.holiday) {
      dayInfo.append(notice('info', t('home.holiday', { holiday: today.holiday })));
    } else if (!today.workday) {
      dayInfo.append(notice('info', t('home.notWorkday')));
    }
    const accepted = new Map(today.events.filter((e) => e.decision === 'ACCEPTED').map((e) => [e.type, e]));
    eventsList.replaceChildren(...ORDER.filter((type) => today.windows && today.windows[type]).map((type) => {
      const window = today.windows[type];
      const done = accepted.get(type);
      return h('li', { class: done ? 'done' : (window.openNow ? 'open' : ''), id: `event-${type}` },
        h('span', { class: 'name' }, t(`event.${type}`)),
        h('span', { class: 'window' }, t('home.window', { opens: window.opens, closes: window.closes })),
        h('span', { class: 'state' }, done ? t('home.done', { time: formatTime(done.serverTime, zone) })
          : (window.openNow ? t('home.openNow') : t('home.notYet'))));
    }));
    drawActions(accepted);
  }

  function drawActions(accepted) {
    const open = ORDER.filter((type) => today.windows && today.windows[type] && today.windows[type].openNow && !accepted.has(type));
    const waiting = Boolean(outbox.pending());
    actions.replaceChildren();
    if (!open.length) {
      const allDone = today.workday && ORDER.filter((type) => today.windows && today.windows[type]).every((type) => accepted.has(type));
      if (today.workday) {
        actions.append(h('p', { class: 'quiet' }, allDone ? t('home.allDone') : t('home.noWindow')));
      }
      return;
    }
    open.forEach((type, index) => actions.append(h('button', {
      type: 'button', id: `action-${type}`, class: index === 0 ? 'big' : 'secondary', disabled: waiting,
      onclick: () => capture(type)
    }, t(`home.action.${type}`))));
  }

  function drawPosition() {
    if (!position) {
      return;
    }
    const accuracy = formatNumber(position.accuracyM, 0);
    gpsStatus.textContent = t('gps.accuracy', { accuracy });
    const near = geo.nearest(position, me.locations);
    const hints = [];
    if (position.accuracyM > me.geofence.accuracyLimitM) {
      hints.push(t('gps.tooWeak', { accuracy, limit: formatNumber(me.geofence.accuracyLimitM) }));
    } else if (position.accuracyM > me.geofence.accuracyCapM) {
      hints.push(t('gps.weak', { accuracy }));
    }
    if (!near) {
      hints.push(t('gps.noFence'));
    } else if (near.distanceM === 0) {
      hints.push(t('gps.inside', { name: near.location.name }));
    } else {
      hints.push(near.location.polygon
        ? t('gps.outsidePolygon', { distance: formatNumber(near.distanceM), name: near.location.name })
        : t('gps.outside', { distance: formatNumber(near.distanceM), name: near.location.name, radius: formatNumber(near.location.radiusM) }));
    }
    gpsHint.textContent = hints.join(' ');
    gpsHint.className = `gps-hint ${near && near.distanceM === 0 && position.accuracyM <= me.geofence.accuracyLimitM ? 'good' : 'bad'}`;
    if (map) {
      map.show(position);
    }
  }

  function startGps() {
    if (stopWatching) {
      return;
    }
    enableGps.hidden = true;
    gpsStatus.textContent = t('gps.waiting');
    stopWatching = geo.watch((where) => {
      position = where;
      drawPosition();
    }, (reason) => {
      gpsStatus.textContent = reason === 'denied' ? t('gps.denied') : t('gps.unavailable');
      stopWatching = null;
      enableGps.hidden = reason === 'denied';
    });
  }

  async function waitForPosition(seconds) {
    const until = Date.now() + seconds * 1000;
    while (!position && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return position;
  }

  async function refreshToday() {
    try {
      today = await api.get('/attendance/today');
      drawDay();
    } catch (e) {
      // the day stays as last known; the next refresh tries again
    }
  }

  // the tap: the front camera opens, one more tap takes the selfie and sends it with the position
  async function capture(type) {
    startGps();
    const video = h('video', { class: 'camera', id: 'capture-video', 'aria-label': t('camera.preview') });
    const messages = h('div', { 'aria-live': 'assertive' });
    const send = h('button', { type: 'button', class: 'big', id: 'capture-send', disabled: true }, t('capture.send'));
    const cancel = h('button', { type: 'button', class: 'secondary', id: 'capture-cancel' }, t('cancel'));
    const dialog = h('div', { class: 'capture', id: 'capture', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'capture-title' },
      h('h2', { id: 'capture-title' }, t('capture.title', { event: t(`event.${type}`) })),
      h('p', { class: 'hint' }, t('capture.hint')), video, messages, h('div', { class: 'buttons' }, send, cancel));
    document.body.append(dialog);
    let stream = null;
    const close = () => {
      camera.stop(stream);
      dialog.remove();
    };
    cancel.addEventListener('click', close);
    try {
      stream = await camera.start(video, 'user');
      send.disabled = false;
      send.focus();
    } catch (e) {
      messages.replaceChildren(notice('error', e.message));
      return;
    }
    send.addEventListener('click', async () => {
      send.disabled = true;
      let photo;
      try {
        photo = await camera.snap(video, camera.SELFIE);
      } catch (e) {
        messages.replaceChildren(notice('error', e.message));
        send.disabled = false;
        return;
      }
      const where = await waitForPosition(20);
      close();
      if (!where) {
        outcome.replaceChildren(notice('error', gpsStatus.textContent || t('gps.unavailable')));
        return;
      }
      outbox.submit(type, {
        type, latitude: where.latitude, longitude: where.longitude, accuracyM: Math.round(where.accuracyM * 10) / 10,
        mocked: false, clientTime: new Date().toISOString(), photo: photo.base64
      });
    }, { once: true });
  }

  const unsubscribe = outbox.subscribe((state) => {
    showOutcome(outcome, state, zone, go);
    if (state.phase === 'accepted' || state.phase === 'refused' || state.phase === 'discarded') {
      refreshToday();
    } else {
      drawDay();
    }
  });
  const waiting = outbox.pending();
  if (waiting) {
    showOutcome(outcome, { phase: 'sending', attempt: waiting }, zone, go);
  }
  drawDay();
  enableGps.addEventListener('click', startGps);
  if (await geo.alreadyAllowed()) {
    startGps();
  }
  const refresher = setInterval(refreshToday, 60000);
  appSettings().then((settings) => fenceMap(mapElement, me.locations, settings)).then((made) => {
    map = made;
    drawPosition();
  }).catch(() => {
    mapElement.hidden = true;
  });
  return () => {
    unsubscribe();
    clearInterval(refresher);
    if (stopWatching) {
      stopWatching();
    }
    if (map) {
      map.remove();
    }
    document.getElementById('capture')?.remove();
  };
}

/** When /me cannot be read (offline), a tap still waiting is shown with its state. */
function pendingArea(root) {
  const waiting = outbox.pending();
  if (waiting) {
    const area = h('div', { id: 'outcome', 'aria-live': 'polite' });
    root.append(area);
    const unsubscribe = outbox.subscribe((state) => showOutcome(area, state, 'Asia/Jakarta', () => {}));
    showOutcome(area, { phase: 'sending', attempt: waiting }, 'Asia/Jakarta', () => {});
    window.addEventListener('hashchange', unsubscribe, { once: true });
  }
}

function showOutcome(area, state, zone, go) {
  const event = state.attempt ? t(`event.${state.attempt.type}`) : '';
  if (state.phase === 'sending') {
    area.replaceChildren(notice('info', t('send.sending', { event })));
  } else if (state.phase === 'pending') {
    const seconds = Math.max(1, Math.round((state.retryAt - Date.now()) / 1000));
    const when = !state.online ? t('send.whenOnline') : (seconds <= 2 ? t('send.whenSoon') : t('send.whenIn', { seconds }));
    area.replaceChildren(notice('warn',
      h('p', { id: 'pending-text' }, t('send.pending', { event, reason: t(`send.reason.${state.reason}`), when })),
      h('p', {}, t('send.pendingSince', { time: formatTime(state.attempt.tappedAt, zone) })),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'secondary', id: 'pending-retry', onclick: () => outbox.retryNow() }, t('send.retryNow')),
        h('button', { type: 'button', class: 'link', id: 'pending-discard', onclick: () => outbox.discard() }, t('send.discard')))));
  } else if (state.phase === 'accepted') {
    const e = state.event;
    const lines = [h('p', { id: 'accepted-text' }, t(state.repeated ? 'send.already' : 'send.accepted', { event, time: formatTime(e.serverTime, zone) }))];
    if (e.lateMinutes) {
      lines.push(h('p', {}, t('send.late', { minutes: e.lateMinutes, tier: e.tier })));
    }
    if (e.earlyLeaveMinutes) {
      lines.push(h('p', {}, t('send.early', { minutes: e.earlyLeaveMinutes, tier: e.tier })));
    }
    if (e.locationName) {
      lines.push(h('p', {}, t('send.where', { distance: formatNumber(e.distanceM || 0, 1), location: e.locationName })));
    }
    area.replaceChildren(notice('ok', ...lines));
  } else if (state.phase === 'refused') {
    const problem = state.problem;
    const next = t(`next.${problem.code}`) !== `next.${problem.code}` ? t(`next.${problem.code}`) : t('next.default');
    const attemptId = problem.problem.attemptId;
    area.replaceChildren(notice('error',
      h('p', { class: 'title' }, t('refusal.title')),
      h('p', { id: 'refusal-text' }, problem.message),
      h('p', { id: 'refusal-next' }, next),
      attemptId ? h('button', {
        type: 'button', class: 'secondary', id: 'refusal-report',
        onclick: () => go('kendala', { attempt: attemptId, code: problem.code })
      }, t('refusal.report')) : null));
  } else {
    area.replaceChildren();
  }
}
