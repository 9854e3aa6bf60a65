// The instruction editor's browser side: recording a step's sentence with the microphone.
// The recording (WebM/Opus in Chromium) goes to the server, which checks it like any upload.
(function (editor) {
  'use strict';
  const MAX_MS = 30000;   // a step's sentence takes seconds; this stops a forgotten recording

  editor.record = function (button, row) {
    if (editor.recorder && editor.recorder.state === 'recording') {
      editor.recorder.stop();
      return;
    }
    if (!navigator.mediaDevices || !window.MediaRecorder) {
      button.classList.add('unavailable');
      return;
    }
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      const chunks = [];
      const recorder = new MediaRecorder(stream);
      editor.recorder = recorder;
      button.classList.add('recording');
      recorder.ondataavailable = function (e) { if (e.data.size) chunks.push(e.data); };
      recorder.onstop = function () {
        button.classList.remove('recording');
        stream.getTracks().forEach(function (t) { t.stop(); });
        const reader = new FileReader();
        reader.onload = function () { row.$server.recorded(String(reader.result).split(',')[1]); };
        reader.readAsDataURL(new Blob(chunks, { type: recorder.mimeType }));
      };
      recorder.start();
      setTimeout(function () { if (recorder.state === 'recording') recorder.stop(); }, MAX_MS);
    }).catch(function () { button.classList.add('unavailable'); });
  };
})(window.stapwijsEditor = window.stapwijsEditor || {});
