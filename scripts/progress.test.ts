import { describe, expect, it } from 'vitest';
import { duration, progressLine } from './progress.ts';

describe('progress with an ETA', () => {
  it('estimates the time left at the average pace so far', () => {
    expect(progressLine(1500, 3000, 45_000)).toBe('1500/3000 plans, 45.0 s elapsed, ETA 45.0 s');
    expect(progressLine(150, 3000, 30_000)).toBe('150/3000 plans, 30.0 s elapsed, ETA 9 min 30 s');
  });

  it('says done at the end, and ? before anything is done', () => {
    expect(progressLine(3000, 3000, 90_000)).toBe('3000/3000 plans, 1 min 30 s elapsed, done');
    expect(progressLine(0, 10, 0, 'pages')).toBe('0/10 pages, 0.0 s elapsed, ETA ?');
  });

  it('durations in seconds, minutes or hours', () => {
    expect(duration(860)).toBe('0.9 s');
    expect(duration(75_000)).toBe('1 min 15 s');
    expect(duration(3_725_000)).toBe('1 h 2 min');
  });
});
