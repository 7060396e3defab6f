// factsBySentence (extract/view.ts) replaces a walk of all the report's facts for each sentence: it must give the same
// facts in the same order as that walk, whatever the sentence loop does to the list between two questions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Fact, Lang } from '../../src/core/types.ts';
import { readGoldExtract } from '../../src/eval/gold-extract.ts';
import {
  factKinds,
  factsBySentence,
  type ReportContext,
  type SentenceView,
  severalWeaponsBefore,
} from '../../src/extract/view.ts';
import { extractText } from '../helpers/extract-text.ts';

const view = (index: number, start: number, end: number) =>
  ({ index, span: { start, end, text: '' } }) as unknown as SentenceView;
const fact = (start: number, name: string, kind = 'strike') =>
  ({ id: name, kind, evidence: { start, end: start + 1, text: '' } }) as unknown as Fact;
const walk = (facts: readonly Fact[], v: SentenceView) =>
  facts.filter((f) => f.evidence.start >= v.span.start && f.evidence.start < v.span.end);
const ids = (facts: readonly Fact[]) => facts.map((f) => f.id);

describe('factsBySentence finds what the walk of every fact finds', () => {
  const views = [view(0, 0, 10), view(1, 11, 20), view(2, 20, 35)];

  it('as facts are appended sentence by sentence, and for a title read last', () => {
    const facts: Fact[] = [];
    const here = factsBySentence(facts, views);
    facts.push(fact(0, 'a'), fact(5, 'b'));
    assert.deepEqual(ids(here(views[0]!)), ['a', 'b']);
    facts.push(fact(11, 'c'), fact(19, 'd'), fact(10, 'between'));
    assert.deepEqual(ids(here(views[1]!)), ids(walk(facts, views[1]!)));
    facts.push(fact(20, 'e'), fact(2, 'title'));
    for (const v of views) assert.deepEqual(ids(here(v)), ids(walk(facts, v)));
    assert.deepEqual(ids(here(views[0]!)), ['a', 'b', 'title']);
    // An offset between two sentences (the space after a full stop) is in none of them.
    assert.ok(!views.some((v) => here(v).some((f) => f.id === 'between')));
  });

  it('after a detector takes back facts it had added (a splice of the last ones, or of an earlier one)', () => {
    const facts: Fact[] = [];
    const here = factsBySentence(facts, views);
    facts.push(fact(1, 'a'), fact(12, 'b'), fact(13, 'c'));
    assert.deepEqual(ids(here(views[1]!)), ['b', 'c']);
    facts.splice(facts.length - 2, 2);
    facts.push(fact(14, 'd'));
    assert.deepEqual(ids(here(views[1]!)), ['d']);
    facts.splice(0, 1);
    facts.push(fact(3, 'e'));
    for (const v of views) assert.deepEqual(ids(here(v)), ids(walk(facts, v)));
    assert.deepEqual(ids(here(views[0]!)), ['e']);
  });

  it('over sentences out of order or overlapping, by the walk itself', () => {
    const odd = [view(0, 10, 20), view(1, 0, 15)];
    const facts = [fact(12, 'a'), fact(3, 'b')];
    const here = factsBySentence(facts, odd);
    assert.deepEqual(ids(here(odd[0]!)), ['a']);
    assert.deepEqual(ids(here(odd[1]!)), ['a', 'b']);
  });
});

