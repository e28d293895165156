/**
 * Read-aloud (朗读): reads a page's main text with the browser's own speech synthesis in
 * a Mandarin voice, one sentence at a time, highlighting the sentence being read.
 * Loaded only when a reader presses 朗读 (components/read-aloud/ReadAloud.tsx).
 *
 * Pause cancels the sentence and resume says it again from its start: speechSynthesis
 * .pause() is unreliable (on Android it cancels, elsewhere it can stall the queue).
 * The page's text is never changed: the sentence is marked with the CSS Custom Highlight
 * API, and its paragraph with a class (the only mark where that API is missing).
 */
import { speakable, splitSentences } from './sentences';
import { loadVoices, pickMandarinVoice } from './voice';

export type ReadingState = 'playing' | 'paused' | 'idle';
/** Why reading ended, or never began. */
export type EndReason = 'done' | 'stopped' | 'no-speech' | 'no-voice' | 'no-text' | 'error';

export interface Reading {
  pause(): void;
  resume(): void;
  stop(): void;
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, blockquote, figcaption, caption, th, td, pre';
/** Never read: hidden text, drawings, and the read-aloud controls themselves. */
// Glossary explanations (<details class="gloss">, the notes line) are asides a reader opens; reading them aloud would break the story's flow.
const SKIP = '[aria-hidden="true"], [hidden], svg, script, style, template, .visually-hidden, .read-aloud, details.gloss, .glossary-notes';
export const HIGHLIGHT_NAME = 'read-aloud';
export const CURRENT_BLOCK_CLASS = 'read-aloud-current';
/** A little slower than the voice's default, for older listeners. */
const RATE = 0.9;

interface Piece {
  node: Text;
  start: number;
}

interface Paragraph {
  block: Element;
  text: string;
  pieces: Piece[];
}

interface Sentence {
  paragraph: Paragraph;
  start: number;
  end: number;
  text: string;
}

function shown(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** The visible text under the roots, in document order, grouped by the block it belongs to. */
function paragraphsOf(roots: readonly Element[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const root of roots) {
    let current: Paragraph | undefined;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        const parent = node.parentElement;
        return parent && !parent.closest(SKIP) && shown(parent) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node instanceof Text)) continue;
      const block = node.parentElement?.closest(BLOCKS);
      const owner = block && root.contains(block) ? block : root;
      if (!current || current.block !== owner) {
        current = { block: owner, text: '', pieces: [] };
        paragraphs.push(current);
      }
      current.pieces.push({ node, start: current.text.length });
      current.text += node.data;
    }
  }
  return paragraphs;
}

function sentencesOf(paragraphs: readonly Paragraph[]): Sentence[] {
  return paragraphs.flatMap((paragraph) => splitSentences(paragraph.text).map((span) => ({ paragraph, ...span, text: speakable(paragraph.text, span) })));
}

/** The text node and offset at a paragraph offset (the end of a range belongs to the piece before it). */
function position(paragraph: Paragraph, offset: number, isEnd: boolean): [Text, number] {
  let found = paragraph.pieces[0]!;
  for (const piece of paragraph.pieces) {
    if (isEnd ? piece.start < offset : piece.start <= offset) found = piece;
  }
  return [found.node, offset - found.start];
}

function rangeOf(sentence: Sentence): Range {
  const range = document.createRange();
  range.setStart(...position(sentence.paragraph, sentence.start, false));
  range.setEnd(...position(sentence.paragraph, sentence.end, true));
  return range;
}

function unmark(): void {
  if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.delete(HIGHLIGHT_NAME);
  for (const element of document.querySelectorAll(`.${CURRENT_BLOCK_CLASS}`)) element.classList.remove(CURRENT_BLOCK_CLASS);
}

function mark(sentence: Sentence): void {
  unmark();
  if (typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function') {
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(rangeOf(sentence)));
  }
  sentence.paragraph.block.classList.add(CURRENT_BLOCK_CLASS);
  sentence.paragraph.block.scrollIntoView({ block: 'nearest' });
}

/**
 * Start reading the elements that match `selector`. `onChange` hears every change of
 * state; an 'idle' change carries why reading ended (or could not start).
 */
export async function startReading(selector: string, onChange: (state: ReadingState, reason?: EndReason) => void): Promise<Reading | undefined> {
  const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
    onChange('idle', 'no-speech');
    return undefined;
  }
  const voice = pickMandarinVoice(await loadVoices(synth));
  if (!voice) {
    onChange('idle', 'no-voice');
    return undefined;
  }
  const sentences = sentencesOf(paragraphsOf([...document.querySelectorAll(selector)]));
  if (!sentences.length) {
    onChange('idle', 'no-text');
    return undefined;
  }

  let index = 0;
  let ended = false;
  // The utterance whose events count; a cancelled one's late 'end' or 'error' is ignored.
  let current: SpeechSynthesisUtterance | undefined;

  const silence = () => {
    current = undefined;
    synth.cancel();
  };
  const finish = (reason: EndReason) => {
    ended = true;
    silence();
    unmark();
    removeEventListener('pagehide', leave);
    onChange('idle', reason);
  };
  const leave = () => finish('stopped');

  const speak = () => {
    const sentence = sentences[index];
    if (!sentence) return finish('done');
    mark(sentence);
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = RATE;
    utterance.addEventListener('end', () => {
      if (current !== utterance) return;
      index++;
      speak();
    });
    utterance.addEventListener('error', () => {
      if (current === utterance) finish('error');
    });
    current = utterance;
    synth.speak(utterance);
  };

  // Another page's speech may still be queued.
  synth.cancel();
  addEventListener('pagehide', leave);
  onChange('playing');
  speak();

  return {
    pause() {
      if (!current) return;
      silence();
      onChange('paused');
    },
    resume() {
      if (current || ended) return;
      onChange('playing');
      speak();
    },
    stop: () => finish('stopped'),
  };
}
