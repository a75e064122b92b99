// A picture taken with the camera inside a form (the registration selfie, a leave letter): open the camera, take
// the picture, see it, take it again if needed. Nothing can be chosen from the gallery.
import { t } from './i18n.js';
import { h, notice } from './dom.js';
import * as camera from './camera.js';

export function photoTaker(id, { facing = 'user', size = camera.SELFIE, onChange = () => {} } = {}) {
  let stream = null;
  let photo = null;
  let objectUrl = null;
  const video = h('video', { id: `${id}-video`, class: 'camera', hidden: true, 'aria-label': t('camera.preview') });
  const image = h('img', { id: `${id}-image`, class: 'camera', hidden: true, alt: t('camera.photo') });
  const messages = h('div', { 'aria-live': 'polite' });
  const open = h('button', { type: 'button', id: `${id}-open`, class: 'secondary' }, t('camera.start'));
  const shoot = h('button', { type: 'button', id: `${id}-shoot`, class: 'secondary', hidden: true }, t('camera.shoot'));
  const retake = h('button', { type: 'button', id: `${id}-retake`, class: 'secondary', hidden: true }, t('camera.retake'));

  async function start() {
    messages.replaceChildren();
    try {
      stream = await camera.start(video, facing);
      video.hidden = false;
      image.hidden = true;
      open.hidden = true;
      retake.hidden = true;
      shoot.hidden = false;
      shoot.focus();
    } catch (e) {
      messages.replaceChildren(notice('error', e.message));
    }
  }

  async function take() {
    try {
      const taken = await camera.snap(video, size);
      photo = taken.base64;
      if (objectUrl) {
        URL.revokeObjectURL(objectUrl);
      }
      objectUrl = URL.createObjectURL(taken.blob);
      image.src = objectUrl;
      image.hidden = false;
      video.hidden = true;
      shoot.hidden = true;
      retake.hidden = false;
      stopCamera();
      onChange(photo);
    } catch (e) {
      messages.replaceChildren(notice('error', e.message));
    }
  }

  function stopCamera() {
    camera.stop(stream);
    stream = null;
  }

  open.addEventListener('click', start);
  retake.addEventListener('click', start);
  shoot.addEventListener('click', take);
  return {
    element: h('div', { class: 'photo-taker', id }, video, image, messages, h('div', { class: 'buttons' }, open, shoot, retake)),
    photo: () => photo,
    clear() {
      photo = null;
      image.hidden = true;
      open.hidden = false;
      retake.hidden = true;
    },
    stop: stopCamera
  };
}