// The rule the index relies on (append, or take back the newest facts of the sentence read) is enforced by the check
// that compares each answer with the walk (the report's `checkIndexes`, per report: no module switch): the changes
// the index cannot see must throw under it, and the extractor must keep the rule over every gold text and invented
// ones (review of speed20, defect 2).
describe('checkIndexes: an answer that differs from the walk throws', () => {
  const views = [view(0, 0, 10), view(1, 11, 20), view(2, 20, 35)];

  it('a fact replaced in place before the last one indexed', () => {
    const facts: Fact[] = [];
    const here = factsBySentence(facts, views, true);
    facts.push(fact(1, 'a'), fact(12, 'b'));
    assert.deepEqual(ids(here(views[1]!)), ['b']);
    facts[0] = fact(2, 'replaced');
    assert.throws(() => here(views[0]!), /stale index/);
    // Without the check the index answers stale and says nothing: the check is what catches it.
    const unchecked = factsBySentence(facts, views);
    assert.deepEqual(ids(unchecked(views[1]!)), ['b']);
    facts[0] = fact(3, 'again');
    assert.deepEqual(ids(unchecked(views[0]!)), ['replaced']);
  });

  it("a fact's evidence moved to another sentence after it was indexed", () => {
    const facts: Fact[] = [];
    const here = factsBySentence(facts, views, true);
    facts.push(fact(1, 'a'), fact(12, 'b'));
    assert.deepEqual(ids(here(views[1]!)), ['b']);
    facts[0]!.evidence = { start: 13, end: 14, text: '' };
    assert.throws(() => here(views[1]!), /stale index/);
  });

  it("the weapon words' index reads the check from the report's context", () => {
    const ctx = {
      weaponsNamed: [
        { start: 0, end: 5, weapon: 'drone', model: null },
        { start: 10, end: 15, weapon: 'missile', model: null },
      ],
      // Stale on purpose: the words hold two classes from offset 10 on.
      weaponsMixedAfter: Number.POSITIVE_INFINITY,
    } as unknown as ReportContext;
    assert.equal(severalWeaponsBefore({ ...ctx, checkIndexes: false }, 20), false);
    assert.throws(() => severalWeaponsBefore({ ...ctx, checkIndexes: true }, 20), /stale answer/);
  });

  it('the extractor keeps the rule over the gold texts and invented long ones', () => {
    const gold = readGoldExtract(fileURLToPath(new URL('../gold/extract/', import.meta.url)));
    const invented: { text: string; lang: Lang }[] = [
      {
        lang: 'en',
        text: Array.from(
          { length: 40 },
          () => 'Russia struck Kharkiv with 5 Shahed drones and 2 Iskander missiles.',
        ).join('\n'),
      },
      {
        lang: 'uk',
        text:
          'У ніч на 3 березня ворог атакував 57 ударними БпЛА. Збито 41 ворожий БпЛА у Полтавській та Сумській ' +
          'областях. Також атаковано Дніпропетровщину, Сумщину та Полтавщину. Зафіксовано влучання на 4 локаціях.',
      },
      {
        lang: 'ru',
        text:
          'Над Белгородской областью сбиты 6 беспилотников. Попытка атаки тремя катерами. Все катера уничтожены. ' +
          'Над Курской областью перехвачены 2 ракеты, ещё 3 беспилотника уничтожены.',
      },
    ];
    assert.ok(gold.length > 20);
    for (const r of gold) extractText(r.text, r.lang, r.published_at, { checkIndexes: true });
    for (const r of invented) extractText(r.text, r.lang, '2025-03-03T08:00:00+02:00', { checkIndexes: true });
  });
});

describe('factKinds (ctx.hasFactOfKind) answers as the walk of every fact does', () => {
  it('as facts are appended, and after the newest are taken back', () => {
    const facts: Fact[] = [];
    const has = factKinds(facts);
    const walk = () => facts.some((f) => f.kind === 'interception');
    assert.equal(has('interception'), false);
    facts.push(fact(0, 'a'), fact(3, 'b'));
    assert.equal(has('interception'), false);
    facts.push(fact(12, 'c', 'interception'));
    assert.equal(has('interception'), true);
    // A detector takes back the interception it just added, and a strike takes its place.
    facts.splice(2, 1, fact(13, 'd'));
    assert.equal(has('interception'), walk());
    facts.splice(1, 2);
    facts.push(fact(14, 'e'), fact(15, 'f', 'interception'));
    assert.equal(has('interception'), walk());
    facts.splice(2, 1);
    facts.push(fact(16, 'g'));
    assert.equal(has('interception'), walk());
    assert.equal(walk(), false);
  });

  it('throws under the check when a fact changed its kind after it was read', () => {
    const facts: Fact[] = [fact(0, 'a'), fact(3, 'b')];
    const has = factKinds(facts, true);
    assert.equal(has('interception'), false);
    facts[0]!.kind = 'interception';
    assert.throws(() => has('interception'), /stale answer/);
  });

  it('answers each report from its own list (what it shows: right answers per list, not the absence of module state)', () => {
    const first: Fact[] = [fact(0, 'a', 'interception')];
    const second: Fact[] = [fact(0, 'b')];
    const hasFirst = factKinds(first, true);
    const hasSecond = factKinds(second, true);
    assert.equal(hasFirst('interception'), true);
    assert.equal(hasSecond('interception'), false);
    second.push(fact(4, 'c', 'interception'));
    assert.equal(hasSecond('interception'), true);
    assert.equal(hasFirst('strike'), false);
  });
});
