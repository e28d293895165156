/**
 * Choosing a Mandarin voice among the device's voices. Mainland Mandarin first, then
 * any other Mandarin (Singapore, Taiwan); Cantonese (zh-HK, yue) cannot read this site.
 */

export interface VoiceLike {
  lang: string;
  default?: boolean;
}

function mandarinRank(lang: string): number {
  const tag = lang.replace(/_/g, '-').toLowerCase();
  if (/^(zh|cmn)(-hans)?-cn$/.test(tag) || tag === 'zh-hans' || tag === 'cmn-hans') return 3;
  if (tag === 'zh' || tag === 'cmn' || /^(zh|cmn)(-hans)?-sg$/.test(tag)) return 2;
  if (/^(zh|cmn)(-hant)?-tw$/.test(tag) || tag === 'zh-hant' || tag === 'cmn-hant') return 1;
  return 0;
}

export function pickMandarinVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  let best: V | undefined;
  let bestScore = 0;
  for (const voice of voices) {
    const rank = mandarinRank(voice.lang);
    // Among equals, the voice the device itself prefers.
    const score = rank * 2 + (rank && voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

/** How long to wait for a browser that lists its voices only after a moment (Chrome). */
const VOICES_WAIT_MS = 2000;

export function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}
