// Local alignment of two character windows (banded Smith–Waterman with affine gaps) and a character diff for display.
// The ops format and its decoder (applyOps) are the published dataset's: src/lib/schema/reuse-format.ts.
import { DEFAULT_SCORES, type AlignScores } from '../../src/lib/schema/reuse-format.ts';
import { foldWidthCode } from '../../src/lib/text/index.ts';

export interface LocalAlignment {
  /** Half-open spans in the input strings' coordinates. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Aligned pairs of identical characters. */
  identical: number;
  score: number;
  /** DP cells computed (the cost measure). */
  cells: number;
}

export interface AlignWindow {
  aLo: number;
  aHi: number;
  bLo: number;
  bHi: number;
  /** Allowed diagonals d = jB - iA (absolute positions), inclusive. */
  dLo: number;
  dHi: number;
}

const NEG = -1e9;

/**
 * Best local alignment of a[aLo,aHi) with b[bLo,bHi), restricted to the diagonal band [dLo, dHi]:
 * the seeds say where the shared passage lies, so cells far from their diagonals need not be computed.
 * Returns null when nothing scores above zero.
 */
export function alignLocal(
  a: string,
  b: string,
  win: AlignWindow,
  scores: AlignScores = DEFAULT_SCORES,
): LocalAlignment | null {
  const la = win.aHi - win.aLo;
  const lb = win.bHi - win.bLo;
  if (la <= 0 || lb <= 0 || win.dHi < win.dLo) return null;
  const off = win.bLo - win.aLo;
  const W = win.dHi - win.dLo + 1;
  // Band coordinate of cell (i, j): kk = j - i - base; the cell (i-1, j-1) has the same kk.
  const base = win.dLo - off;
  const trace = new Uint8Array((la + 1) * W);
  const bw = new Uint16Array(lb);
  for (let j = 0; j < lb; j++) bw[j] = b.charCodeAt(win.bLo + j);
  let hPrev = new Int32Array(W);
  let fPrev = new Int32Array(W);
  let hCur = new Int32Array(W);
  let fCur = new Int32Array(W);
  // Band cells of the previous row that were computed; the rest read as H = 0, F = -inf (the boundary of a local alignment).
  let pLo = 1;
  let pHi = 0;
  let best = 0;
  let bestI = -1;
  let bestJ = -1;
  let cells = 0;
  const { match, mismatch, gapOpen, gapExtend } = scores;
  for (let i = 1; i <= la; i++) {
    const ai = a.charCodeAt(win.aLo + i - 1);
    const jMin = Math.max(1, i + base);
    const jMax = Math.min(lb, i + base + W - 1);
    let eLeft = NEG;
    let hLeft = 0;
    for (let j = jMin; j <= jMax; j++) {
      const kk = j - i - base;
      // Left neighbour (i, j-1) is kk-1 in this row; at the band edge it cannot start a gap.
      const hL = j > jMin ? hLeft : j === 1 ? 0 : NEG;
      const eOpen = hL - gapOpen;
      const eExt = eLeft - gapExtend;
      const e = eOpen >= eExt ? eOpen : eExt;
      // Upper neighbour (i-1, j) is kk+1 in the previous row; the diagonal one (i-1, j-1) is kk.
      const up = kk + 1 >= pLo && kk + 1 <= pHi;
      const hU = up ? (hPrev[kk + 1] as number) : 0;
      const fU = up ? (fPrev[kk + 1] as number) : NEG;
      const fOpen = hU - gapOpen;
      const fExt = fU - gapExtend;
      const f = fOpen >= fExt ? fOpen : fExt;
      const hD = kk >= pLo && kk <= pHi ? (hPrev[kk] as number) : 0;
      const diag = hD + (ai === bw[j - 1] ? match : mismatch);
      let h = 0;
      let src = 0;
      if (diag > h) {
        h = diag;
        src = 1;
      }
      if (e > h) {
        h = e;
        src = 2;
      }
      if (f > h) {
        h = f;
        src = 3;
      }
      trace[i * W + kk] = src | (eExt > eOpen ? 4 : 0) | (fExt > fOpen ? 8 : 0);
      hCur[kk] = h;
      fCur[kk] = f;
      eLeft = e;
      hLeft = h;
      if (h > best) {
        best = h;
        bestI = i;
        bestJ = j;
      }
    }
    cells += Math.max(0, jMax - jMin + 1);
    pLo = jMin - i - base;
    pHi = jMax - i - base;
    [hPrev, hCur] = [hCur, hPrev];
    [fPrev, fCur] = [fCur, fPrev];
  }
  if (bestI < 0) return null;
  let i = bestI;
  let j = bestJ;
  let state: 0 | 2 | 3 = 0;
  let identical = 0;
  while (i > 0 && j > 0) {
    const t = trace[i * W + (j - i - base)] as number;
    if (state === 0) {
      const src = t & 3;
      if (src === 0) break;
      if (src === 1) {
        if (a.charCodeAt(win.aLo + i - 1) === b.charCodeAt(win.bLo + j - 1)) identical++;
        i--;
        j--;
      } else state = src as 2 | 3;
    } else if (state === 2) {
      const ext = (t & 4) !== 0;
      j--;
      if (!ext) state = 0;
    } else {
      const ext = (t & 8) !== 0;
      i--;
      if (!ext) state = 0;
    }
  }
  return {
    aStart: win.aLo + i,
    aEnd: win.aLo + bestI,
    bStart: win.bLo + j,
    bEnd: win.bLo + bestJ,
    identical,
    score: best,
    cells,
  };
}

/** Full-width forms and odd spaces count as their ASCII twins when diffing raw quotes. */
const foldUnit = foldWidthCode;

/**
 * Character diff of two quotes (Myers 1986, O((n+m)·D)), as run-length ops over the two strings:
 * `=n` n characters the same in both, `-n` n characters only in a, `+n` n characters only in b.
 * Within a changed block deletions come before insertions, so a substitution reads `-1 +1`.
 * Beyond maxD differences the quotes are reported as wholly different.
 */
export function diffOps(a: string, b: string, maxD = 4000): string {
  const n = a.length;
  const m = b.length;
  const eq = (x: number, y: number) => foldUnit(a.charCodeAt(x)) === foldUnit(b.charCodeAt(y));
  const max = Math.min(n + m, maxD);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && eq(x, y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return runs([...'-'.repeat(n), ...'+'.repeat(m)]);
  const ops: string[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const snap = trace[d] as Int32Array;
    const at = (k: number) => snap[k + d] as number;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('=');
      x--;
      y--;
    }
    if (x === prevX) {
      ops.push('+');
      y--;
    } else {
      ops.push('-');
      x--;
    }
  }
  while (x > 0 && y > 0) {
    ops.push('=');
    x--;
    y--;
  }
  ops.reverse();
  return runs(ops);
}

/** Run-length encode a sequence of =/-/+ ops, putting deletions before insertions in each changed block. */
function runs(ops: string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i] === '=') {
      let n = 0;
      while (ops[i] === '=') {
        n++;
        i++;
      }
      out.push(`=${n}`);
    } else {
      let del = 0;
      let ins = 0;
      while (i < ops.length && ops[i] !== '=') {
        if (ops[i] === '-') del++;
        else ins++;
        i++;
      }
      if (del > 0) out.push(`-${del}`);
      if (ins > 0) out.push(`+${ins}`);
    }
  }
  return out.join(' ');
}
