// The table of the rows drawn (the selected places' rows, or an edited query's result), rebuilt in the browser
// after a redraw: the same cells as the build's table. Browser-safe.
import { cellText } from './draw.ts';
import type { ChartSpec, DataRow } from './models/shared.ts';
import type { Lang } from '../../i18n/ui.ts';

export function fillRowsTable(root: HTMLElement, spec: ChartSpec, rows: DataRow[], lang: Lang): void {
  const tbody = root.querySelector('table[data-rows] tbody');
  if (!tbody) return;
  const columns = spec.table(lang);
  tbody.replaceChildren(
    ...rows.map((r, i) => {
      const tr = document.createElement('tr');
      tr.dataset['i'] = String(i);
      for (const c of columns) {
        const td = document.createElement('td');
        if (c.column === 'quote') {
          td.lang = 'zh-Hans';
          const a = document.createElement('a');
          a.href = spec.rowHref(r, lang);
          a.textContent = cellText(spec, r, c.column, lang);
          td.append(a);
        } else {
          if (c.numeric) td.className = 'num';
          td.textContent = cellText(spec, r, c.column, lang);
        }
        tr.append(td);
      }
      return tr;
    }),
  );
}
