// The hand-written extraction gold set: one JSONL line per report, its text and the facts a careful reader
// takes from it. The format is documented in docs/eval.md; this file reads it and refuses anything that does
// not follow it, naming the file and line, so a typo in the gold can never pass for an extractor error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import regions from '../../data/gazetteer/regions.json' with { type: 'json' };
import {
  WEAPONS as ALL_WEAPONS,
  type Casualties,
  CLAIMANT_ROLES,
  type ClaimantRole,
  type Count,
  FACT_KINDS,
  type FactKind,
  type Lang,
  type Weapon,
} from '../core/types.ts';

/** What kind of writing a gold report imitates; `negative` reports carry no facts at all. */
export type GoldShape = 'ministry' | 'governor' | 'air_force' | 'military_administration' | 'news' | 'negative';

export interface GoldFact {
  kind: FactKind;
  /** ISO 3166-2 code, or null for seas, national totals and aggregates. */
  region: string | null;
  weapon: Weapon | null;
  count: Count | null;
  launched: Count | null;
  hit: Count | null;
  /** Null means "the report gives no time": the scorer does not score the window then. */
  when: { start: string; end: string } | null;
  claimant: { name: string | null; role: ClaimantRole | null } | null;
  casualties: Casualties | null;
  airports: string[];
  diverted_to: string[];
  /** A total over several regions that the same report also breaks down (or a sum it calls a sum). */
  aggregate: boolean;
}

export interface GoldReport {
  id: string;
  lang: Lang;
  shape: GoldShape;
  published_at: string;
  text: string;
  facts: GoldFact[];
}

export interface GoldParseResult {
  reports: GoldReport[];
  /** One line each, "file:line: id: field: what is wrong". Empty when the file is valid. */
  errors: string[];
}

/** A gold file that does not follow docs/eval.md: fix the gold, nothing was scored. */
export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError';
  constructor(readonly errors: readonly string[]) {
    super(`gold set is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.join('\n')}`);
  }
}

const LANGS: readonly string[] = ['en', 'ru', 'uk'];
const SHAPES: readonly string[] = ['ministry', 'governor', 'air_force', 'military_administration', 'news', 'negative'];
const KINDS: readonly string[] = FACT_KINDS;
const WEAPONS: readonly string[] = ALL_WEAPONS;
const ROLES: readonly string[] = CLAIMANT_ROLES;
const UNARMED: readonly string[] = [
  'damage',
  'fire',
  'power_outage',
  'debris',
  'explosion',
  'casualties',
  'airport_disruption',
];
const REPORT_KEYS = ['id', 'lang', 'shape', 'published_at', 'text', 'facts'];
const FACT_KEYS = [
  'kind',
  'region',
  'weapon',
  'count',
  'launched',
  'hit',
  'when',
  'claimant',
  'casualties',
  'airports',
  'diverted_to',
  'aggregate',
];
const REGION = /^(RU|UA)-[A-Z0-9]{1,3}$/;
// A well-formed code can still be a typo («RU-KUR» for Kursk, which is RU-KRS): only the gazetteer's codes pass.
const REGION_CODES = new Set(regions.map((r) => r.code));
const IATA = /^[A-Z]{3}$/;
const ID = /^(en|ru|uk)-[a-z]+-\d{3}$/;
// An explicit offset is required: "2025-05-07T08:05:00" alone would be read in the scorer's own time zone.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const WEEK_MS = 8 * 24 * 3600 * 1000;

export type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isIso(value: unknown): value is string {
  return typeof value === 'string' && ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
}

/** Checks the record has exactly these keys (and perhaps the optional ones); a missing key and a misspelt one are both reported. */
function checkKeys(
  obj: Obj,
  keys: readonly string[],
  at: string,
  errs: string[],
  optional: readonly string[] = [],
): void {
  for (const key of keys) if (!(key in obj)) errs.push(`${at}: missing "${key}"`);
  for (const key of Object.keys(obj)) {
    if (!keys.includes(key) && !optional.includes(key)) errs.push(`${at}: unknown field "${key}"`);
  }
}

/** "22" is {22,22,22,false}; "about 30" is {30,null,null,true}; "over 70" is {null,71,null,false}. */
function checkCount(value: unknown, at: string, errs: string[]): void {
  if (value === null) return;
  if (!isObj(value)) return void errs.push(`${at}: must be a count object or null`);
  checkKeys(value, ['value', 'min', 'max', 'approx'], at, errs);
  const { value: v, min, max, approx } = value;
  for (const [name, n] of [
    ['value', v],
    ['min', min],
    ['max', max],
  ] as const) {
    if (n !== null && !isCount(n)) errs.push(`${at}.${name}: must be a whole number >= 0 or null`);
  }
  if (typeof approx !== 'boolean') return void errs.push(`${at}.approx: must be true or false`);
  if (v === null && min === null && max === null) errs.push(`${at}: value, min and max are all null (use null)`);
  if (v !== null && !approx && (min !== v || max !== v)) errs.push(`${at}: an exact count has min = max = value`);
  if (approx && (v === null || min !== null || max !== null)) errs.push(`${at}: an approximate count is {value,n,n}`);
  if (v === null && isCount(min) && isCount(max) && min > max) errs.push(`${at}: min is above max`);
}

