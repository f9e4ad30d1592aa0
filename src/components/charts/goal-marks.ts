// The national goal drawn on a chart of target values: a dashed rule at the goal, labelled above the frame.
import * as Plot from '@observablehq/plot';

export interface Goal {
  value: number;
  label: string;
}

/** The goal's rule and label; `dy` lifts the label clear of the chart's top margin. */
export function goalMarks(goal: Goal, dy: number): Plot.Markish[] {
  const style = { fill: 'var(--accent, #b3361b)' };
  return [
    Plot.ruleX([goal], { x: 'value', stroke: style.fill, strokeDasharray: '4,3', strokeWidth: 1.5 }),
    Plot.text([goal], { x: 'value', text: 'label', frameAnchor: 'top', dy, fill: style.fill, fontWeight: 600 }),
  ];
}
