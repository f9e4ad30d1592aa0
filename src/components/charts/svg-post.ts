// Post-processing of Plot's SVG so it passes axe and a hash-only CSP. Pure DOM work: jsdom at build time or a browser.

/**
 * Make a rendered chart safe to inline: Plot's `<g aria-label>` removed and the drawing hidden from assistive
 * tech (the frame's summary and table are its text alternative), links inside it taken out of the tab order
 * (keyboard users get the same links in the table, and axe forbids focusable content under aria-hidden), and
 * `style="…"` attributes turned into presentation attributes, since a CSP without 'unsafe-inline' drops them.
 */
export function finishSvg<T extends Element>(el: T): T {
  // Same rule as dom.ts hideFromAssistiveTech, without its jsdom import so that this file also runs in browsers.
  for (const node of [el, ...Array.from(el.querySelectorAll('[aria-label],[aria-description]'))]) {
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
  }
  for (const svg of el.tagName.toLowerCase() === 'svg' ? [el] : Array.from(el.querySelectorAll('svg'))) {
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
  }
  for (const a of Array.from(el.querySelectorAll('a'))) {
    // Plot links marks with xlink:href; a plain href is the same drawing in jsdom and in a browser (and CSS a[href]).
    const linked = a.getAttributeNS(XLINK, 'href');
    if (linked !== null) {
      a.removeAttributeNS(XLINK, 'href');
      a.setAttribute('href', linked);
    }
    a.setAttribute('tabindex', '-1');
    const href = a.getAttribute('href') ?? '';
    // A mark's link names the plan it quotes; filters use it to hide marks of places not selected.
    const doc = /\/plans\/([^/#?]+)\//.exec(href)?.[1];
    if (doc) a.setAttribute('data-place', doc);
  }
  for (const node of [el, ...Array.from(el.querySelectorAll('[style]'))]) {
    const style = node.getAttribute('style');
    if (style === null) continue;
    node.removeAttribute('style');
    for (const decl of style.split(';')) {
      const i = decl.indexOf(':');
      if (i < 0) continue;
      const name = decl.slice(0, i).trim();
      const value = decl.slice(i + 1).trim();
      // Only properties that exist as SVG presentation attributes; `background` has none and is meant transparent.
      if (PRESENTATION.has(name) && value !== '') node.setAttribute(name, value);
    }
  }
  return el;
}

const XLINK = 'http://www.w3.org/1999/xlink';

const PRESENTATION = new Set([
  'font-size',
  'font-family',
  'font-weight',
  'font-variant',
  'fill',
  'stroke',
  'stroke-width',
  'opacity',
  'color',
]);