function checkCodes(value: unknown, at: string, errs: string[]): void {
  if (!Array.isArray(value)) return void errs.push(`${at}: must be a list of IATA codes`);
  for (const code of value) if (typeof code !== 'string' || !IATA.test(code)) errs.push(`${at}: bad IATA code ${code}`);
  const sorted = [...new Set(value)].sort();
  if (JSON.stringify(sorted) !== JSON.stringify(value)) errs.push(`${at}: codes must be sorted and unique`);
}

function checkFact(fact: unknown, at: string, publishedMs: number, errs: string[]): void {
  if (!isObj(fact)) return void errs.push(`${at}: must be an object`);
  // docs/eval.md marks an all-clear `detail: "all clear"`: the resolver's business, not scored, but a label may say it.
  checkKeys(fact, FACT_KEYS, at, errs, ['detail']);
  if ('detail' in fact && (fact.detail !== 'all clear' || fact.kind !== 'alert')) {
    errs.push(`${at}.detail: only an alert's "all clear" is marked`);
  }
  const { kind, region, weapon, when, claimant, casualties, airports, aggregate } = fact;
  if (typeof kind !== 'string' || !KINDS.includes(kind)) errs.push(`${at}.kind: unknown kind ${kind}`);
  if (region !== null && (typeof region !== 'string' || !REGION.test(region))) {
    errs.push(`${at}.region: ${region} is not an ISO 3166-2 code like RU-KLU or UA-63`);
  } else if (typeof region === 'string' && !REGION_CODES.has(region)) {
    errs.push(`${at}.region: ${region} is no region of Russia or Ukraine (data/gazetteer/regions.json)`);
  }
  if (weapon !== null && (typeof weapon !== 'string' || !WEAPONS.includes(weapon))) {
    errs.push(`${at}.weapon: unknown weapon ${weapon}`);
  }
  checkCount(fact.count, `${at}.count`, errs);
  checkCount(fact.launched, `${at}.launched`, errs);
  checkCount(fact.hit, `${at}.hit`, errs);
  if (when !== null) {
    if (!isObj(when) || !isIso(when.start) || !isIso(when.end)) {
      errs.push(`${at}.when: must be null or {start,end}, ISO times with an offset`);
    } else {
      const start = Date.parse(when.start);
      if (start > Date.parse(when.end)) errs.push(`${at}.when: start is after end`);
      // An event cannot begin after the report about it, nor (in this set) much more than a week before.
      if (start > publishedMs || start < publishedMs - WEEK_MS) errs.push(`${at}.when: start is not near publication`);
    }
  }
  if (claimant !== null) {
    if (!isObj(claimant)) errs.push(`${at}.claimant: must be null or {name, role}`);
    else {
      checkKeys(claimant, ['name', 'role'], `${at}.claimant`, errs);
      if (claimant.name !== null && (typeof claimant.name !== 'string' || claimant.name.trim() === '')) {
        errs.push(`${at}.claimant.name: must be a name or null`);
      }
      if (claimant.role !== null && (typeof claimant.role !== 'string' || !ROLES.includes(claimant.role))) {
        errs.push(`${at}.claimant.role: unknown role ${claimant.role}`);
      }
      if (claimant.name === null && claimant.role === null) errs.push(`${at}.claimant: both null (use null)`);
    }
  }
  if (casualties !== null) {
    if (!isObj(casualties)) errs.push(`${at}.casualties: must be null or {killed, injured}`);
    else {
      checkKeys(casualties, ['killed', 'injured'], `${at}.casualties`, errs);
      const { killed, injured } = casualties;
      if ((killed !== null && !isCount(killed)) || (injured !== null && !isCount(injured))) {
        errs.push(`${at}.casualties: killed and injured are whole numbers >= 0 or null`);
      }
      if (killed === null && injured === null) errs.push(`${at}.casualties: both null (use null)`);
    }
  }
  // Casualty figures live on their own fact so that "two injured" is never read as a count of drones.
  if ((kind === 'casualties') !== (casualties !== null)) {
    errs.push(`${at}: a casualties fact, and only it, carries casualties`);
  }
  // Written down so that the gold cannot drift from docs/eval.md: effects, casualties and airport disruptions
  // name no weapon and count nothing; launched/hit belong beside a destroyed count; alerts count nothing.
  const counted = fact.count !== null || fact.launched !== null || fact.hit !== null;
  if (typeof kind === 'string' && UNARMED.includes(kind) && (weapon !== null || counted)) {
    errs.push(`${at}: a ${kind} fact has no weapon and no counts`);
  }
  if (kind === 'alert' && counted) errs.push(`${at}: an alert fact has no counts`);
  if (kind !== 'interception' && (fact.launched !== null || fact.hit !== null)) {
    errs.push(`${at}: launched and hit belong on interception facts`);
  }
  checkCodes(airports, `${at}.airports`, errs);
  checkCodes(fact.diverted_to, `${at}.diverted_to`, errs);
  const hasAirports =
    (Array.isArray(airports) && airports.length > 0) ||
    (Array.isArray(fact.diverted_to) && fact.diverted_to.length > 0);
  if (hasAirports && kind !== 'airport_disruption') errs.push(`${at}: only airport_disruption facts name airports`);
  if (typeof aggregate !== 'boolean') errs.push(`${at}.aggregate: must be true or false`);
  if (aggregate === true && (region !== null || fact.count === null)) {
    errs.push(`${at}: an aggregate fact has region null and a count`);
  }
}

