// A chart's tooltips: Plot's <title>s become data-tip attributes, shown at once in one styled element.

/** Plot's <title> tooltips become data-tip on the mark's link (the native ones are removed to avoid doubles). */
export function tipify(svg: SVGSVGElement): void {
  for (const t of svg.querySelectorAll('title')) {
    const a = t.closest('a') ?? t.parentElement;
    a?.setAttribute('data-tip', t.textContent);
    t.remove();
  }
}

/** One tooltip element for the chart: a mark's data-tip, shown at once and styled. */
export function wireTooltips(el: HTMLElement): void {
  const body = el.querySelector<HTMLElement>('.chart-body');
  if (!body) return;
  const tip = document.createElement('div');
  tip.className = 'chp-tip';
  tip.hidden = true;
  body.appendChild(tip);
  body.addEventListener('pointermove', (e) => {
    const mark = (e.target as Element).closest('[data-tip]');
    if (!mark) {
      tip.hidden = true;
      return;
    }
    tip.textContent = mark.getAttribute('data-tip');
    tip.hidden = false;
    const box = body.getBoundingClientRect();
    const x = Math.min(e.clientX - box.left + 12, box.width - tip.offsetWidth - 4);
    tip.style.left = `${Math.max(0, x)}px`;
    tip.style.top = `${e.clientY - box.top + 14}px`;
  });
  body.addEventListener('pointerleave', () => {
    tip.hidden = true;
  });
}
