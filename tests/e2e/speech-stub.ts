/**
 * A stand-in for the browser's speech synthesis (a test machine has no voices), installed
 * with page.addInitScript(stubSpeech, …) before any page script runs, and what tests read
 * back from the page while 朗读 runs.
 */
import type { Page } from '@playwright/test';

export interface SpeechStub {
  spoken: string[];
  cancels: number;
  /** End each utterance by itself (true) or only when the test calls __finishUtterance() */
  auto: boolean;
  pending: EventTarget | null;
  voices: { lang: string; name: string; default: boolean }[];
}

declare global {
  interface Window {
    __speech: SpeechStub;
    __finishUtterance: () => void;
  }
}

/** Replaces the browser's speech synthesis before any page script runs. */
export function stubSpeech(options: { auto: boolean; voices: string[] | null }) {
  if (options.voices === null) {
    Reflect.deleteProperty(window, 'speechSynthesis');
    Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
    return;
  }
  const stub: SpeechStub = {
    spoken: [],
    cancels: 0,
    auto: options.auto,
    pending: null,
    voices: options.voices.map((lang) => ({ lang, name: `test ${lang}`, default: false })),
  };
  window.__speech = stub;
  class Utterance extends EventTarget {
    text: string;
    lang = '';
    rate = 1;
    voice: unknown = null;
    constructor(text: string) {
      super();
      this.text = text;
    }
  }
  // Like a browser: ending or cancelling an utterance fires its 'end'.
  const end = () => {
    const utterance = stub.pending;
    stub.pending = null;
    utterance?.dispatchEvent(new Event('end'));
  };
  class Synthesis extends EventTarget {
    getVoices() {
      return stub.voices;
    }
    speak(utterance: Utterance) {
      stub.spoken.push(utterance.text);
      stub.pending = utterance;
      if (stub.auto) setTimeout(() => stub.pending === utterance && end());
    }
    cancel() {
      stub.cancels++;
      end();
    }
    pause() {}
    resume() {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: new Synthesis(), configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
  window.__finishUtterance = end;
}

export const spoken = (page: Page) => page.evaluate(() => window.__speech.spoken);
export const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('read-aloud');
    return highlight ? [...highlight].map((range) => (range instanceof Range ? range.toString() : '').replace(/\s+/g, ' ')).join('') : null;
  });
/**
 * The text of the elements read, as the page shows it, without white space, decorative
 * icons (aria-hidden), screen-reader-only words and the read-aloud control itself.
 */
export const shownText = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const style = document.createElement('style');
    style.textContent = '[aria-hidden="true"], .visually-hidden, .read-aloud, details.gloss, .glossary-notes { display: none !important; }';
    document.head.append(style);
    const text = [...document.querySelectorAll<HTMLElement>(sel)].map((el) => el.innerText).join('');
    style.remove();
    return text.replace(/\s+/g, '');
  }, selector);
export const squash = (texts: string[]) => texts.join('').replace(/\s+/g, '');
