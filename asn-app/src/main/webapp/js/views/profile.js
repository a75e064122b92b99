// Profil: who the ASN is, the OPD, the phone the account is bound to, the registration photo; install and log out.
import { t, formatDateOf } from '../i18n.js';
import { h, notice } from '../dom.js';
import * as api from '../api.js';
import * as session from '../session.js';
import { VERSION } from '../version.js';

export async function render(root, params, { go }) {
  let me;
  try {
    me = await api.get('/me');
  } catch (e) {
    root.append(h('h1', {}, t('profile.title')), notice('error', e instanceof api.ApiProblem ? e.message : t('error.offlineData')));
    return undefined;
  }
  const photo = h('div', { class: 'profile-photo', id: 'profile-photo' });
  let photoUrl = null;
  const device = me.device
    ? `${me.device.deviceId === session.deviceId() ? t('profile.thisDevice') : t('profile.otherDevice')}: ${t('profile.boundSince',
      { model: me.device.model || t('profile.unknownModel'), date: formatDateOf(me.device.boundAt, me.opd.zone) })}`
    : '—';
  const logout = h('button', { type: 'button', class: 'secondary', id: 'logout' }, t('profile.logout'));
  logout.addEventListener('click', async () => {
    try {
      await api.post('/auth/logout', undefined);
    } catch (e) {
      // the token ends on the phone either way; the server lets it expire if it was not reached
    }
    session.clear();
    go('masuk');
  });
  const install = h('button', { type: 'button', class: 'secondary', id: 'install', hidden: !window.sapoInstall }, t('profile.install'));
  install.addEventListener('click', async () => {
    if (window.sapoInstall) {
      window.sapoInstall.prompt();
      await window.sapoInstall.userChoice;
      window.sapoInstall = null;
      install.hidden = true;
    }
  });
  root.append(h('h1', {}, t('profile.title')),
    h('section', { class: 'card' },
      photo,
      h('h2', { id: 'profile-name' }, me.name),
      h('dl', { class: 'profile' },
        row('nip', t('profile.nip'), me.nip),
        row('position', t('profile.position'), [me.position, me.rank].filter(Boolean).join(', ')),
        row('opd', t('profile.opd'), me.opd.name),
        row('email', t('profile.email'), me.email || '—'),
        row('device', t('profile.device'), device))),
    h('div', { class: 'buttons' }, install, logout),
    h('p', { class: 'hint version' }, t('profile.version', { version: VERSION })));
  if (me.hasPhoto) {
    try {
      const answer = await api.request('GET', '/me/photo');
      photoUrl = URL.createObjectURL(answer.data);
      photo.append(h('img', { src: photoUrl, alt: t('profile.photo'), id: 'profile-photo-image', width: 120, height: 160 }));
    } catch (e) {
      photo.append(h('p', { class: 'hint' }, t('profile.noPhoto')));
    }
  } else {
    photo.append(h('p', { class: 'hint' }, t('profile.noPhoto')));
  }
  return () => {
    if (photoUrl) {
      URL.revokeObjectURL(photoUrl);
    }
  };
}

function row(id, label, value) {
  return h('div', { id: `profile-${id}` }, h('dt', {}, label), h('dd', {}, value));
}
