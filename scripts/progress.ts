// Progress of a long run for a terminal: how many done, time elapsed and the estimated time left.

/** `1500/3000 plans, 45 s elapsed, ETA 45 s` — the ETA assumes the rest goes at the average pace so far. */
export function progressLine(done: number, total: number, elapsedMs: number, unit = 'plans'): string {
  const eta = done > 0 ? (elapsedMs / done) * (total - done) : null;
  return `${done}/${total} ${unit}, ${duration(elapsedMs)} elapsed, ${done >= total ? 'done' : `ETA ${eta === null ? '?' : duration(eta)}`}`;
}

/** 860 ms → "0.9 s", 75 s → "1 min 15 s", 3,725 s → "1 h 2 min". */
export function duration(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}
