// The station page's small browser side: the keyboard-wedge scanner and the sounds.
(function (stapwijs) {
  'use strict';

  const MAX_BUFFER = 4096;     // longer input is cut here and refused by the server as too long
  const IDLE_RESET_MS = 1500;  // a stray key press must not prefix the next scan
  const CONTROL = '\u0007';    // stands in for Ctrl/Alt combinations, which no printed code contains

  // A keyboard-wedge scanner "types" the code and presses Enter. The worker flow has no
  // text fields, so every key goes to the scan buffer and nothing else: no field needs
  // focus, and Enter from a scanner can never press a focused button.
  stapwijs.attachWedge = function (element) {
    stapwijs.detachWedge();
    let buffer = '';
    let last = 0;
    const handler = function (event) {
      event.preventDefault();
      event.stopPropagation();
      if (event.isComposing || event.repeat) {
        return;
      }
      const now = Date.now();
      if (now - last > IDLE_RESET_MS) {
        buffer = '';
      }
      last = now;
      if (event.key === 'Enter' || event.key === 'Tab') {
        const code = buffer;
        buffer = '';
        element.$server.scanned(code);
      } else if (event.ctrlKey || event.altKey || event.metaKey) {
        if (buffer.length < MAX_BUFFER) buffer += CONTROL;
      } else if (event.key.length === 1 || /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(event.key)) {
        if (buffer.length < MAX_BUFFER) buffer += event.key;
      }
    };
    document.addEventListener('keydown', handler, true);
    stapwijs.wedge = handler;
  };

  stapwijs.detachWedge = function () {
    if (stapwijs.wedge) {
      document.removeEventListener('keydown', stapwijs.wedge, true);
      stapwijs.wedge = null;
    }
  };

  // Short tones made in the page: one high beep for a counted unit, two low ones for a
  // refusal. The volume is the app's own, independent of the system volume.
  stapwijs.sound = function (kind, volume) {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    const ctx = stapwijs.audio || (stapwijs.audio = new Context());
    if (ctx.state === 'suspended') ctx.resume();
    const tones = kind === 'ok' ? [[880, 0.12]] : [[330, 0.14], [262, 0.2]];
    let t = ctx.currentTime;
    for (const [frequency, duration] of tones) {
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(Math.max(0.001, volume), t);
      gain.gain.exponentialRampToValueAtTime(0.001, t + duration);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(t);
      oscillator.stop(t + duration);
      t += duration + 0.08;
    }
  };
})(window.stapwijs = window.stapwijs || {});

// Read-aloud audio (instruction feature): a pre-rendered file per step, played by an <audio>
// element at the worker's speech rate. The Replay button turns into Stop while it speaks; if the
// browser refuses to play (no autoplay permission), the button pulses so the worker presses it.
(function (stapwijs) {
  'use strict';

  function buttonOf(audio) {
    return document.querySelector('.step-replay');
  }

  function watch(audio) {
    if (audio.__watched) return;
    audio.__watched = true;
    const mark = function () {
      const button = buttonOf(audio);
      if (button) button.classList.toggle('speaking', !audio.paused && !audio.ended);
    };
    ['play', 'playing', 'pause', 'ended', 'emptied'].forEach(function (name) { audio.addEventListener(name, mark); });
  }

  stapwijs.readAloud = function (audio, rate, volume) {
    watch(audio);
    audio.playbackRate = rate;
    audio.defaultPlaybackRate = rate;
    audio.volume = volume;
    try { audio.currentTime = 0; } catch (e) { /* not loaded yet: it starts at 0 anyway */ }
    const started = audio.play();
    const button = buttonOf(audio);
    if (button) button.classList.remove('refused');
    if (started && started.catch) {
      started.catch(function () {
        const replay = buttonOf(audio);
        if (replay) replay.classList.add('refused');
      });
    }
  };

  stapwijs.toggleReadAloud = function (audio, rate, volume) {
    if (!audio.paused && !audio.ended) {
      audio.pause();
      audio.currentTime = 0;
    } else {
      stapwijs.readAloud(audio, rate, volume);
    }
  };
})(window.stapwijs = window.stapwijs || {});
