// The camera as a scanner on a plain-browser station: a live picture, and a JPEG frame sent
// to the server at a low rate. The server decodes; the page never stores a frame.
(function (stapwijs) {
  'use strict';

  const camera = stapwijs.camera = stapwijs.camera || {};

  camera.start = async function (preview, intervalMs, width) {
    camera.stop(preview);
    const host = preview.parentElement; // the CameraScanner component, which has the $server methods
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      host.$server.unavailable(window.isSecureContext ? 'no camera API' : 'page is not secure (https needed)');
      return;
    }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (e) {
      host.$server.unavailable(e.name || String(e));
      return;
    }
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.setAttribute('aria-hidden', 'true');
    video.srcObject = stream;
    preview.appendChild(video);
    await video.play().catch(() => {});
    const canvas = document.createElement('canvas');
    let busy = false;
    const timer = setInterval(async () => {
      // One frame at a time: if the server is slow, frames are skipped rather than queued.
      if (busy || !video.videoWidth) return;
      busy = true;
      try {
        const scale = Math.min(1, width / video.videoWidth);
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
        await host.$server.frame(canvas.toDataURL('image/jpeg', 0.7));
      } finally {
        busy = false;
      }
    }, intervalMs);
    preview.stapwijsCamera = { stream, timer, video };
  };

  camera.stop = function (preview) {
    const running = preview && preview.stapwijsCamera;
    if (!running) return;
    clearInterval(running.timer);
    running.stream.getTracks().forEach(track => track.stop());
    running.video.remove();
    preview.stapwijsCamera = null;
  };
})(window.stapwijs = window.stapwijs || {});
