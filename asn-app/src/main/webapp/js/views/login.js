// Masuk: NIP or email and password, from this phone's device id. A phone other than the bound one gets the request
// to move the account here (the admin OPD approves it). A password the admin OPD set is replaced first (ganti-sandi);
// a forgotten one is set anew with a code mailed to the confirmed email (lupa-sandi).
import { t } from '../i18n.js';
import { h, notice, field, busy } from '../dom.js';
import * as api from '../api.js';
import * as session from '../session.js';

export function render(root, params, { go }) {
  const login = h('input', { name: 'login', autocomplete: 'username', required: true, maxlength: 254, value: session.lastLogin() });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, maxlength: 128 });
  const show = h('input', { type: 'checkbox', id: 'login-show' });
  show.addEventListener('change', () => {
    password.type = show.checked ? 'text' : 'password';
  });
  const messages = h('div', { id: 'login-messages', 'aria-live': 'polite' });
  const rebind = h('div', { id: 'rebind' });
  const form = h('form', { id: 'login-form', novalidate: true },
    field('login-id', t('login.id'), login),
    field('login-password', t('login.password'), password),
    h('div', { class: 'check' }, show, h('label', { for: 'login-show' }, t('login.showPassword'))),
    h('button', { type: 'submit', class: 'primary', id: 'login-submit' }, t('login.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    messages.replaceChildren();
    rebind.replaceChildren();
    if (!login.value.trim() || !password.value) {
      messages.replaceChildren(notice('error', t('login.id') + ' / ' + t('login.password')));
      return;
    }
    const name = login.value.trim();
    const body = { password: password.value, deviceId: session.deviceId() };
    body[name.includes('@') ? 'email' : 'nip'] = name;
    busy(form, true);
    try {
      const answer = await api.post('/auth/login', body, { auth: false });
      session.rememberLogin(name);
      session.save(answer.data.token, answer.data.expiresAt, answer.data.mustChangePassword === true);
      go(answer.data.mustChangePassword ? 'ganti-sandi' : 'beranda');
    } catch (e) {
      if (e instanceof api.ApiProblem && e.code === 'DEVICE_NOT_BOUND') {
        rebind.replaceChildren(rebindForm(body, e));
      } else {
        messages.replaceChildren(notice('error', e instanceof api.ApiProblem ? e.message : t('error.network')));
      }
    } finally {
      busy(form, false);
    }
  });
  root.append(
    h('h1', {}, t('login.title')),
    h('p', { class: 'intro' }, t('login.intro')),
    messages, form, rebind,
    h('p', { class: 'switch' }, h('a', { href: '#/lupa-sandi', id: 'to-forgot' }, t('login.forgot'))),
    h('p', { class: 'switch' }, h('a', { href: '#/daftar', id: 'to-register' }, t('login.toRegister'))));
  if (params.sandi === 'baru') {
    messages.append(notice('ok', h('span', { id: 'login-reset' }, t('login.passwordReset'))));
  }
  if (params.registered) {
    messages.append(notice('ok', params.registered === 'PENDING' ? t('register.pending', { opd: params.opd || '' }) : t('register.active')));
  }
}

function rebindForm(credentials, problem) {
  const reason = h('textarea', { maxlength: 500, rows: 3, required: true });
  const messages = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'rebind-form' },
    field('rebind-reason', t('rebind.reason'), reason, t('rebind.reasonHint')),
    h('button', { type: 'submit', class: 'primary', id: 'rebind-submit' }, t('rebind.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    busy(form, true);
    try {
      await api.post('/devices/rebind-requests', { ...credentials, deviceModel: await session.deviceModel(), reason: reason.value.trim() },
        { auth: false });
      form.replaceWith(notice('ok', t('rebind.sent')));
    } catch (e) {
      messages.replaceChildren(notice('error', e instanceof api.ApiProblem ? e.message : t('error.network')));
      busy(form, false);
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'rebind-title' },
    h('h2', { id: 'rebind-title' }, t('rebind.title')),
    notice('warn', problem.message),
    h('p', {}, t('rebind.text')),
    messages, form);
}
