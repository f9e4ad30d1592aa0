// What /extract/ shows of a plan, checked on a real extraction and on hostile text: every target highlighted with a
// link to its row and back, the outline's links land on anchors of the text, rows in words as on the plan page, notes and
// facts escaped.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { nodeLoaders } from '../../../scripts/convert-loaders.ts';
import { fixturePath, vocab } from '../../../scripts/test-support/corpus.ts';
import { HOSTILE_TEXT } from '../../lib/hostile-text.testing.ts';
import { resultHtml } from './result-html.ts';
import { runExtraction } from './run-extraction.ts';

const plan = await runExtraction(
  { fileName: 'formats-county-f.txt', bytes: readFileSync(fixturePath('formats-county-f.txt')) },
  nodeLoaders,
  vocab,
);

function page(lang: 'en' | 'zh') {
  const html = resultHtml(plan, lang, vocab);
  const doc = new JSDOM(
    `<body>${html.facts}${html.notes}${html.outline}${html.legend}${html.text}${html.tables}</body>`,
  ).window.document;
  return { html, doc };
}

describe('resultHtml', () => {
  it('highlights every target, links its marker to its row and the row back to it', () => {
    const { doc } = page('en');
    const targets = plan.datasets['targets']!;
    const marks = doc.querySelectorAll('mark.hl-targets[id]');
    expect(marks.length).toBe(targets.length);
    for (const mark of Array.from(marks)) {
      const row = doc.getElementById(`row-${mark.id}`);
      expect(row, mark.id).not.toBeNull();
      expect(row!.querySelector('a.ref-back')!.getAttribute('href')).toBe(`#${mark.id}`);
      // The marked text is the row's quote.
      expect(mark.textContent).toBe(row!.querySelector('td[lang]')!.textContent);
    }
    expect(doc.querySelector('#data-targets')!.hasAttribute('open')).toBe(true);
  });

  it('every outline and section link lands on an element of the page', () => {
    const { doc } = page('zh');
    const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'));
    expect(links.length).toBeGreaterThan(50);
    for (const a of links)
      expect(doc.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1))), a.href).not.toBeNull();
    expect(doc.querySelector('.outline summary')!.textContent).toBe('目录');
  });

  it('puts rows in words as the plan page does: sections by label, statements that disagree flagged', () => {
    const { doc } = page('en');
    const targets = plan.datasets['targets']!;
    const disputed = targets.filter((t) => t['conflict'] !== '');
    expect(disputed.length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('#data-targets tr.conflict .flag-conflict').length).toBe(disputed.length);
    // The target's marks and its mentions' marks.
    const ids = new Set(disputed.map((t) => t['target_id']));
    const mentions = plan.datasets['target_mentions']!.filter((m) => ids.has(m['target_id']));
    expect(doc.querySelectorAll('mark.hl-conflict').length).toBe(disputed.length + mentions.length);
    const sectionLink = doc.querySelector('#data-targets tbody td:nth-child(3) a')!;
    expect(sectionLink.textContent).toMatch(/^[一二三四五六七八九十]+、/);
    expect(doc.querySelector('#data-targets tbody td.fields .k')!.textContent).toBe('Indicator');
  });

  it('states the facts the text gives and counts each dataset', () => {
    const { html, doc } = page('en');
    expect(html.title).toBe('青溪县紧密型县域医疗卫生共同体建设实施方案');
    expect(doc.querySelector('.facts-list')!.textContent).toContain('青政办发〔2024〕8号');
    expect(html.summary).toMatch(/Targets \d+/);
    expect(html.counts.find((c) => c.name === 'targets')!.rows).toBe(plan.datasets['targets']!.length);
    expect(html.counts.find((c) => c.name === 'principles')!.rows).toBe(0);
  });

  it('escapes hostile text in notes, facts and quotes', () => {
    const hostile = HOSTILE_TEXT.map((t) => `<b>${t}</b>&amp;`).join('|');
    const doc0 = plan.datasets['documents']![0]!;
    const evil = {
      ...plan,
      datasets: {
        ...plan.datasets,
        documents: [{ ...doc0, title_zh: hostile, issuer_zh: '<script>x</script>' }],
        document_notes: [
          {
            doc_id: plan.docId,
            note_id: 'n1"><b>x</b>',
            severity: 'warning',
            code: 'x"y',
            line: 3,
            message: hostile,
            start: null,
            end: null,
          },
        ],
      },
    };
    const html = resultHtml(evil, 'en', vocab);
    const doc = new JSDOM(`<body>${html.facts}${html.notes}</body>`).window.document;
    expect(doc.querySelector('script, b')).toBeNull();
    // As an HTML parser reads text: CR and CRLF become LF, NUL is dropped; nothing else changes.
    const parsed = hostile.replace(/\r\n?/g, '\n').replaceAll('\u0000', '');
    expect(doc.querySelector('.facts-list dd')!.textContent).toBe(parsed);
    // Notes are put in plain words (note-words.ts): the pipeline's message is not shown, the id is kept as an id.
    expect(doc.querySelector('.doc-notes li')!.id).toBe('note-n1"><b>x</b>');
    expect(doc.querySelector('.doc-notes li span')!.textContent).toBe(
      'A problem noted while reading the source (see document_notes in the downloads).',
    );
    expect(doc.querySelector('.doc-notes')!.hasAttribute('open')).toBe(true);
  });
});
