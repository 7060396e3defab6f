// The real clustering gold: whole days of a dated bench set labelled post by post (test/gold/real-clusters/
// <YYYY-MM-DD>.json for ru-telegram-news-2024, <set>.<YYYY-MM-DD>.json for another set, such as the English leads'
// en-news-rss-2022-23; format in docs/eval-clusters.md, "Real days"). Labels refer to posts by "<set>/<id>" and never
// copy a text; the texts and their publication times come from ../shared/bench when the eval runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { type BenchText, readBenchTexts } from './bench-texts.ts';
import type { Split } from './gold-real.ts';

/** The set a day file names no other set of. */
export const REAL_DAY_SET = 'ru-telegram-news-2024';
/** The sets whose posts carry publication times, so that a day of them can be read. */
const DATED_SETS = ['ru-telegram-news-2024', 'en-news-rss-2022-23'];

export interface RealPostLabel {
  origin: string;
  /** The incident the post is mostly about; null for an off-topic post. */
  main: string | null;
  side: string[];
}

export interface RealIncidentLabel {
  kind: string;
  regions: string[];
  night: string;
  note: string;
}

export interface RealDay {
  day: string;
  /** The bench set the day's posts come from. */
  set: string;
  split: Split;
  file: string;
  incidents: Record<string, RealIncidentLabel>;
  posts: Record<string, RealPostLabel>;
  /** Every bench post published that Moscow day, in publication order (then reference): what the eval ingests. */
  texts: BenchText[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// "2024-11-17.json", or "en-news-rss-2022-23.2023-05-30.json" for a day of another set.
const DAY_FILE = /^(?:([\w-]+)\.)?(\d{4}-\d{2}-\d{2})\.json$/;
const MOSCOW_MS = 3 * 3_600_000;

/** The calendar day in Moscow time (UTC+3, no daylight saving since 2014) of an ISO time. */
export function moscowDay(iso: string): string {
  return new Date(Date.parse(iso) + MOSCOW_MS).toISOString().slice(0, 10);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkDay(raw: unknown, file: string, errors: string[]): Omit<RealDay, 'texts' | 'file'> | null {
  const at = (msg: string) => errors.push(`${file}: ${msg}`);
  if (!isObj(raw)) {
    at('not a JSON object');
    return null;
  }
  const day = String(raw.day);
  if (!DAY.test(day)) at(`"day" must be YYYY-MM-DD, got ${JSON.stringify(raw.day)}`);
  const set = raw.set === undefined ? REAL_DAY_SET : String(raw.set);
  if (!DATED_SETS.includes(set)) at(`"set" must be one of ${DATED_SETS.join(', ')}, got ${JSON.stringify(raw.set)}`);
  const name = set === REAL_DAY_SET ? `${day}.json` : `${set}.${day}.json`;
  if (basename(file) !== name) at(`file name must be ${name}`);
  if (raw.split !== 'dev' && raw.split !== 'heldout') at(`"split" must be dev or heldout`);
  if (!isObj(raw.incidents)) at('"incidents" must be an object');
  if (!isObj(raw.posts)) at('"posts" must be an object');
  if (!isObj(raw.incidents) || !isObj(raw.posts)) return null;
  const incidents: Record<string, RealIncidentLabel> = {};
  for (const [id, v] of Object.entries(raw.incidents)) {
    if (!isObj(v) || typeof v.kind !== 'string' || !Array.isArray(v.regions)) {
      at(`incident ${id}: needs "kind" and "regions"`);
      continue;
    }
    incidents[id] = {
      kind: v.kind,
      regions: v.regions.map(String),
      night: String(v.night ?? ''),
      note: String(v.note ?? ''),
    };
  }
  const posts: Record<string, RealPostLabel> = {};
  for (const [ref, v] of Object.entries(raw.posts)) {
    if (!isObj(v) || typeof v.origin !== 'string' || !(v.main === null || typeof v.main === 'string')) {
      at(`post ${ref}: needs "origin" (a string) and "main" (an incident id or null)`);
      continue;
    }
    const side = Array.isArray(v.side) ? v.side.map(String) : [];
    for (const id of [v.main, ...side]) {
      if (id !== null && !(id in incidents)) at(`post ${ref}: unknown incident ${id}`);
    }
    posts[ref] = { origin: v.origin, main: v.main, side: side.filter((id) => id !== v.main) };
  }
  return { day, set, split: raw.split as Split, incidents, posts };
}

/**
 * Reads every <day>.json in `dir` (or one file) and joins it with the bench posts of that Moscow day. Throws a
 * UsageError naming every problem: bad JSON, a label for a post that is not in the bench or not of that day, a post
 * of that day with no label, an unknown incident.
 */
export function loadRealDays(dir: string, benchDir: string): RealDay[] {
  const files = statSync(dir).isDirectory()
    ? readdirSync(dir)
        .filter((n) => DAY_FILE.test(n))
        .sort()
        .map((n) => join(dir, n))
    : [dir];
  const errors: string[] = [];
  if (files.length === 0) errors.push(`${dir}: no <YYYY-MM-DD>.json day files`);
  const bench = readBenchTexts(benchDir).filter((t) => DATED_SETS.includes(t.set));
  const out: RealDay[] = [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      errors.push(`${file}: not JSON (${(err as Error).message})`);
      continue;
    }
    const checked = checkDay(raw, file, errors);
    if (!checked) continue;
    if (!bench.some((t) => t.set === checked.set)) {
      errors.push(`${benchDir}: no ${checked.set} posts found`);
      continue;
    }
    const texts = bench
      .filter((t) => t.set === checked.set && moscowDay(t.published_at) === checked.day)
      .sort((a, b) => Date.parse(a.published_at) - Date.parse(b.published_at) || (a.ref < b.ref ? -1 : 1));
    const refs = new Set(texts.map((t) => t.ref));
    for (const ref of Object.keys(checked.posts)) {
      if (!refs.has(ref)) errors.push(`${file}: ${ref} is not a ${checked.set} post of ${checked.day} (Moscow time)`);
    }
    for (const ref of refs) if (!(ref in checked.posts)) errors.push(`${file}: ${ref} has no label`);
    out.push({ ...checked, file, texts });
  }
  if (errors.length > 0) throw new UsageError(`real clustering gold:\n  ${errors.join('\n  ')}`);
  return out;
}
