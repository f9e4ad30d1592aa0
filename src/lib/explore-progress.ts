// The engine's download as a reader reads it: bytes on the wire so far of the total, in MB. The browser counts
// decoded bytes; the host sends them compressed, so the share received is applied to the compressed total (from the
// parts manifest, computed at build time for the encoding the host actually used). Pure. Also: when to fetch the
// engine before the reader asks.

export interface ByteProgress {
  /** Share received, 0 to 1. */
  fraction: number;
  /** Bytes on the wire so far and in all (in the host's encoding; decoded bytes when it is unknown). */
  loaded: number;
  total: number;
  /** The encoding the total is for ('br', 'gzip', 'identity'). */
  encoding: string;
}

export function byteProgress(p: {
  bytesLoaded?: number | undefined;
  bytesTotal?: number | undefined;
  encoding?: string | undefined;
  transferTotal?: number | undefined;
}): ByteProgress | null {
  if (!p.bytesTotal) return null;
  const fraction = Math.min(1, Math.max(0, (p.bytesLoaded ?? 0) / p.bytesTotal));
  const total = p.transferTotal ?? p.bytesTotal;
  return {
    fraction,
    loaded: Math.round(fraction * total),
    total,
    encoding: p.transferTotal === undefined ? 'identity' : (p.encoding ?? 'identity'),
  };
}

/** Megabytes with one decimal (10⁶ bytes, as download sizes are given). */
export function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/** What the Network Information API says, where a browser has it (Chromium); other browsers say nothing. */
export interface ConnectionInfo {
  saveData?: boolean;
  type?: string;
  effectiveType?: string;
}

/**
 * Fetch the engine when the page is idle, before any sign of intent? Only on a line that is known not to be metered
 * (wifi or ethernet, no data saver): several MB on a phone's data plan for a query that may never run is not cheap.
 * Elsewhere the engine starts on intent (focus in the editor, pointing at Run or an example, a ?sql= link).
 */
export function idlePrefetchAllowed(connection: ConnectionInfo | undefined): boolean {
  if (!connection || connection.saveData) return false;
  return (connection.type === 'wifi' || connection.type === 'ethernet') && connection.effectiveType === '4g';
}
