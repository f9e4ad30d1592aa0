// Values into rendered Markdown: `{name}` placeholders in text and in link addresses (where Markdown writes
// them as %7Bname%7D). Values are escaped; a placeholder without a value is an error naming the source.
import { escapeMarkup } from './text/index.ts';

const SLOT = /\{([A-Za-z][A-Za-z0-9]*)\}|%7B([A-Za-z][A-Za-z0-9]*)%7D/g;

export function fillHtml(html: string, values: Record<string, string | number>, source: string): string {
  return html.replace(SLOT, (_m, plain: string | undefined, encoded: string | undefined) => {
    const name = (plain ?? encoded)!;
    if (!(name in values)) throw new Error(`${source}: no value for {${name}}`);
    return escapeMarkup(String(values[name]));
  });
}
