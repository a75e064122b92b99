// Riwayat: a month as a calendar of daily codes, day by day with times and minutes, and the month's figures and
// deduction so far: the same kept days that the admin's recap reads, provisional until BKPSDMD locks the month.
import { t, formatDate, formatTime, formatMonth, formatNumber, weekdays } from '../i18n.js';
import { h, notice } from '../dom.js';
import * as api from '../api.js';

export async function render(root, params, { go }) {
  let today;
  let zone = 'Asia/Jakarta';
  try {
    const me = await api.get('/me');
    today = me.today.date;
    zone = me.opd.zone;
  } catch (e) {
    root.append(h('h1', {}, t('month.title')), notice('error', e instanceof api.ApiProblem ? e.message : t('error.offlineData')));
    return;
  }
  const current = today.slice(0, 7);
  const month = /^\d{4}-\d{2}$/.test(params.bulan || '') && params.bulan <= current ? params.bulan : current;
  let data;
  try {
    data = await api.get(`/attendance?month=${month}`);
  } catch (e) {
    root.append(h('h1', {}, t('month.title')), notice('error', e instanceof api.ApiProblem ? e.message : t('error.offlineData')));
    return;
  }
  const recap = data.recap;
  const previous = shift(month, -1);
  const next = shift(month, 1);
  root.append(
    h('h1', {}, t('month.title')),
    h('div', { class: 'month-nav' },
      h('button', { type: 'button', class: 'secondary', id: 'month-prev', 'aria-label': t('month.prev'), onclick: () => go('riwayat', { bulan: previous }) }, '‹'),
      h('h2', { id: 'month-name' }, formatMonth(month)),
      h('button', { type: 'button', class: 'secondary', id: 'month-next', 'aria-label': t('month.next'), disabled: next > current,
        onclick: () => go('riwayat', { bulan: next }) }, '›')),
    notice(data.locked ? 'ok' : 'warn', h('span', { id: 'month-state' }, data.locked ? t('month.final') : t('month.provisional'))),
    summary(recap),
    calendar(month, data.days, today),
    h('section', { class: 'card', 'aria-labelledby': 'days-title' }, h('h2', { id: 'days-title' }, t('month.days')),
      data.days.length ? h('ol', { class: 'days', id: 'days' }, [...data.days].reverse().map((day) => dayItem(day, zone, today)))
        : h('p', {}, t('month.noDays'))));
}

function summary(recap) {
  const rows = [
    ['workingDays', recap.workingDays, t('month.workingDays')],
    ['presentDays', recap.presentDays, t('month.present')],
    ['absentDays', recap.absentDays, t('month.absent')],
    ['excusedDays', recap.excusedDays, t('month.excused')],
    ['lateMinutes', recap.lateMinutes, t('month.lateMinutes')],
    ['earlyLeaveMinutes', recap.earlyLeaveMinutes, t('month.earlyMinutes')],
    ['deduction', t('month.percent', { value: formatNumber(Number(recap.deductionPercent), 2) }), t('month.deduction')]
  ];
  return h('dl', { class: 'figures', id: 'month-figures' }, rows.map(([key, value, label]) => h('div', { id: `figure-${key}` },
    h('dt', {}, label), h('dd', {}, String(value)))));
}

function calendar(month, days, today) {
  const byDate = new Map(days.map((day) => [day.date, day]));
  const [year, monthNumber] = month.split('-').map(Number);
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const length = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const blanks = (first.getUTCDay() + 6) % 7;
  const cells = [];
  for (let i = 0; i < blanks; i++) {
    cells.push(h('td', {}));
  }
  for (let d = 1; d <= length; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    const day = byDate.get(date);
    const codes = day ? day.codes || [] : [];
    cells.push(h('td', { class: `${date === today ? 'today ' : ''}${codeClass(codes)}`, id: `day-${date}` },
      h('span', { class: 'date' }, String(d)), h('span', { class: 'codes' }, codes.join(' '))));
  }
  while (cells.length % 7) {
    cells.push(h('td', {}));
  }
  const rows = [];
  for (let i = 0; i < cells.length; i += 7) {
    rows.push(h('tr', {}, cells.slice(i, i + 7)));
  }
  return h('table', { class: 'calendar', id: 'calendar' },
    h('caption', {}, t('month.codes')),
    h('thead', {}, h('tr', {}, weekdays().map((name) => h('th', { scope: 'col' }, name)))),
    h('tbody', {}, rows));
}

function codeClass(codes) {
  if (codes.includes('TK')) {
    return 'code-tk';
  }
  if (codes.some((code) => /^(TL|PSW)/.test(code))) {
    return 'code-late';
  }
  if (codes.includes('H')) {
    return 'code-present';
  }
  if (codes.includes('LIBUR')) {
    return 'code-off';
  }
  return codes.length ? 'code-excused' : '';
}

function dayItem(day, zone, today) {
  const accepted = (day.events || []).filter((e) => e.decision === 'ACCEPTED');
  const times = accepted.map((e) => `${t(`event.${e.type}`)} ${formatTime(e.serverTime, zone)}`).join(' · ');
  const minutes = [];
  if (day.lateMinutes) {
    minutes.push(t('month.late', { minutes: day.lateMinutes }));
  }
  if (day.earlyLeaveMinutes) {
    minutes.push(t('month.early', { minutes: day.earlyLeaveMinutes }));
  }
  return h('li', { id: `detail-${day.date}` },
    h('span', { class: 'date' }, formatDate(day.date), day.date === today ? ` (${t('month.today')})` : ''),
    h('span', { class: 'codes' }, (day.codes || []).join(' ') || (day.holiday || '')),
    times ? h('span', { class: 'times' }, times) : null,
    minutes.length ? h('span', { class: 'minutes' }, minutes.join(', ')) : null);
}

function shift(month, by) {
  const [year, number] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, number - 1 + by, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}
