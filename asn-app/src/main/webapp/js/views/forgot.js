// Lupa kata sandi: first the account's email, answered with the same sentence whether an account has it or not (only
// a confirmed email gets a code); then that code with the new password twice. The email is kept in this screen only,
// never on the phone: an ASN who comes back with the code types it again.
import { t } from '../i18n.js';
import { h, notice, field, busy } from '../dom.js';
import * as api from '../api.js';
import * as session from '../session.js';
import { passwordRules } from '../password-rules.js';

export function render(root, params, { go }) {
  const email = h('input', { type: 'email', autocomplete: 'email', required: true, maxlength: 254 });
  const askMessages = h('div', { id: 'forgot-messages', 'aria-live': 'polite' });
  const askForm = h('form', { id: 'forgot-form', novalidate: true },
    field('forgot-email', t('forgot.email'), email, t('forgot.emailHint')),
    h('button', { type: 'submit', class: 'primary', id: 'forgot-submit' }, t('forgot.submit')));

  const resetEmail = h('input', { type: 'email', autocomplete: 'email', required: true, maxlength: 254 });
  const code = h('input', { autocomplete: 'one-time-code', autocapitalize: 'characters', spellcheck: 'false', required: true, maxlength: 20 });
  const password = h('input', { type: 'password', autocomplete: 'new-password', required: true, maxlength: 128 });
  const password2 = h('input', { type: 'password', autocomplete: 'new-password', required: true, maxlength: 128 });
  const rules = passwordRules(password, password2, null);
  const resetMessages = h('div', { id: 'reset-messages', 'aria-live': 'polite' });
  const again = h('button', { type: 'button', class: 'secondary', id: 'reset-again' }, t('forgot.again'));
  const resetForm = h('form', { id: 'reset-form', novalidate: true },
    field('reset-email', t('forgot.email'), resetEmail),
    field('reset-code', t('forgot.code'), code, t('forgot.codeHint')),
    field('reset-password', t('password.new'), password),
    rules.element,
    field('reset-password2', t('password.new2'), password2),
    h('button', { type: 'submit', class: 'primary', id: 'reset-submit' }, t('forgot.reset')));
  const step2 = h('section', { class: 'card', id: 'reset-step', 'aria-labelledby': 'reset-title', hidden: true },
    h('h2', { id: 'reset-title' }, t('forgot.step2')), resetMessages, resetForm, h('div', { class: 'buttons' }, again));
  const haveCode = h('button', { type: 'button', class: 'secondary', id: 'forgot-have-code' }, t('forgot.haveCode'));

  /** Asks for a code for address; every 202 gets the same sentence, whatever the server knows of the address. */
  async function ask(address, form, messages) {
    messages.replaceChildren();
    if (!address) {
      messages.replaceChildren(notice('error', t('forgot.needEmail')));
      return;
    }
    busy(form, true);
    try {
      await api.post('/auth/password-reset', { email: address }, { auth: false });
      askMessages.replaceChildren();
      resetMessages.replaceChildren();
      messages.replaceChildren(notice('ok', h('span', { id: 'forgot-sent' }, t('forgot.sent'))));
      openStep2(address);
    } catch (e) {
      messages.replaceChildren(notice('error', api.explain(e)));
    } finally {
      busy(form, false);
    }
  }

  function openStep2(address) {
    if (address) {
      resetEmail.value = address;
    }
    step2.hidden = false;
    haveCode.hidden = true;
    (resetEmail.value ? code : resetEmail).focus();
  }

  askForm.addEventListener('submit', (event) => {
    event.preventDefault();
    ask(email.value.trim(), askForm, askMessages);
  });
  again.addEventListener('click', () => ask(resetEmail.value.trim(), resetForm, resetMessages));
  haveCode.addEventListener('click', () => openStep2(email.value.trim()));

  resetForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    resetMessages.replaceChildren();
    const address = resetEmail.value.trim();
    if (!address) {
      refuse(t('forgot.needEmail'), resetEmail);
      return;
    }
    if (code.value.replace(/[\s-]/g, '').length !== 10) {
      refuse(t('forgot.invalidCode'), code);
      return;
    }
    if (!rules.check()) {
      refuse(t('register.passwordRules'), password);
      return;
    }
    busy(resetForm, true);
    try {
      await api.post('/auth/password-reset/confirm', { email: address, code: code.value.trim(), newPassword: password.value },
        { auth: false });
      session.rememberLogin(address);
      go('masuk', { sandi: 'baru' });
    } catch (e) {
      busy(resetForm, false);
      refuse(api.explain(e), { CODE_INVALID: code, WEAK_PASSWORD: password, INVALID_EMAIL: resetEmail }[e.code]);
    }
  });

  function refuse(text, input) {
    resetMessages.replaceChildren(notice('error', text));
    if (input) {
      input.focus();
    }
  }

  root.append(h('h1', {}, t('forgot.title')), h('p', { class: 'intro' }, t('forgot.intro')),
    h('section', { class: 'card', 'aria-labelledby': 'forgot-step1' }, h('h2', { id: 'forgot-step1' }, t('forgot.step1')),
      askMessages, askForm, haveCode),
    step2,
    h('p', { class: 'switch' }, h('a', { href: '#/masuk', id: 'forgot-to-login' }, t('forgot.toLogin'))));
}
