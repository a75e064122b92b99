// The app's language: Indonesian, or English when the phone's language is English. Dates are dd/MM/yyyy and times
// 24-hour in the OPD's zone, in both languages.
import id from './lang/id.js';
import en from './lang/en.js';

const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'id';

/** 'id' or 'en'; the API is asked in the same language (Accept-Language). */
export const lang = preferred.toLowerCase().startsWith('en') ? 'en' : 'id';

const messages = lang === 'en' ? en : id;
const numbers = lang === 'en' ? 'en-GB' : 'id-ID';

/** The message for key, with {name} filled in from params. */
export function t(key, params = {}) {
  const text = messages[key] ?? id[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] ?? '').toString());
}

/** Whether the app has a message for key (in either language). */
export function has(key) {
  return key in messages || key in id;
}

/** 'yyyy-MM-dd' → 'dd/MM/yyyy'. */
export function formatDate(isoDate) {
  if (!isoDate) {
    return '';
  }
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** 'dd/MM/yyyy' (also d/M/yyyy, or with - or .) → 'yyyy-MM-dd', or null when it is no real date. */
export function parseDate(text) {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text || '');
  if (!match) {
    return null;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An instant as HH:mm in the given IANA zone (the OPD's, e.g. Asia/Jakarta). */
export function formatTime(instant, zone) {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone || 'Asia/Jakarta' })
    .format(new Date(instant));
}

/** An instant as dd/MM/yyyy in the given zone. */
export function formatDateOf(instant, zone) {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone || 'Asia/Jakarta' })
    .format(new Date(instant));
  return formatDate(parts);
}

/** A number the way the phone's language writes it (85,5 in Indonesian). */
export function formatNumber(value, fractionDigits = 0) {
  return new Intl.NumberFormat(numbers, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);
}

/** A month 'yyyy-MM' as its name and year ('Maret 2026'). */
export function formatMonth(yearMonth) {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Intl.DateTimeFormat(numbers, { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The short weekday names, Monday first. */
export function weekdays() {
  const format = new Intl.DateTimeFormat(numbers, { weekday: 'short', timeZone: 'UTC' });
  return [0, 1, 2, 3, 4, 5, 6].map((offset) => format.format(new Date(Date.UTC(2024, 0, 1 + offset))));
}
