// The rules of a new password as the server keeps them (8 to 128 characters, not the NIP, not the birth date in any
// of its usual forms), shown as a list that ticks each rule while the ASN types, with "both entries alike".
import { t } from './i18n.js';
import { h } from './dom.js';

const MIN_LENGTH = 8;
const MAX_LENGTH = 128;

/**
 * The live list for the inputs password and repeat. person() answers {nip, birthDate (yyyy-MM-dd)} as far as they are
 * known yet; without person (a forgotten password: nobody is known) the NIP and birth date rules are only stated, and
 * the server checks them. Answers {element, check}: check() ticks the list and answers whether every rule holds.
 */
export function passwordRules(password, repeat, person) {
  const rules = {
    length: h('li', { id: 'rule-length' }, t('register.rule.length')),
    nip: h('li', { id: 'rule-nip' }, t('register.rule.nip')),
    birth: h('li', { id: 'rule-birth' }, t('register.rule.birth')),
    same: h('li', { id: 'rule-same' }, t('register.rule.same'))
  };
  function check() {
    const value = password.value;
    const known = person ? person() : null;
    const state = {
      length: value.length >= MIN_LENGTH && value.length <= MAX_LENGTH,
      nip: known ? !known.nip || !value.includes(known.nip) : null,
      birth: known ? !(known.birthDate ? birthForms(known.birthDate) : []).some((form) => value.includes(form)) : null,
      same: value.length > 0 && value === repeat.value
    };
    for (const [name, ok] of Object.entries(state)) {
      rules[name].className = ok === null ? 'stated' : (ok ? 'ok' : 'not-yet');
    }
    return Object.values(state).every((ok) => ok !== false);
  }
  for (const input of [password, repeat]) {
    input.addEventListener('input', check);
  }
  const element = h('ul', { class: 'rules', id: 'password-rules', 'aria-live': 'polite' }, Object.values(rules));
  check();
  return { element, check };
}

/** The birth date a NIP begins with (its first eight digits, yyyyMMdd) as yyyy-MM-dd, or null. */
export function birthDateOfNip(nip) {
  const match = /^(\d{4})(\d{2})(\d{2})\d{10}$/.exec(nip || '');
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** The ways a birth date may be written inside a password, as the server refuses them. */
function birthForms(iso) {
  const [y, m, d] = iso.split('-');
  return [`${y}${m}${d}`, `${d}${m}${y}`, `${y}-${m}-${d}`, `${d}-${m}-${y}`, `${d}/${m}/${y}`];
}
