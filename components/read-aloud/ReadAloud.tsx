'use client';

import { useRef, useState } from 'react';
import type { EndReason, Reading, ReadingState } from '@/lib/read-aloud/player';

/** What the status line says after reading ends, or when it cannot start. */
const ENDED: Record<EndReason, string> = {
  done: '朗读完毕。',
  stopped: '已停止朗读。',
  'no-speech': '这个浏览器不支持朗读。可以换用手机或电脑自带的浏览器再试。',
  'no-voice': '这台设备没有中文（普通话）语音，无法朗读。可以在手机或电脑的系统设置里添加中文语音后再试。',
  'no-text': '没有找到可以朗读的正文。',
  error: '朗读中断了，请再试一次。',
};

type State = ReadingState | 'loading';

/**
 * 朗读 the page's main text (the elements matching `target`). Only this button is in the
 * page's JavaScript; the reader itself (lib/read-aloud/player.ts) loads when pressed.
 * Without JavaScript it is hidden (/noscript.css) rather than a button that does nothing.
 * The first button keeps its place as 朗读 → 暂停 → 继续, so keyboard focus stays on it.
 */
export function ReadAloud({ target }: { target: string }) {
  const [state, setState] = useState<State>('idle');
  const [status, setStatus] = useState('');
  const reading = useRef<Reading | undefined>(undefined);

  function onChange(next: ReadingState, reason?: EndReason) {
    setState(next);
    setStatus(reason ? ENDED[reason] : next === 'paused' ? '已暂停。' : '正在朗读……');
    if (next === 'idle') reading.current = undefined;
  }

  async function main() {
    if (state === 'playing') return reading.current?.pause();
    if (state === 'paused') return reading.current?.resume();
    if (state !== 'idle') return;
    setState('loading');
    setStatus('正在准备朗读……');
    try {
      const { startReading } = await import('@/lib/read-aloud/player');
      reading.current = await startReading(target, onChange);
    } catch {
      onChange('idle', 'error');
    }
  }

  const label = state === 'playing' ? '暂停' : state === 'paused' ? '继续' : '朗读';
  return (
    <div className="read-aloud" role="group" aria-label="朗读正文">
      <button type="button" className="button read-aloud__main" onClick={() => void main()} aria-disabled={state === 'loading'}>
        <span aria-hidden="true">{state === 'playing' ? '❚❚ ' : '▶ '}</span>
        {label}
      </button>
      {state === 'playing' || state === 'paused' ? (
        <button type="button" className="button read-aloud__stop" onClick={() => reading.current?.stop()}>
          <span aria-hidden="true">■ </span>
          停止
        </button>
      ) : null}
      <div className="read-aloud__status" role="status">
        {status}
      </div>
    </div>
  );
}