/** `real`: a label of a third-party text (test/gold/real), whose id is the text's "<set>/<id>" reference. */
export function checkReport(row: Obj, at: string, errs: string[], real = false): void {
  checkKeys(row, REPORT_KEYS, at, errs);
  const { id, lang, shape, published_at: published, text, facts } = row;
  if (real) {
    if (typeof id !== 'string' || !/^[a-z0-9-]+\/\S+$/.test(id)) errs.push(`${at}.ref: must look like <set>/<id>`);
  } else if (typeof id !== 'string' || !ID.test(id)) errs.push(`${at}.id: must look like ru-mod-001`);
  if (typeof lang !== 'string' || !LANGS.includes(lang)) errs.push(`${at}.lang: must be en, ru or uk`);
  else if (!real && typeof id === 'string' && !id.startsWith(`${lang}-`))
    errs.push(`${at}.id: must start with "${lang}-"`);
  if (typeof shape !== 'string' || !SHAPES.includes(shape)) errs.push(`${at}.shape: unknown shape ${shape}`);
  if (!isIso(published)) errs.push(`${at}.published_at: must be an ISO time with an offset`);
  if (typeof text !== 'string' || text.trim() === '') errs.push(`${at}.text: must be a non-empty string`);
  if (!Array.isArray(facts)) return void errs.push(`${at}.facts: must be a list`);
  if (shape === 'negative' && facts.length > 0) errs.push(`${at}: a negative report has no facts`);
  if (shape !== 'negative' && facts.length === 0) errs.push(`${at}: a report with no facts has shape "negative"`);
  const publishedMs = isIso(published) ? Date.parse(published) : Number.NaN;
  facts.forEach((fact, i) => {
    checkFact(fact, `${at}.facts[${i}]`, publishedMs, errs);
  });
}

/** Pure: parses one JSONL gold file's text; `file` only names the place in error messages. */
export function parseGoldExtract(content: string, file: string): GoldParseResult {
  const reports: GoldReport[] = [];
  const errors: string[] = [];
  const fileLang = /^(en|ru|uk)-/.exec(basename(file))?.[1];
  for (const [i, line] of content.split('\n').entries()) {
    if (line.trim() === '') continue;
    const where = `${file}:${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (err) {
      errors.push(`${where}: not JSON (${(err as Error).message})`);
      continue;
    }
    if (!isObj(row)) {
      errors.push(`${where}: a line must be one JSON object`);
      continue;
    }
    const lineErrors: string[] = [];
    checkReport(row, `${where}: ${typeof row.id === 'string' ? row.id : '?'}`, lineErrors);
    if (fileLang !== undefined && row.lang !== fileLang)
      lineErrors.push(`${where}: lang is not the file's ${fileLang}`);
    errors.push(...lineErrors);
    if (lineErrors.length === 0) reports.push(row as unknown as GoldReport);
  }
  return { reports, errors };
}

/** A gold file as given, or every `*.jsonl` in a folder, sorted by name. */
export function goldFiles(path: string): string[] {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.jsonl'))
        .sort()
        .map((name) => join(path, name))
    : [path];
}

/**
 * Reads a gold file, or every `*.jsonl` in a folder (sorted by name), and throws GoldFormatError listing
 * every problem (not just the first) when anything is off, including an id used twice.
 */
export function readGoldExtract(path: string): GoldReport[] {
  const files = goldFiles(path);
  const reports: GoldReport[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const parsed = parseGoldExtract(readFileSync(file, 'utf8'), file);
    errors.push(...parsed.errors);
    for (const report of parsed.reports) {
      const first = seen.get(report.id);
      if (first !== undefined) errors.push(`${file}: ${report.id}: id already used in ${first}`);
      seen.set(report.id, file);
      reports.push(report);
    }
  }
  if (files.length === 0) errors.push(`${path}: no .jsonl gold files`);
  if (errors.length > 0) throw new GoldFormatError(errors);
  return reports;
}
