// The stall timer: a download fails after N s without a byte, never for taking long.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StallError, stallWatch } from './explore-stall.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('stallWatch', () => {
  it('fires once, N ms after the last byte, however long the whole takes', () => {
    const onStall = vi.fn();
    const w = stallWatch(5000, onStall);
    // A minute of slow but steady bytes: one every 4 s.
    for (let t = 0; t < 60_000; t += 4000) {
      vi.advanceTimersByTime(4000);
      w.touch();
    }
    expect(onStall).not.toHaveBeenCalled();
    vi.advanceTimersByTime(4999);
    expect(onStall).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onStall).toHaveBeenCalledTimes(1);
    // A byte after the stall changes nothing: it fired once.
    w.touch();
    vi.advanceTimersByTime(10_000);
    expect(onStall).toHaveBeenCalledTimes(1);
  });

  it('counts from the start when no byte ever arrives', () => {
    const onStall = vi.fn();
    stallWatch(3000, onStall);
    vi.advanceTimersByTime(2999);
    expect(onStall).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onStall).toHaveBeenCalledOnce();
  });

  it('never fires once stopped', () => {
    const onStall = vi.fn();
    const w = stallWatch(1000, onStall);
    vi.advanceTimersByTime(500);
    w.stop();
    vi.advanceTimersByTime(10_000);
    expect(onStall).not.toHaveBeenCalled();
  });
});

describe('StallError', () => {
  it('says what stalled and for how long', () => {
    const e = new StallError('/_astro/duckdb-eh.part1.wasm', 15_000);
    expect(e.message).toBe('/_astro/duckdb-eh.part1.wasm: nothing arrived for 15 s');
    expect(e.ms).toBe(15_000);
    expect(e.name).toBe('StallError');
  });
});
