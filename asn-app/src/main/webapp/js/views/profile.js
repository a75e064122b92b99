// Profil: who the ASN is, the OPD, the phone the account is bound to, the registration photo; confirming the email
// with the mailed 6-digit code (only a confirmed email recovers a forgotten password); changing the password,
// installing the app and logging out.
import { t, formatDateOf } from '../i18n.js';
import { h, notice, field, busy } from '../dom.js';
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
    await api.logOut();
    go('masuk');
  });
  const emailState = h('span', { id: 'profile-email-state', class: `badge badge-${me.emailVerified ? 'APPROVED' : 'PENDING'}` },
    t(me.emailVerified ? 'profile.emailVerified' : 'profile.emailUnverified'));
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
        row('email', t('profile.email'), me.email ? [me.email, ' ', emailState] : '—'),
        row('device', t('profile.device'), device))),
    me.email && !me.emailVerified ? emailCard(me.email, emailState) : null,
    h('div', { class: 'buttons' },
      h('a', { href: '#/ganti-sandi', class: 'button secondary', id: 'to-password' }, t('profile.changePassword')), install, logout),
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

/**
 * The notice that the email is not confirmed yet, with the field for the mailed code and a button for a new code (a
 * new one replaces the one before; at most three are mailed an hour). Once confirmed, the card says so.
 */
function emailCard(email, emailState) {
  const code = h('input', { inputmode: 'numeric', autocomplete: 'one-time-code', required: true, maxlength: 6, pattern: '[0-9]{6}' });
  const messages = h('div', { id: 'email-messages', 'aria-live': 'polite' });
  const resend = h('button', { type: 'button', class: 'secondary', id: 'email-resend' }, t('email.resend'));
  const form = h('form', { id: 'email-form', novalidate: true },
    field('email-code', t('email.code'), code, t('email.codeHint')),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary', id: 'email-verify' }, t('email.verify')), resend));
  const card = h('section', { class: 'card', id: 'email-card', 'aria-labelledby': 'email-title' },
    h('h2', { id: 'email-title' }, t('email.title')),
    notice('warn', h('span', { id: 'email-unverified' }, t('email.unverified', { email }))),
    messages, form);

  function confirmed() {
    emailState.className = 'badge badge-APPROVED';
    emailState.textContent = t('profile.emailVerified');
    card.replaceChildren(h('h2', { id: 'email-title' }, t('email.title')),
      notice('ok', h('span', { id: 'email-verified' }, t('email.verified'))));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    messages.replaceChildren();
    if (!/^[0-9]{6}$/.test(code.value.replace(/\s/g, ''))) {
      messages.replaceChildren(notice('error', t('email.invalidCode')));
      code.focus();
      return;
    }
    busy(form, true);
    try {
      await api.post('/me/email/verify', { code: code.value.replace(/\s/g, '') });
      confirmed();
    } catch (e) {
      busy(form, false);
      if (e.code === 'EMAIL_VERIFIED_ALREADY') {
        confirmed();
      } else {
        messages.replaceChildren(notice('error', api.explain(e)));
        code.focus();
      }
    }
  });
  resend.addEventListener('click', async () => {
    messages.replaceChildren();
    busy(form, true);
    try {
      await api.post('/me/email/verification', undefined);
      messages.replaceChildren(notice('ok', h('span', { id: 'email-sent' }, t('email.sent', { email }))));
      code.value = '';
      code.focus();
    } catch (e) {
      if (e.code === 'EMAIL_VERIFIED_ALREADY') {
        confirmed();
      } else {
        messages.replaceChildren(notice('error', api.explain(e)));
      }
    } finally {
      busy(form, false);
    }
  });
  return card;
}
