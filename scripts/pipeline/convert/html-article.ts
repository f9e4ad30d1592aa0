// A saved government web page to its article: drop navigation, breadcrumbs, footers, share/print widgets, then
// take the element that holds the most Chinese text in its own paragraphs, with the page's title line.
import {
  childrenOf,
  classWords,
  elementsOf,
  hanCount,
  isElement,
  isText,
  removeNode,
  textOf,
  type HtmlDocument,
  type HtmlElement,
} from './html-dom.ts';

/** Elements that are never article text. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'script', 'style', 'noscript', 'template', 'iframe']);
/** class/id words of page furniture (English and pinyin, as Chinese government sites name them). */
const CHROME_WORDS = new Set(
  (
    'nav navbar navigation menu submenu breadcrumb breadcrumbs crumb crumbs bread position location dqwz weizhi wz ' +
    'footer copyright share bdshare fenxiang print dayin toolbar sidebar related xgwz xgxx friendlink yqlj login ' +
    'search banner topbar gotop qrcode ewm erweima fontsize zihao'
  ).split(' '),
);
/** Short blocks whose text is page furniture, whatever their markup. */
const CHROME_TEXT = [
  /^(?:当前位置|您现在的位置|您的位置|现在位置|所在位置)\s*[:：]/,
  /^[【[]?\s*(?:打印|关闭|关闭窗口|打印本页|返回顶部|收藏|分享到?|字号|字体)/,
  /^(?:分享到|扫一扫|微信扫一扫)/,
  /^(?:发布时间|发布日期|信息来源|文章来源|来源|作者)\s*[:：].*(?:来源|浏览|点击|阅读|访问|字号|字体)/,
  /(?:主办|承办|主管)单位\s*[:：]/,
  /(?:ICP备|网站标识码|公网安备|版权所有)/,
];
/** Containers government CMSs use for the article body. */
const BODY_WORDS = new Set('content article zoom trs editor trs_editor main text zw detail body wzy nr'.split(' '));
/** Paragraph-level elements whose Chinese text counts for the container that holds them. */
const PARAGRAPH = new Set('p h1 h2 h3 h4 h5 h6 li pre blockquote span font b strong em center br a'.split(' '));

function isChrome(el: HtmlElement): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  if (el.name === 'header' && !hasAncestor(el, (a) => a.name === 'article' || a.name === 'main')) return true;
  const words = classWords(el);
  if (words.some((w) => CHROME_WORDS.has(w) || w.startsWith('breadcrumb') || w.startsWith('bdshare'))) return true;
  // By its words only a short block of inline text: a footer line, not the page or table that holds it.
  if (hasBlockInside(el)) return false;
  const text = textOf(el).trim();
  return text.length < 200 && CHROME_TEXT.some((re) => re.test(text));
}

const BLOCKS = new Set(
  'address article aside blockquote div dl form h1 h2 h3 h4 h5 h6 li ol p section table td tr ul'.split(' '),
);

function hasBlockInside(el: HtmlElement): boolean {
  return childrenOf(el).some((c) => isElement(c) && (BLOCKS.has(c.name) || hasBlockInside(c)));
}

function hasAncestor(el: HtmlElement, test: (a: HtmlElement) => boolean): boolean {
  for (let p = el.parent; p; p = p.parent) if (isElement(p) && test(p)) return true;
  return false;
}

/** Remove page furniture in place; returns how many elements went. */
export function removeChrome(doc: HtmlDocument): number {
  let removed = 0;
  for (const el of elementsOf(doc)) {
    if (!el.parent) continue; // already removed with an ancestor
    if (isChrome(el)) {
      removeNode(el);
      removed++;
    }
  }
  return removed;
}

/** Chinese characters an element holds in its own text and paragraph-level children (not in nested blocks). */
function ownParagraphHan(el: HtmlElement): number {
  let n = 0;
  for (const c of childrenOf(el)) {
    if (isText(c)) n += hanCount(c.data);
    else if (isElement(c) && PARAGRAPH.has(c.name)) n += hanCount(textOf(c));
  }
  return n;
}

/** The element holding the article: most Chinese text in its own paragraphs, body-like class names favoured. */
export function findArticle(doc: HtmlDocument): HtmlElement | null {
  let best: HtmlElement | null = null;
  let bestScore = 0;
  const body = elementsOf(doc).find((e) => e.name === 'body');
  for (const el of body ? [body, ...elementsOf(body)] : elementsOf(doc)) {
    if (['head', 'title', 'table', 'tr', 'tbody', 'thead', 'ul', 'ol'].includes(el.name)) continue;
    const own = ownParagraphHan(el);
    if (own === 0) continue;
    const bonus = classWords(el).some((w) => BODY_WORDS.has(w)) ? 1.25 : 1;
    const score = own * bonus;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

const TITLE_WORDS = new Set('title tit bt biaoti headline'.split(' '));

/**
 * The page's title for the plan: the nearest heading (h1–h3 or a title-classed block, 6–150 characters) before the
 * article, else the <title> up to the site name. Null when neither reads as Chinese.
 */
export function findTitle(doc: HtmlDocument, article: HtmlElement): string | null {
  let candidate: string | null = null;
  for (const el of elementsOf(doc)) {
    if (el === article) break;
    const isHeading = /^h[1-3]$/.test(el.name) || classWords(el).some((w) => TITLE_WORDS.has(w));
    const text = textOf(el).replace(/\s+/g, '').trim();
    if (isHeading && text.length >= 6 && text.length <= 150 && hanCount(text) >= 4 && !isInsideOf(article, el)) {
      candidate = textOf(el)
        .replace(/[ \t\r\n\f\u00a0]+/g, ' ')
        .trim();
    }
  }
  if (candidate) return candidate;
  const title = elementsOf(doc).find((e) => e.name === 'title');
  const head = title
    ? textOf(title)
        .split(/\s*[_|｜]\s*|\s+[—–-]{1,2}\s+/)[0]
        ?.trim()
    : '';
  return head && hanCount(head) >= 4 ? head : null;
}

function isInsideOf(el: HtmlElement, maybeAncestor: HtmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === maybeAncestor) return true;
  return false;
}

/** Lines a reader never takes for article text: widgets that survived as plain lines. */
export function isChromeLine(line: string): boolean {
  return line.length < 80 && CHROME_TEXT.some((re) => re.test(line.trim()));
}
