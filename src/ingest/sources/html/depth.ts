// How deeply a page's elements nest, measured before the page is built into a DOM. Readability's cost grows far
// faster than the nesting (ux39 #1: 200 levels 0.7 s, 1,000 levels 100 s on one core) and linkedom's own tree
// building turns quadratic past ~10k levels; the recursive walks then overflow the stack at 100k. A real article
// nests a few dozen levels (the bundled samples: under 20). So a page past MAX_HTML_DEPTH is flattened to it before
// a DOM is built: the deeper tags are cut out and their text kept (flattenHtml), as a browser does past its limit. The count uses the tokenizer linkedom builds its tree from (htmlparser2), with
// the same implied closes (`<p>` ended by a block, void elements), so it is the depth of the tree linkedom would
// build, found in one linear pass that stops at the limit.
import { Parser } from 'htmlparser2';

/** Levels of nested elements a page's DOM is built with; Chrome flattens past 512, and Readability is still quick here. */
export const MAX_HTML_DEPTH = 256;

/**
 * Levels past which a page is not flattened but fails, fast: the tokenizer's own stack of open elements costs
 * quadratic time in the nesting (100k levels: 20 s before a DOM is built), while legacy pages and quote chains that
 * browsers read nest a few hundred levels.
 */
export const MAX_FLATTENED_DEPTH = 4096;

/** Thrown by htmlDepth's callbacks to stop the tokenizer at the limit: the rest of the page need not be read. */
class TooDeep extends Error {}

/** The page's deepest nesting of elements, or `limit + 1` as soon as it passes `limit`. */
export function htmlDepth(html: string, limit = MAX_HTML_DEPTH): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > max) max = depth;
        if (max > limit) throw new TooDeep();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
  }
  return max;
}

/** Elements holding no children: kept where they stand (a <br> past the limit still parts two lines). */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is no markup: dropped past the limit with their content, never turned into visible text. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Elements that part their text from the next: a tag of theirs cut out leaves a line break, so words stay apart. */
const PARTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * The page with every element opened past `limit` levels cut out, its text kept in the element at the limit, as a
 * browser flattens a tree past its own limit (Chrome: 512). Legacy pages leave hundreds of <font>, <a name> or <b>
 * open (htmlparser2, like a browser, closes none of them implicitly), and forum quote chains nest past 256: refused
 * whole, their text was lost (review 39b #4). One linear tokenizer pass; the page the DOM is built from then nests at
 * most `limit` levels (and a void element under them), so Readability's cost stays that of a 256-level page.
 */
export function flattenHtml(html: string, limit = MAX_HTML_DEPTH): string {
  const cuts: { from: number; to: number; by: string }[] = [];
  const cut = (from: number, to: number, name: string) => cuts.push({ from, to, by: PARTS.has(name) ? '\n' : '' });
  // Per open element: whether it was cut, and where a raw one's open tag began (its content goes with it).
  const open: { dropped: boolean; rawFrom: number | null }[] = [];
  const parser = new Parser(
    {
      onopentag(name, _attribs, isImplied) {
        const dropped = open.length >= limit && !VOID.has(name);
        const raw = dropped && RAW.has(name) && !isImplied;
        if (dropped && !isImplied && !raw) cut(parser.startIndex, parser.endIndex + 1, name);
        open.push({ dropped, rawFrom: raw ? parser.startIndex : null });
      },
      onclosetag(name, isImplied) {
        const top = open.pop();
        if (!top?.dropped) return;
        if (top.rawFrom !== null)
          cuts.push({ from: top.rawFrom, to: isImplied ? parser.startIndex : parser.endIndex + 1, by: '' });
        else if (!isImplied) cut(parser.startIndex, parser.endIndex + 1, name);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  if (cuts.length === 0) return html;
  cuts.sort((a, b) => a.from - b.from);
  const parts: string[] = [];
  let at = 0;
  for (const { from, to, by } of cuts) {
    if (from < at) continue;
    parts.push(html.slice(at, from), by);
    at = to;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/**
 * The page as it is read: within MAX_HTML_DEPTH as it is; up to MAX_FLATTENED_DEPTH flattened to MAX_HTML_DEPTH, with
 * a warning; deeper (or still too deep once flattened, where the cut tags' implied closes mattered) it fails as one
 * input, fast, naming the limit.
 */
export function readableDepth(
  html: string,
  what = 'page',
): { html: string; warning: string | null } | { failure: string } {
  const depth = htmlDepth(html, MAX_FLATTENED_DEPTH);
  if (depth <= MAX_HTML_DEPTH) return { html, warning: null };
  if (depth <= MAX_FLATTENED_DEPTH) {
    let flat = html;
    for (let pass = 0; pass < 3; pass++) {
      flat = flattenHtml(flat);
      if (htmlDepth(flat, MAX_HTML_DEPTH + 1) <= MAX_HTML_DEPTH + 1) {
        return {
          html: flat,
          warning: `HTML ${what} nests elements more than ${MAX_HTML_DEPTH} levels deep; the deeper tags were dropped and their text kept`,
        };
      }
    }
    return {
      failure: `HTML ${what} nests elements more than ${MAX_HTML_DEPTH} levels deep even when flattened; not read`,
    };
  }
  return { failure: `HTML ${what} nests elements more than ${MAX_FLATTENED_DEPTH} levels deep (the limit); not read` };
}
