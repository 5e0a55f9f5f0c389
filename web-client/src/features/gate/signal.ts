// A short beep (WebAudio, no audio files) and a buzz where the device allows: one hand at night, eyes elsewhere.
let audio: AudioContext | null = null;

function context(): AudioContext | null {
  try {
    audio ??= new AudioContext();
    if (audio.state === "suspended") void audio.resume();
    return audio;
  } catch {
    return null;
  }
}

/** Browsers start sound only after a tap: call this from one (opening the camera) so scans can beep later. */
export function primeSound() {
  context();
}

/** A high short beep and one buzz on success; a low double tone and a longer buzz pattern on a refusal. */
export function signal(ok: boolean) {
  const ctx = context();
  if (ctx) {
    const tones = ok ? [{ at: 0, freq: 1320 }] : [{ at: 0, freq: 220 }, { at: 0.2, freq: 220 }];
    for (const tone of tones) {
      const start = ctx.currentTime + tone.at;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = ok ? "sine" : "square";
      osc.frequency.value = tone.freq;
      gain.gain.setValueAtTime(0.25, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.15);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.16);
    }
  }
  try {
    navigator.vibrate?.(ok ? 120 : [80, 60, 80, 60, 80]);
  } catch {
    // Some browsers throw without a user gesture; the screen says it anyway.
  }
}
