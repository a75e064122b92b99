// Daftar: NIP, birth date, the activation code from the admin OPD, email, password (its rules shown while typing) and a
// selfie from the front camera; the phone is bound by the id the app made for it. A pending account is told that its
// admin OPD must verify it.
import { t, parseDate } from '../i18n.js';
import { h, notice, field, busy } from '../dom.js';
import * as api from '../api.js';
import * as session from '../session.js';
import { photoTaker } from '../photo-taker.js';
import { passwordRules } from '../password-rules.js';

export function render(root, params, { go }) {
  const nip = h('input', { inputmode: 'numeric', autocomplete: 'username', maxlength: 18, required: true, pattern: '[0-9]{18}' });
  const birth = h('input', { inputmode: 'numeric', autocomplete: 'bday', placeholder: 'dd/mm/yyyy', maxlength: 10, required: true });
  const code = h('input', { autocomplete: 'one-time-code', autocapitalize: 'characters', spellcheck: 'false', maxlength: 20, required: true });
  const email = h('input', { type: 'email', autocomplete: 'email', maxlength: 254, required: true });
  const password = h('input', { type: 'password', autocomplete: 'new-password', maxlength: 128, required: true });
  const password2 = h('input', { type: 'password', autocomplete: 'new-password', maxlength: 128, required: true });
  const rules = passwordRules(password, password2, () => ({ nip: nip.value, birthDate: parseDate(birth.value) }));
  const checkRules = rules.check;
  for (const input of [nip, birth]) {
    input.addEventListener('input', checkRules);
  }
  const selfie = photoTaker('selfie', { facing: 'user' });
  const messages = h('div', { id: 'register-messages', 'aria-live': 'polite' });

  const form = h('form', { id: 'register-form', novalidate: true },
    field('register-nip', t('register.nip'), nip),
    field('register-birth', t('register.birthDate'), birth, t('register.birthDateHint')),
    field('register-code', t('register.code'), code, t('register.codeHint')),
    field('register-email', t('register.email'), email),
    field('register-password', t('register.password'), password),
    rules.element,
    field('register-password2', t('register.password2'), password2),
    h('fieldset', {}, h('legend', {}, t('register.selfie')), h('p', { class: 'hint' }, t('register.selfieHint')), selfie.element),
    h('button', { type: 'submit', class: 'primary', id: 'register-submit' }, t('register.submit')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const birthIso = parseDate(birth.value);
    const problems = [];
    if (!/^[0-9]{18}$/.test(nip.value.trim())) {
      problems.push(t('register.invalidNip'));
    }
    if (!birthIso) {
      problems.push(t('register.invalidDate'));
    }
    if (code.value.replace(/[\s-]/g, '').length !== 8) {
      problems.push(t('register.invalidCode'));
    }
    if (!checkRules()) {
      problems.push(t('register.passwordRules'));
    }
    if (!selfie.photo()) {
      problems.push(t('register.needSelfie'));
    }
    if (problems.length) {
      messages.replaceChildren(notice('error', h('ul', {}, problems.map((text) => h('li', {}, text)))));
      return;
    }
    busy(form, true);
    try {
      const answer = await api.post('/auth/register', {
        nip: nip.value.trim(), birthDate: birthIso, activationCode: code.value.trim(), email: email.value.trim(),
        password: password.value,
        deviceId: session.deviceId(), deviceModel: await session.deviceModel(), photo: selfie.photo()
      }, { auth: false, timeoutMs: 30000 });
      session.rememberLogin(nip.value.trim());
      go('masuk', { registered: answer.data.status, opd: answer.data.opdName || '' });
    } catch (e) {
      messages.replaceChildren(notice('error', api.explain(e)));
      busy(form, false);
    }
  });

  root.append(h('h1', {}, t('register.title')), h('p', { class: 'intro' }, t('register.intro')), messages, form,
    h('p', { class: 'switch' }, h('a', { href: '#/masuk' }, t('register.toLogin'))));
  return () => selfie.stop();
}
