// Marks every chart shares. Pure.
import * as Plot from '@observablehq/plot';

/** Diameter of the invisible disc on each linked mark: a tap target of at least 24 px (WCAG 2.5.8), even in the
 * phone drawing scaled to a 360 px screen. */
export const HIT = 26;

/**
 * An invisible disc of HIT px on each datum, carrying its link and tooltip, so that small marks are easy to tap.
 * Painted with zero opacity (not `fill: none`): SVG only hits painted areas.
 */
export function hitArea(
  data: readonly unknown[],
  options: {
    x: Plot.ChannelValueSpec;
    y: Plot.ChannelValueSpec;
    href: Plot.ChannelValue;
    title: Plot.ChannelValue;
    dy?: number;
  },
): Plot.Dot {
  return Plot.dot(data, {
    x: options.x,
    y: options.y,
    dy: options.dy ?? 0,
    r: HIT / 2,
    fill: 'currentColor',
    fillOpacity: 0,
    stroke: null,
    href: options.href,
    title: options.title,
  });
}
