// <chp-place-picker>: a searchable place picker (an ARIA combobox with a listbox) in place of a checkbox per plan.
// Type a name in Chinese, pinyin or English, or a province; narrow by province and level; arrows move, Enter picks,
// Escape closes. The list of plans is /plans-index.json, fetched on first use. It emits `chp-pick` (a place id
// to add); the chart owns the selection and shows it back as chips (setSelected), each with a remove button that
// emits `chp-unpick`.
import { fromIndexFile, type PlanIndexRow, type PlansIndexFile } from '../../lib/plans-index/rows.ts';
import { matchPlaces } from './place-match.ts';

/** Words the picker needs, in the page's language (from the strings module, through the chart's island). */
export interface PickerWords {
  none: string;
  /** One match ('1 place matches.'). */
  one: string;
  loading: string;
  failed: string;
  any: string;
  levels: Record<string, string>;
  remove: string;
  results: string;
}

const SHOWN = 12;

class PlacePicker extends HTMLElement {
  private rows: Promise<PlanIndexRow[]> | undefined;
  private found: PlanIndexRow[] = [];
  private active = -1;
  private input!: HTMLInputElement;
  private list!: HTMLUListElement;
  private status!: HTMLElement;
  private province!: HTMLSelectElement;
  private level!: HTMLSelectElement;
  private words!: PickerWords;
  private pageLang: 'en' | 'zh' = 'en';

  connectedCallback(): void {
    this.input = this.querySelector('input[role="combobox"]')!;
    this.list = this.querySelector('[role="listbox"]')!;
    this.status = this.querySelector('[data-picker-status]')!;
    this.province = this.querySelector('select[data-province]')!;
    this.level = this.querySelector('select[data-level]')!;
    this.words = JSON.parse(this.dataset['words'] ?? '{}') as PickerWords;
    this.pageLang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
    this.input.addEventListener('focus', () => void this.load());
    this.input.addEventListener('input', () => void this.refresh(true));
    this.input.addEventListener('keydown', (e) => {
      this.onKey(e);
    });
    this.input.addEventListener('blur', () => {
      // A click on an option lands first (pointerdown keeps the focus), then the list closes.
      setTimeout(() => {
        if (!this.contains(document.activeElement)) this.close();
      }, 150);
    });
    for (const sel of [this.province, this.level]) {
      sel.addEventListener('focus', () => void this.load());
      sel.addEventListener('change', () => void this.refresh(true));
    }
    this.list.addEventListener('pointerdown', (e) => {
      e.preventDefault();
    });
    this.list.addEventListener('click', (e) => {
      const li = (e.target as Element).closest<HTMLLIElement>('li[data-id]');
      if (li) this.pick(li.dataset['id']!);
    });
    this.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLButtonElement>('button[data-unpick]');
      if (b) this.dispatchEvent(new CustomEvent('chp-unpick', { bubbles: true, detail: b.dataset['unpick'] }));
    });
  }

  /** The chips of the places selected now (labels as the chart knows them). */
  setSelected(places: { id: string; label: string }[]): void {
    const chips = this.querySelector('[data-chips]')!;
    chips.replaceChildren(
      ...places.map((p) => {
        const li = document.createElement('li');
        li.className = 'chp-chip';
        li.dataset['place'] = p.id;
        const name = document.createElement('span');
        name.textContent = p.label;
        const b = document.createElement('button');
        b.type = 'button';
        b.dataset['unpick'] = p.id;
        b.setAttribute('aria-label', this.words.remove.replace('{place}', p.label));
        b.textContent = '×';
        li.append(name, b);
        return li;
      }),
    );
  }

  /** The plans index, fetched once; the province filter's options from it. */
  private load(): Promise<PlanIndexRow[]> {
    this.rows ??= (async () => {
      this.say(this.words.loading);
      const res = await fetch(this.dataset['index']!);
      if (!res.ok) throw new Error(`${this.dataset['index']!}: HTTP ${String(res.status)}`);
      const rows = fromIndexFile((await res.json()) as PlansIndexFile);
      const provinces = new Map<string, string>();
      for (const r of rows) provinces.set(r.provinceZh, this.pageLang === 'en' ? r.provinceEn : r.provinceZh);
      const current = this.province.value;
      this.province.replaceChildren(
        new Option(this.words.any, ''),
        ...[...provinces.entries()]
          .sort((a, b) => a[1].localeCompare(b[1], this.pageLang === 'en' ? 'en' : 'zh-Hans-CN'))
          .map(([value, label]) => new Option(label, value)),
      );
      this.province.value = current;
      this.say('');
      return rows;
    })().catch((e: unknown) => {
      this.rows = undefined;
      this.say(this.words.failed);
      throw e;
    });
    return this.rows;
  }

  private async refresh(open: boolean): Promise<void> {
    const rows = await this.load();
    const all = matchPlaces(rows, this.input.value, this.province.value, this.level.value);
    this.found = all.slice(0, SHOWN);
    this.active = this.found.length ? 0 : -1;
    this.list.replaceChildren(
      ...this.found.map((r, i) => {
        const li = document.createElement('li');
        li.id = `${this.list.id}-${String(i)}`;
        li.setAttribute('role', 'option');
        li.dataset['id'] = r.id;
        const province = this.pageLang === 'en' ? r.provinceEn : r.provinceZh;
        const level = this.words.levels[r.level] ?? '';
        li.textContent = this.pageLang === 'en' ? `${r.placeEn} ${r.placeZh}` : r.placeZh;
        const small = document.createElement('small');
        small.textContent = ` ${[province, level, r.year ?? ''].filter(Boolean).join(' · ')}`;
        if (this.pageLang === 'en') small.lang = 'en';
        li.append(small);
        return li;
      }),
    );
    this.mark();
    if (open) this.open();
    this.say(
      all.length === 0
        ? this.words.none
        : all.length === 1
          ? this.words.one
          : this.words.results
              .replace('{n}', String(all.length))
              .replace('{more}', String(all.length - this.found.length)),
    );
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (this.list.hidden) {
        void this.refresh(true);
        return;
      }
      const n = this.found.length;
      if (n === 0) return;
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      this.mark();
    } else if (e.key === 'Enter') {
      const row = this.found[this.active];
      if (!this.list.hidden && row) {
        e.preventDefault();
        this.pick(row.id);
      }
    } else if (e.key === 'Escape') {
      if (!this.list.hidden) {
        e.preventDefault();
        this.close();
      }
    }
  }

  private mark(): void {
    [...this.list.children].forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === this.active));
    });
    const li = this.list.children[this.active];
    if (li) {
      this.input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private pick(id: string): void {
    this.dispatchEvent(new CustomEvent('chp-pick', { bubbles: true, detail: id }));
    this.input.value = '';
    this.close();
    this.input.focus();
  }

  private open(): void {
    this.list.hidden = this.found.length === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  /** A polite announcement (results, loading, errors). */
  say(text: string): void {
    this.status.textContent = text;
  }
}

if (!customElements.get('chp-place-picker')) customElements.define('chp-place-picker', PlacePicker);
