// Lapor Kendala: the ASN's reports with the admin's replies, and a new report, linked to a refused attempt when it
// comes from one ("Laporkan ke admin").
import { t, formatDateOf, formatTime } from '../i18n.js';
import { h, notice, field, busy } from '../dom.js';
import * as api from '../api.js';

const CATEGORIES = ['LOKASI_GPS', 'APLIKASI', 'PERANGKAT', 'JADWAL', 'LAINNYA'];
const CATEGORY_OF_REFUSAL = { OUTSIDE_GEOFENCE: 'LOKASI_GPS', LOW_ACCURACY: 'LOKASI_GPS', MOCK_LOCATION: 'LOKASI_GPS',
  NO_LOCATION: 'LOKASI_GPS', OUTSIDE_WINDOW: 'JADWAL', NOT_A_WORKDAY: 'JADWAL', ON_LEAVE: 'JADWAL', INVALID_PHOTO: 'PERANGKAT', PHOTO_NOT_JPEG: 'PERANGKAT', PHOTO_TOO_LARGE: 'PERANGKAT' };

export async function render(root, params) {
  const attemptId = /^\d+$/.test(params.attempt || '') ? Number(params.attempt) : null;
  const list = h('div', { id: 'problem-list' }, h('p', {}, t('loading')));
  const messages = h('div', { id: 'problem-messages', 'aria-live': 'polite' });
  const category = h('select', {}, CATEGORIES.map((code) => h('option', { value: code }, t(`problems.category.${code}`))));
  category.value = CATEGORY_OF_REFUSAL[params.code] || (attemptId ? 'LOKASI_GPS' : 'APLIKASI');
  const message = h('textarea', { rows: 4, maxlength: 2000, required: true });
  const form = h('form', { id: 'problem-form', novalidate: true },
    attemptId ? h('p', { class: 'notice notice-info', id: 'problem-attempt' },
      t('problems.about', { what: `${t('problems.attempt', { id: attemptId })}${params.code ? ` (${params.code})` : ''}` })) : null,
    field('problem-category', t('problems.category'), category),
    field('problem-message', t('problems.message'), message),
    h('button', { type: 'submit', class: 'primary', id: 'problem-submit' }, t('problems.submit')));
  let key = crypto.randomUUID();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!message.value.trim()) {
      messages.replaceChildren(notice('error', t('problems.message')));
      message.focus();
      return;
    }
    busy(form, true);
    try {
      const body = { category: category.value, message: message.value.trim() };
      if (attemptId) {
        body.attemptId = attemptId;
      }
      await api.post('/problem-reports', body, { idempotencyKey: key });
      key = crypto.randomUUID();
      message.value = '';
      messages.replaceChildren(notice('ok', t('problems.sent')));
      await load(list);
    } catch (e) {
      messages.replaceChildren(notice('error', e instanceof api.ApiProblem ? e.message : t('error.network')));
    } finally {
      busy(form, false);
    }
  });
  root.append(h('h1', {}, t('problems.title')),
    h('section', { class: 'card', 'aria-labelledby': 'problem-new-title' }, h('h2', { id: 'problem-new-title' }, t('problems.new')), messages, form),
    h('section', { 'aria-labelledby': 'problem-list-title' }, h('h2', { id: 'problem-list-title' }, t('problems.list')), list));
  await load(list);
}

async function load(list) {
  try {
    const reports = await api.get('/problem-reports');
    list.replaceChildren(reports.length ? h('ul', { class: 'items' }, reports.map((report) => h('li', { id: `problem-${report.id}` },
      h('p', { class: 'head' }, h('strong', {}, t(`problems.category.${report.category}`)),
        h('span', { class: `badge badge-${report.status}` }, t(`problems.status.${report.status}`))),
      h('p', { class: 'hint' }, `${formatDateOf(report.createdAt)} ${formatTime(report.createdAt)}`,
        report.attemptId ? ` · ${t('problems.attempt', { id: report.attemptId })}` : ''),
      h('p', { class: 'message' }, report.message),
      h('div', { class: 'replies' }, h('h3', {}, t('problems.replies')),
        report.replies.length ? h('ul', {}, report.replies.map((reply) => h('li', { class: 'reply' },
          h('p', {}, reply.message),
          h('p', { class: 'hint' }, `${reply.author} · ${formatDateOf(reply.createdAt)} ${formatTime(reply.createdAt)}`))))
          : h('p', { class: 'hint' }, t('problems.noReply'))))))
      : h('p', {}, t('problems.empty')));
  } catch (e) {
    list.replaceChildren(notice('error', e instanceof api.ApiProblem ? e.message : t('error.offlineData')));
  }
}
