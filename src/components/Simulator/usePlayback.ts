import { useCallback, useEffect, useRef, useState } from 'react';

export const SPEEDS = [1, 10, 60, 600, 3600] as const;

export interface Playback {
  playHead: number;
  playing: boolean;
  speed: number;
  setPlayHead: (t: number) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: number) => void;
}

/**
 * Moves a play head through a run of `duration` ms at `speed` × real time, one step per animation
 * frame. The run is simulated once; playing only moves the cursor.
 */
export function usePlayback(duration: number): Playback {
  const [playHead, setPlayHeadState] = useState(duration);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(60);
  const head = useRef(playHead);
  head.current = playHead;

  const durationRef = useRef(duration);
  durationRef.current = duration;
  // Stable, so effects that move the head do not re-run on every frame.
  const setPlayHead = useCallback((t: number) => setPlayHeadState(Math.max(0, Math.min(durationRef.current, Number.isFinite(t) ? t : 0))), []);

  useEffect(() => {
    if (!playing) return undefined;
    let pos = head.current >= duration ? 0 : head.current;
    head.current = pos;
    let frame = 0;
    let last = performance.now();
    const step = (now: number) => {
      // A scrub while playing moves the head; carry on from there.
      if (head.current !== pos && head.current !== duration) pos = head.current;
      pos = Math.min(duration, pos + (now - last) * speed);
      last = now;
      head.current = pos;
      setPlayHeadState(pos);
      if (pos >= duration) {
        setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, duration]);

  return { playHead: Math.min(playHead, duration), playing, speed, setPlayHead, setPlaying, setSpeed };
}

/** The speed that plays a run in about half a minute (stories start there). */
export function speedFor(duration: number): number {
  return SPEEDS.find((s) => duration / s <= 40_000) ?? SPEEDS[SPEEDS.length - 1];
}
