// The camera: a live preview and a picture taken from it (never a file from the gallery), as a JPEG of about
// 480×640 and at most 200 KB, which is what the API accepts as a selfie.
import { t } from './i18n.js';

export const SELFIE = { width: 480, height: 640, maxBytes: 200 * 1024 };
export const DOCUMENT = { width: 960, height: 1280, maxBytes: 900 * 1024 };

/** Starts the camera ('user' = front, 'environment' = back) into the video element; answers the stream. */
export async function start(video, facing = 'user') {
  if (!window.isSecureContext) {
    throw new Error(t('camera.insecure'));
  }
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    throw new Error(t('camera.unsupported'));
  }
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: false, video: { facingMode: facing, width: { ideal: 640 }, height: { ideal: 480 } }
    });
  } catch (e) {
    throw new Error(t('camera.unavailable'));
  }
  video.srcObject = stream;
  video.muted = true;
  video.setAttribute('playsinline', '');
  await video.play();
  if (!video.videoWidth) {
    await new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
  }
  return stream;
}

export function stop(stream) {
  if (stream) {
    stream.getTracks().forEach((track) => track.stop());
  }
}

/** Takes the picture now: the middle of the frame at the wanted size, as a JPEG under the byte limit. */
export async function snap(video, size = SELFIE) {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const sourceWidth = video.videoWidth;
  const sourceHeight = video.videoHeight;
  const scale = Math.max(size.width / sourceWidth, size.height / sourceHeight);
  const cropWidth = size.width / scale;
  const cropHeight = size.height / scale;
  canvas.getContext('2d').drawImage(video, (sourceWidth - cropWidth) / 2, (sourceHeight - cropHeight) / 2,
    cropWidth, cropHeight, 0, 0, size.width, size.height);
  for (let quality = 0.85; quality > 0.25; quality -= 0.1) {
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (blob && blob.size <= size.maxBytes) {
      return { blob, base64: await base64Of(blob) };
    }
  }
  throw new Error(t('camera.tooLarge'));
}

/** A Blob or File as base64, without the data: prefix. */
export function base64Of(blob) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1]);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
