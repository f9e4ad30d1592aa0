// Putting what a chart shows into its frame: the wide and narrow drawings, and the title, subtitle, notes, summary
// and "edited" label of what is shown.
import type { Shown } from './chart-host.ts';

/** Put the drawings into the wide and narrow slots (creating them if the page had nothing to draw). */
export function placeDrawings(el: HTMLElement, wide: SVGSVGElement | null, narrow: SVGSVGElement | null): void {
  const body = el.querySelector<HTMLElement>('.chart-body')!;
  body.querySelector('.chart-empty')?.remove();
  for (const [cls, svg] of [
    ['chp-wide', wide],
    ['chp-narrow', narrow],
  ] as const) {
    let slot = body.querySelector(`.${cls}`);
    if (!slot) {
      slot = document.createElement('div');
      slot.className = cls;
      body.appendChild(slot);
    }
    slot.replaceChildren(...(svg ? [svg] : []));
  }
}

/** Title, subtitle, notes, summary and the "edited" label for what is shown. */
export function showTexts(el: HTMLElement, shown: Shown): void {
  const t = shown.text;
  const set = (sel: string, text: string) => {
    const found = el.querySelector(sel);
    if (found) found.textContent = text;
  };
  set('.chart-title', t.title);
  set('.chart-subtitle', t.subtitle);
  set('[data-summary]', t.summary);
  const notes = el.querySelector('.chart-notes');
  if (notes)
    notes.replaceChildren(
      ...t.notes.map((n) => {
        const li = document.createElement('li');
        li.textContent = n.text;
        if (n.rows) {
          li.dataset['noteColumn'] = n.rows.column;
          li.dataset['noteValues'] = n.rows.values.join(' ');
        }
        if (n.places) li.dataset['notePlaces'] = n.places.join(' ');
        return li;
      }),
    );
  const label = el.querySelector<HTMLElement>('[data-edited]');
  if (label) label.hidden = !shown.edited;
}
