// The published alignment of a reuse passage (reuse.alignment): run-length ops over the two quotes, decoded
// for display. `=n` n characters the same in both, `-n` n only in quote a, `+n` n only in quote b.

export interface AlignedPart {
  text: string;
  /** True where the text is only in this quote (deleted from a, or inserted in b). */
  changed: boolean;
}

const OP = /^([=+-])(\d+)$/;

/** The parts of two quotes that the ops mark as same or different; throws when the ops do not fit the quotes. */
export function applyOps(a: string, b: string, ops: string): { a: AlignedPart[]; b: AlignedPart[] } {
  const outA: AlignedPart[] = [];
  const outB: AlignedPart[] = [];
  let x = 0;
  let y = 0;
  for (const op of ops.split(' ').filter(Boolean)) {
    const m = OP.exec(op);
    if (!m) throw new Error(`alignment ${JSON.stringify(ops)}: ${JSON.stringify(op)} is not =n, -n or +n`);
    const n = Number(m[2]);
    if (m[1] === '=') {
      outA.push({ text: a.slice(x, x + n), changed: false });
      outB.push({ text: b.slice(y, y + n), changed: false });
      x += n;
      y += n;
    } else if (m[1] === '-') {
      outA.push({ text: a.slice(x, x + n), changed: true });
      x += n;
    } else {
      outB.push({ text: b.slice(y, y + n), changed: true });
      y += n;
    }
  }
  if (x !== a.length || y !== b.length)
    throw new Error(`ops ${ops} cover ${x}/${a.length} and ${y}/${b.length} characters`);
  return { a: outA, b: outB };
}
