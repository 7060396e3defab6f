// How deeply a page's elements nest, measured before the page is built into a DOM. Readability's cost grows far
// faster than the nesting (ux39 #1: 200 levels 0.7 s, 1,000 levels 100 s on one core) and linkedom's own tree
// building turns quadratic past ~10k levels; the recursive walks then overflow the stack at 100k. A real article
// nests a few dozen levels (the bundled samples: under 20). So a page past MAX_HTML_DEPTH fails as one input, fast,
// and the rest of the batch goes on. The count uses the tokenizer linkedom builds its tree from (htmlparser2), with
// the same implied closes (`<p>` ended by a block, void elements), so it is the depth of the tree linkedom would
// build, found in one linear pass that stops at the limit.
import { Parser } from 'htmlparser2';

/** Levels of nested elements a page may have; Chrome flattens past 512, and Readability is still quick here. */
export const MAX_HTML_DEPTH = 256;

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

/** The failure message for a page nested past the limit, or null for a page within it. */
export function tooDeepMessage(html: string, what = 'page'): string | null {
  return htmlDepth(html) > MAX_HTML_DEPTH
    ? `HTML ${what} nests elements more than ${MAX_HTML_DEPTH} levels deep (the limit); not read`
    : null;
}
