// The pure claimant errors of the real dev gold: facts whose (kind, region) slot both the gold and the extractor fill,
// but whose claimant is missing, extra or another person or role. Each is tagged DEVELOP or CHECK by the first hex
// digit of sha1(ref) (0-9 develop on, a-f check against), so a fix is made on one half and judged on the other.
// Run: node --import tsx scripts/claimant-slots.ts [--texts ../shared/bench] [--show develop|check|none] [--tally]
// Prints one JSON line per error; with --show develop, the text around each develop error to stderr; with --tally, the
// DEVELOP errors by rough shape and set to stderr (a triage aid: its words are English, and it reads labels, not text
// structure).
// The held-out split is never read past readRealGold's filter.
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Fact } from '../src/core/types.ts';
import { UNDATED } from '../src/eval/bench-texts.ts';
import { readRealGold } from '../src/eval/gold-real.ts';
import { scoreExtraction, surnameKey } from '../src/eval/score-extract.ts';
import { prepareReport } from '../src/pipeline/index.ts';

const { values } = parseArgs({
  options: {
    texts: { type: 'string', default: '../shared/bench' },
    show: { type: 'string', default: 'none' },
    tally: { type: 'boolean', default: false },
  },
});
const half = (ref: string) => (/^[0-9]/.test(createHash('sha1').update(ref).digest('hex')) ? 'develop' : 'check');
type Who = { name: string | null; role: string | null } | null;
const keyOf = (w: Who) => (w?.name ? surnameKey(w.name) : (w?.role ?? null));
interface Slotted {
  kind: string;
  region: string | { code: string } | null;
  aggregate: boolean;
  claimant: Who;
}
const slot = (f: Slotted) => `${f.kind} ${(typeof f.region === 'string' ? f.region : f.region?.code) ?? '-'}`;

const gold = readRealGold('test/gold/real', values.texts!).filter((g) => g.split === 'dev');
const ROLES = new Set([
  'official',
  'ministry',
  'air_force',
  'governor',
  'mayor',
  'media',
  'military_administration',
  'emergency_service',
  'aviation_authority',
]);
/** A rough shape of one slot's error, from the keys missed and given and the headline's words. */
function shapeOf(missing: string[], extra: string[], text: string): string {
  const named = (keys: string[]) => keys.some((k) => !ROLES.has(k));
  const headline = text.split('\n')[0] ?? '';
  if (missing.length && extra.length && !named(missing) && !named(extra)) return 'role mismatch (ministry/official/…)';
  if (missing.includes('media') || extra.includes('media')) return 'quoted media';
  if (missing.length && extra.length) return 'another person or role (a speaker of another clause or sentence)';
  if (named(missing)) return 'a named person missed';
  if (named(extra)) return 'a name given where the gold has none';
  if (missing.length && /\b(says|said|claims|say)\b/i.test(headline)) return "headline's speaker not carried";
  if (missing.length && /according to/i.test(text)) return '"according to X" missed';
  if (missing.length) return 'role missed (an institution, "officials said", a side)';
  return 'role given where the gold has none';
}
const tally = new Map<string, Map<string, number>>();

const now = new Date();
const predicted = new Map<string, Fact[]>();
for (const g of gold) {
  const lang = g.textLang === undefined ? g.lang : (g.textLang ?? undefined);
  const prepared = prepareReport(new TextEncoder().encode(g.text), {
    input: g.id,
    ...(g.published_at === UNDATED ? {} : { published: g.published_at }),
    ...(lang ? { lang } : {}),
    now,
  });
  const facts: Fact[] = prepared.ok ? prepared.facts.filter((f) => !f.historical) : [];
  predicted.set(g.id, facts);
  const bySlot = (list: readonly Slotted[]) => {
    const m = new Map<string, Slotted[]>();
    for (const f of list) if (!f.aggregate) m.set(slot(f), [...(m.get(slot(f)) ?? []), f]);
    return m;
  };
  const gs = bySlot(g.facts as unknown as Slotted[]);
  const ps = bySlot(facts as unknown as Slotted[]);
  for (const [s, gf] of gs) {
    const pf = ps.get(s);
    if (!pf) continue;
    const gk = new Set(gf.map((f) => keyOf(f.claimant)).filter((k): k is string => !!k));
    const pk = new Set(pf.map((f) => keyOf(f.claimant)).filter((k): k is string => !!k));
    const missing = [...gk].filter((k) => !pk.has(k));
    const extra = [...pk].filter((k) => !gk.has(k));
    if (missing.length === 0 && extra.length === 0) continue;
    const type = missing.length && extra.length ? 'other' : missing.length ? 'missing' : 'extra';
    const h = half(g.id);
    const row = {
      ref: g.id,
      half: h,
      set: g.set,
      slot: s,
      type,
      gold: gf.map((f) => f.claimant),
      got: pf.map((f) => ({ ...f.claimant, channel: undefined })),
      missing,
      extra,
    };
    console.log(JSON.stringify(values.show === h ? { ...row, text: g.text } : row));
    if (h === 'develop') {
      const shape = shapeOf(missing, extra, g.text);
      const bySet = tally.get(shape) ?? new Map<string, number>();
      bySet.set(g.set, (bySet.get(g.set) ?? 0) + 1);
      tally.set(shape, bySet);
    }
    if (values.show === h) {
      const spans = (pf as unknown as Fact[]).map((f) => (f.fields.claimant ? f.fields.claimant.text : null));
      console.error(`\n=== ${g.id} [${s}] ${type} gold=${JSON.stringify(row.gold)} got=${JSON.stringify(row.got)}`);
      console.error(`    claimant spans: ${JSON.stringify(spans)}`);
      console.error(g.text.slice(0, 1500));
    }
  }
}
// The last line: every field's tp/fp/fn on each half, so a change is judged on CHECK as well as made on DEVELOP.
const byHalf = (h: string) => {
  const { fields } = scoreExtraction(
    gold.filter((g) => half(g.id) === h),
    predicted,
  );
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [v.tp, v.fp, v.fn]]));
};
console.log(JSON.stringify({ summary: { develop: byHalf('develop'), check: byHalf('check') } }));
if (values.tally) {
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  for (const [shape, bySet] of [...tally].sort((a, b) => total(b[1]) - total(a[1])))
    console.error(
      `${String(total(bySet)).padStart(4)}  ${shape}  ${[...bySet].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    );
}
