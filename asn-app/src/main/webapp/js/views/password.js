// Ganti kata sandi: the current password and the new one twice, its rules shown while typing. Every other phone or
// browser logged in with the account must log in again; this one goes on. After the admin OPD set a temporary
// password the app opens here and nowhere else (the menu is hidden) until the ASN chose their own, or logs out.
import { t } from '../i18n.js';
import { h, notice, field, busy } from '../dom.js';
import * as api from '../api.js';
import * as session from '../session.js';
import { passwordRules, birthDateOfNip } from '../password-rules.js';

export async function render(root, params, { go }) {
  if (params.tersimpan) {
    root.append(h('h1', {}, t('password.title')),
      notice('ok', h('span', { id: 'password-saved' }, t('password.saved'))),
      h('div', { class: 'buttons' },
        h('a', { href: '#/beranda', class: 'button primary', id: 'password-home' }, t('password.toHome')),
        h('a', { href: '#/profil', class: 'button secondary', id: 'password-profile' }, t('password.toProfile'))));
    return;
  }
  let me = null;
  try {
    me = await api.get('/me');
  } catch (e) {
    // the form works without the profile; only the NIP and birth date rules are then left to the server
  }
  const forced = session.mustChangePassword();
  const current = h('input', { type: 'password', autocomplete: 'current-password', required: true, maxlength: 128 });
  const password = h('input', { type: 'password', autocomplete: 'new-password', required: true, maxlength: 128 });
  const password2 = h('input', { type: 'password', autocomplete: 'new-password', required: true, maxlength: 128 });
  const rules = passwordRules(password, password2, me ? () => ({ nip: me.nip, birthDate: birthDateOfNip(me.nip) }) : null);
  const show = h('input', { type: 'checkbox', id: 'password-show' });
  show.addEventListener('change', () => {
    for (const input of [current, password, password2]) {
      input.type = show.checked ? 'text' : 'password';
    }
  });
  const messages = h('div', { id: 'password-messages', 'aria-live': 'polite' });
  const form = h('form', { id: 'password-form', novalidate: true },
    field('password-current', t(forced ? 'password.temporary' : 'password.current'), current,
      forced ? t('password.temporaryHint') : null),
    field('password-new', t('password.new'), password),
    rules.element,
    field('password-new2', t('password.new2'), password2),
    h('div', { class: 'check' }, show, h('label', { for: 'password-show' }, t('login.showPassword'))),
    h('button', { type: 'submit', class: 'primary', id: 'password-submit' }, t('password.submit')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    messages.replaceChildren();
    if (!current.value) {
      refuse(t('password.needCurrent'), current);
      return;
    }
    if (!rules.check()) {
      refuse(t('register.passwordRules'), password);
      return;
    }
    busy(form, true);
    try {
      await api.post('/me/password', { currentPassword: current.value, newPassword: password.value });
      session.passwordChanged();
      go('ganti-sandi', { tersimpan: '1' });
    } catch (e) {
      busy(form, false);
      const wrongField = { CURRENT_PASSWORD_WRONG: current, WEAK_PASSWORD: password, SAME_PASSWORD: password }[e.code];
      refuse(api.explain(e), wrongField);
    }
  });

  function refuse(text, input) {
    messages.replaceChildren(notice('error', text));
    if (input) {
      input.focus();
    }
  }

  root.append(h('h1', {}, t(forced ? 'password.requiredTitle' : 'password.title')));
  if (forced) {
    const logout = h('button', { type: 'button', class: 'secondary', id: 'password-logout' }, t('profile.logout'));
    logout.addEventListener('click', async () => {
      await api.logOut();
      go('masuk');
    });
    root.append(notice('warn', h('span', { id: 'password-required' }, t('password.required'))), messages, form,
      h('p', { class: 'hint' }, t('password.requiredLogout')), h('div', { class: 'buttons' }, logout));
  } else {
    root.append(h('p', { class: 'intro' }, t('password.intro')), messages, form,
      h('p', { class: 'switch' }, h('a', { href: '#/profil', id: 'password-back' }, t('password.toProfile'))));
  }
}
