// Cuti/Izin: the ASN's requests with each decision and its note, and a new request with dates, type, reason and an
// attachment: a letter photographed with the camera, or a PDF. A permit to arrive late or leave early is for one day
// and takes its time (24-hour HH:mm) instead of an end date.
import { t, formatDate, parseDate } from '../i18n.js';
import { h, notice, field, busy } from '../dom.js';
import * as api from '../api.js';
import * as camera from '../camera.js';
import { photoTaker } from '../photo-taker.js';

const TYPES = ['IZIN', 'SAKIT', 'CUTI_TAHUNAN', 'CUTI_BESAR', 'CUTI_SAKIT', 'CUTI_MELAHIRKAN', 'CUTI_ALASAN_PENTING',
  'CUTI_DILUAR_TANGGUNGAN_NEGARA', 'DINAS_LUAR', 'TUGAS_KEDINASAN', 'DIKLAT', 'TUGAS_BELAJAR', 'WFA',
  'IZIN_DATANG_TERLAMBAT', 'IZIN_PULANG_CEPAT'];
const PART_DAY = ['IZIN_DATANG_TERLAMBAT', 'IZIN_PULANG_CEPAT'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_PDF_BYTES = 1024 * 1024;

export async function render(root, params, { go }) {
  const list = h('div', { id: 'leave-list' }, h('p', {}, t('loading')));
  const messages = h('div', { id: 'leave-messages', 'aria-live': 'polite' });
  const type = h('select', { required: true }, TYPES.map((code) => h('option', { value: code }, t(`leave.type.${code}`))));
  const start = h('input', { inputmode: 'numeric', placeholder: 'dd/mm/yyyy', maxlength: 10, required: true });
  const end = h('input', { inputmode: 'numeric', placeholder: 'dd/mm/yyyy', maxlength: 10, required: true });
  const time = h('input', { inputmode: 'numeric', placeholder: 'hh:mm', maxlength: 5 });
  const reason = h('textarea', { rows: 3, maxlength: 500, required: true });
  let pdf = null;
  const letter = photoTaker('letter', { facing: 'environment', size: camera.DOCUMENT, onChange: () => {
    pdf = null;
    pdfName.textContent = '';
  } });
  const pdfInput = h('input', { type: 'file', accept: 'application/pdf', id: 'leave-pdf', class: 'visually-hidden' });
  const pdfName = h('p', { id: 'leave-pdf-name', class: 'hint' });
  pdfInput.addEventListener('change', async () => {
    const file = pdfInput.files[0];
    if (!file) {
      return;
    }
    if (file.size > MAX_PDF_BYTES || !(file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf'))) {
      messages.replaceChildren(notice('error', t('leave.pdfInvalid')));
      pdfInput.value = '';
      return;
    }
    pdf = await camera.base64Of(file);
    letter.clear();
    pdfName.textContent = t('leave.attached', { name: file.name });
  });

  const form = h('form', { id: 'leave-form', novalidate: true },
    field('leave-type', t('leave.type'), type),
    field('leave-start', t('leave.start'), start, 'dd/mm/yyyy'),
    field('leave-end', t('leave.end'), end, 'dd/mm/yyyy'),
    field('leave-time', t('leave.time'), time, t('leave.timeHint')),
    field('leave-reason', t('leave.reason'), reason),
    h('fieldset', {}, h('legend', {}, t('leave.attachment')), h('p', { class: 'hint' }, t('leave.attachmentHint')),
      letter.element,
      h('label', { for: 'leave-pdf', class: 'button secondary' }, t('leave.pdf')), pdfInput, pdfName),
    h('button', { type: 'submit', class: 'primary', id: 'leave-submit' }, t('leave.submit')));
  const endField = end.closest('.field');
  const timeField = time.closest('.field');
  const showFields = () => {
    const partDay = PART_DAY.includes(type.value);
    endField.hidden = partDay;
    timeField.hidden = !partDay;
    time.required = partDay;
  };
  type.addEventListener('change', showFields);
  showFields();
  let key = crypto.randomUUID();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const partDay = PART_DAY.includes(type.value);
    const startDate = parseDate(start.value);
    const endDate = partDay ? startDate : parseDate(end.value || start.value);
    if (!startDate || !endDate) {
      messages.replaceChildren(notice('error', t('leave.invalidDate')));
      return;
    }
    if (partDay && !TIME.test(time.value.trim())) {
      messages.replaceChildren(notice('error', t('leave.invalidTime')));
      return;
    }
    busy(form, true);
    try {
      const body = { type: type.value, startDate, endDate, reason: reason.value.trim() };
      if (partDay) {
        body.permitTime = time.value.trim();
      }
      const attachment = letter.photo() || pdf;
      if (attachment) {
        body.attachment = attachment;
      }
      await api.post('/leave-requests', body, { idempotencyKey: key, timeoutMs: 60000 });
      key = crypto.randomUUID();
      form.reset();
      showFields();
      letter.clear();
      pdf = null;
      pdfName.textContent = '';
      messages.replaceChildren(notice('ok', t('leave.sent')));
      await load(list);
    } catch (e) {
      messages.replaceChildren(notice('error', e instanceof api.ApiProblem ? e.message : t('error.network')));
    } finally {
      busy(form, false);
    }
  });

  root.append(h('h1', {}, t('leave.title')),
    h('section', { class: 'card', 'aria-labelledby': 'leave-new-title' }, h('h2', { id: 'leave-new-title' }, t('leave.new')), messages, form),
    h('section', { 'aria-labelledby': 'leave-list-title' }, h('h2', { id: 'leave-list-title' }, t('leave.list')), list));
  await load(list);
  return () => letter.stop();
}

async function load(list) {
  try {
    const requests = await api.get('/leave-requests');
    list.replaceChildren(requests.length ? h('ul', { class: 'items' }, requests.map((request) => h('li', { id: `leave-${request.id}`, class: `state-${request.state}` },
      h('p', { class: 'head' }, h('strong', {}, t(`leave.type.${request.type}`)),
        h('span', { class: `badge badge-${request.state}` }, t(`leave.state.${request.state}`))),
      h('p', {}, request.permitTime
        ? t(request.type === 'IZIN_DATANG_TERLAMBAT' ? 'leave.permitArrival' : 'leave.permitLeaving',
          { date: formatDate(request.startDate), time: request.permitTime })
        : t('leave.dates', { start: formatDate(request.startDate), end: formatDate(request.endDate) })),
      h('p', { class: 'reason' }, request.reason),
      request.hasAttachment ? h('p', { class: 'hint' }, t('leave.hasAttachment')) : null,
      request.decisionNote ? h('p', { class: 'note' }, t('leave.note', { note: request.decisionNote })) : null)))
      : h('p', {}, t('leave.empty')));
  } catch (e) {
    list.replaceChildren(notice('error', e instanceof api.ApiProblem ? e.message : t('error.offlineData')));
  }
}
