// Shared helpers for charts rendered at build time: a DOM to draw into, and markup that passes axe.
import { JSDOM } from 'jsdom';

/** A fresh document for Plot (`document` option) when rendering outside a browser. */
export function chartDocument(): Document {
  return new JSDOM('').window.document;
}

/**
 * Plot puts aria-label on <g> elements, which axe rejects (aria-prohibited-attr; Plot issue #1760). The
 * chart frame gives the text alternative (caption + data table), so the drawing itself is hidden from AT.
 */
export function hideFromAssistiveTech<T extends Element>(el: T): T {
  for (const node of [el, ...Array.from(el.querySelectorAll('[aria-label],[aria-description]'))]) {
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
  }
  const svgs = el.tagName.toLowerCase() === 'svg' ? [el] : Array.from(el.querySelectorAll('svg'));
  for (const svg of svgs) {
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
  }
  return el;
}

/**
 * Remove Plot's inline <style> and style attributes: the site's CSP allows no inline styles (a style
 * attribute cannot be hashed). ChartFrame's stylesheet supplies what they set.
 */
export function stripInlineStyles<T extends Element>(el: T): T {
  for (const style of Array.from(el.querySelectorAll('style'))) style.remove();
  for (const node of [el, ...Array.from(el.querySelectorAll('[style]'))]) node.removeAttribute('style');
  return el;
}
