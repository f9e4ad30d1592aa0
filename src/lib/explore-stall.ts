// A stall timer: a download fails when no byte has arrived for `ms`, however long it takes in total — a phone on a
// slow line keeps going as long as bytes flow. Pure; the timer functions can be replaced (tests use fake timers).

export class StallError extends Error {
  override name = 'StallError';
  /** How long nothing arrived, in milliseconds. */
  readonly ms: number;
  constructor(what: string, ms: number) {
    super(`${what}: nothing arrived for ${Math.round(ms / 1000)} s`);
    this.ms = ms;
  }
}

export interface StallWatch {
  /** Bytes arrived (or the request answered): the silence starts again from now. */
  touch(): void;
  /** Done or failed otherwise: the watch never fires. */
  stop(): void;
}

/** Calls `onStall` once, `ms` after the last touch, unless stopped first. */
export function stallWatch(
  ms: number,
  onStall: () => void,
  timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis,
): StallWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const arm = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      if (stopped) return;
      stopped = true;
      onStall();
    }, ms);
  };
  arm();
  return {
    touch: () => {
      if (!stopped) arm();
    },
    stop: () => {
      stopped = true;
      if (timer !== undefined) timers.clearTimeout(timer);
    },
  };
}
