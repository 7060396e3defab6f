import type { NumberMatch } from '../common/numbers.ts';
import { anyOf } from '../grammar.ts';
import type { SentenceView } from '../view.ts';

/** One toll of a sentence as detectCasualties read it: the word of death or wounds and what counted it. */
export interface TollRead {
  field: 'killed' | 'injured';
  hit: { start: number; end: number };
  found: { n: number; span: { start: number; end: number } };
}

/** The children among one toll, with the words that tell them. */
export interface ChildrenRead {
  field: 'killed' | 'injured';
  n: number | null;
  span: { start: number; end: number };
}

const CHILD_ONE = anyOf('child_one');
const CHILD_MANY = anyOf('child_many');
// Whole words: not «детский», "children's hospital" (a possessive names a place for children, no victim).
const CHILD_WORD = `(?<![\\p{L}])(?:(${CHILD_ONE})|(${CHILD_MANY}))(?![\\p{L}'’])`;
// «в том числе ребёнок», «серед них троє дітей», "including three children", "including an 11-year-old child": a part
// of the toll, its words short of a clause mark. Group 1 the words between, group 2 one child, group 3 several.
const CHILD_PART = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('people_part')})\\s+([^,;:.!?()\u2013\u2014]{0,30}?)${CHILD_WORD}`,
  'giu',
);
const ONLY_CHILD = new RegExp(`^(?:${CHILD_ONE})$`, 'iu');
// Right after a figure of the toll, one word at most between («двое маленьких детей», "two young children"), not a
// conjunction ("five women and children": some of them); right after an article ("a child was killed"), none.
// Nor the toll's own people noun («ранены 3 человека дети не пострадали», "5 people children": an unpunctuated post
// starts a new clause there), its case ending let run. A child word with a negation after it («дети не пострадали»)
// is no victim.
const NOT_AFTER = `(?!\\s+(?:${anyOf('not')})(?![\\p{L}]))`;
const CHILD_AFTER_FIGURE = new RegExp(
  `^\\s+(?:(?!(?:${anyOf('conjunction')})\\s)(?!(?:${anyOf('people')})\\p{L}{0,2}\\s)[\\p{L}]+\\s+)?${CHILD_WORD}${NOT_AFTER}`,
  'iu',
);
const CHILD_AFTER_ARTICLE = new RegExp(`^\\s+${CHILD_WORD}${NOT_AFTER}`, 'iu');
// Between a part mark and its child word, a parent («мать двоих детей», "the father of a newborn") or a negation
// («ни одного ребёнка»): the part names no child among the toll.
const NO_CHILD_BETWEEN = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('child_relation')}|${anyOf('child_none')})(?![\\p{L}'’])`,
  'iu',
);
// Between a toll and a part of it that follows: a people word at most, and the marks that set the part off.
const TO_PART = /^\s*(?:[\p{L}]+)?[\s,(\u2013\u2014-]*$/u;

/** The figure of a part: a number standing right before the child word (one word at most between), not an age
 *  ("an 11-year-old child", «девятилетний ребёнок»: the number runs into its word). */
function partFigure(text: string, numbers: readonly NumberMatch[], from: number, word: number): NumberMatch | null {
  const figure = numbers.find(
    (n) =>
      n.start >= from &&
      n.end <= word &&
      n.count.value !== null &&
      /^\s+(?:[\p{L}]+\s+)?$/u.test(text.slice(n.end, word)) &&
      !/^[-‐]/u.test(text.slice(n.end, n.end + 1)),
  );
  return figure ?? null;
}

/**
 * The children among a sentence's tolls (issue: trial defect 11 of session 37). Two shapes:
 * - the toll's own victims are children: its counted word is one («погиб ребёнок», "a child was killed", «поранено
 *   дитину») or its figure counts them («погибли двое детей», "two children were injured"): all of the toll;
 * - a part of the toll names them («погибли 10 человек, в том числе один ребёнок», «травмовано 9, серед них троє
 *   дітей», "killed three people, including a child", "Six people, including a child, were killed"): the part belongs
 *   to the toll it stands in or right after, the nearest before it.
 * A part's figure counts the children; one child word alone is one; several with no figure ("including children")
 * are none told (null), as a vague amount is for the toll. Children named with no toll («дети в укрытии», "a
 * children's hospital was damaged") are nobody's part and give nothing.
 */
export function childrenAmong(view: SentenceView, text: string, tolls: readonly TollRead[]): ChildrenRead[] {
  const out: ChildrenRead[] = [];
  const range = (t: TollRead) => ({
    start: Math.min(t.hit.start, t.found.span.start),
    end: Math.max(t.hit.end, t.found.span.end),
  });
  for (const t of tolls) {
    const counted = text.slice(t.found.span.start, t.found.span.end);
    const isFigure = view.numbers.some((n) => n.start === t.found.span.start && n.end === t.found.span.end);
    const after = (isFigure ? CHILD_AFTER_FIGURE : CHILD_AFTER_ARTICLE).exec(
      text.slice(t.found.span.end, view.span.end),
    );
    const end = after ? t.found.span.end + after[0].length : t.found.span.end;
    // The child word another toll counts is that toll's victim («погибли двое ребенок ранен»: the child was hurt, the
    // two are others), not this figure's.
    const othersVictim =
      after && tolls.some((o) => o !== t && o.found.span.start >= t.found.span.end && o.found.span.end <= end);
    if (ONLY_CHILD.test(counted) || (after && !othersVictim)) {
      out.push({ field: t.field, n: t.found.n, span: { start: t.found.span.start, end } });
    }
  }
  const told = new Set(out.map((c) => c.field));
  for (const m of text.slice(view.span.start, view.span.end).matchAll(CHILD_PART)) {
    const start = view.span.start + (m.index ?? 0);
    const end = start + m[0].length;
    const owner = tolls
      .filter((t) => {
        const r = range(t);
        return r.start <= start && (start <= r.end || TO_PART.test(text.slice(r.end, start)));
      })
      .sort((a, b) => range(b).start - range(a).start)[0];
    if (!owner || told.has(owner.field) || NO_CHILD_BETWEEN.test(m[1] ?? '')) continue;
    told.add(owner.field);
    const word = end - (m[2] ?? m[3] ?? '').length;
    const figure = partFigure(text, view.numbers, start, word);
    const n = figure ? figure.count.value : m[2] !== undefined ? 1 : null;
    out.push({ field: owner.field, n, span: { start, end } });
  }
  return out;
}
