import { sha256, stableId } from '../core/ids.ts';
import { plainNameOrNull } from '../core/plain-name.ts';
import { timeZoneFor } from '../core/time-zone.ts';
import type { Claimant, Fact, Lang, Report } from '../core/types.ts';
import { webUrl } from '../core/web-url.ts';
import { toZonedIso } from '../extract/common/time.ts';
import type { KindModel } from '../extract/learn/model.ts';
import { shippedModel } from '../extract/learn/shipped.ts';
import { noteLine, type Reading } from '../extract/learn/step.ts';
import { extractReading, extractWithNotes, rolelessChannel } from '../extract/run.ts';
import { detectLang } from '../ingest/lang.ts';
import { cleanText } from '../ingest/normalize.ts';
import { splitSentences } from '../ingest/sentences.ts';
import { frontMatterSpeaker, SPEAKER_SHAPE } from '../ingest/speaker-field.ts';
import { missingOffsetHint, readIsoWithOffset } from './iso.ts';
import { NO_FACTS, rolelessLine } from './report-warnings.ts';
import { speakerOf } from './speaker.ts';

export interface PrepareOptions {
  /** Where the text came from: a path exactly as given, '-', or a URL. */
  input: string;
  /** Publication time to use when the text carries none (ISO 8601 with offset). */
  published?: string;
  /** The file's modification time: the fallback publication time, marked inferred. */
  mtime?: Date | null;
  /** Reference clock for texts with no date at all (CLI passes the real clock; tests pass a fixed one). */
  now: Date;
  lang?: Lang;
  source?: string;
  /** The report's URL; `null` when it has none (a POSTed text), so that `input` is not used in its place. */
  url?: string | null;
  title?: string;
  /** A forward's original channel, from the source (a Telegram export's `forwarded_from`). */
  forwardedFrom?: string;
  /** The text is a Telegram channel's post (SourceDocument.telegram): its source names the channel. */
  telegram?: boolean;
  /** What the source's reading left out before cleaning (SourceDocument.removed): it leads the report's `removed`. */
  removed?: string[];
  /** Who speaks on the channel (sources.yaml): facts the text attributes to no one are theirs, and a post that
   *  names no place is about `place`. See pipeline/speaker.ts. */
  speaker?: { claimant: Claimant; place: string | null } | null;
  /** The learned step (extract/learn/), opt-in: off (the rules alone) when left out, false or null; `true`: the
   *  shipped model (data/learn/kinds-model.json, `--learned`), a flag that crosses to the extraction workers; a
   *  model: that one (tests, training). */
  learned?: boolean | KindModel | null;
  /** Also return what the learned step's model reads of the report, with the rules' facts only (for training). */
  reading?: boolean;
  /** Tests only: extraction's indexes compare every answer with the walk they replace (`ExtractInput.checkIndexes`). */
  checkIndexes?: boolean;
}

export type Prepared =
  | { ok: true; report: Report; facts: Fact[]; warnings: string[]; reading?: Reading }
  | { ok: false; message: string };

/**
 * The report's URL: the front matter's `url:`, else the one given with the text (a JSONL line's, a feed item's link,
 * a post's), each by the one rule of core/web-url.ts: stored as `URL.href`, or dropped with a warning when it is not
 * http(s) (`javascript:alert(1)`), the report kept. A text given none keeps where it was read from (a file's path).
 */
function reportUrl(front: string | undefined, opts: PrepareOptions, warnings: string[]): string | null {
  if (front === undefined && opts.url === undefined) return opts.input;
  for (const [given, from] of [
    [front, 'front matter url:'],
    [opts.url, 'url'],
  ] as const) {
    if (given === undefined || given === null) continue;
    const checked = webUrl(given);
    if (checked.ok) return checked.url;
    warnings.push(`${from} "${given.slice(0, 80)}" ${checked.reason}; not stored`);
  }
  return null;
}

/** Bytes to a cleaned report and its facts: ingest's cleaning, then extraction. Touches no store. */
export function prepareReport(bytes: Uint8Array, opts: PrepareOptions): Prepared {
  const clean = cleanText(bytes);
  if (!clean.ok) return { ok: false, message: clean.message };
  const warnings = [...clean.warnings];
  const meta = clean.meta;
  const metaLang = meta.lang === 'en' || meta.lang === 'ru' || meta.lang === 'uk' ? meta.lang : undefined;
  const lang = opts.lang ?? metaLang ?? detectLang(clean.text);
  // The front matter's `speaker:` says who speaks as a JSON Lines line's `speaker` does (ingest/speaker-field.ts, the
  // same mapping and the same reading as pipeline/ingest.ts documentOptions), and wins over the source row's as the
  // line's does: a file from a governor's own channel makes him the claimant, which its `source:` (a name, like any
  // outlet's) never does (ux39 #10). One that is no speaker fails the report, as it fails a line.
  const stated = frontMatterSpeaker(meta.speaker);
  if (stated === 'bad') return { ok: false, message: `front matter "speaker" must be ${SPEAKER_SHAPE}` };
  const speaker = stated
    ? speakerOf({
        kind: opts.telegram ? 'telegram' : 'text',
        name: meta.source ?? opts.source ?? null,
        speaker: stated,
      })
    : opts.speaker;

  // The front matter's time first, then the one given with the report (`--published`, a source item's date). One
  // that is not ISO 8601 with an offset is ignored with a warning, and the next is used.
  let given: string | undefined;
  for (const [value, from] of [
    [meta.published, 'the front matter'],
    [opts.published, 'the publication time given with it'],
  ] as const) {
    if (value === undefined) continue;
    const iso = readIsoWithOffset(value);
    if (iso !== null) {
      given = iso;
      break;
    }
    warnings.push(
      `ignored publication time "${value}" from ${from}: ${missingOffsetHint(value) ?? 'not ISO 8601 with an offset'}`,
    );
  }
  const inferred = given === undefined;
  let published: string;
  if (given !== undefined) {
    published = given;
  } else {
    const zone = timeZoneFor(lang, '+00:00');
    published = toZonedIso(opts.mtime ?? opts.now, zone);
    const from = opts.mtime ? "the file's modification time" : 'the ingest time';
    warnings.push(`no publication time: used ${from} ${published} (marked inferred)`);
  }
  const hash = sha256(clean.text);
  const report: Report = {
    id: stableId('rep', hash),
    hash,
    // Names are shown as they read: a bidi override in a sender's title or outlet name would turn it around.
    title: plainNameOrNull(opts.title ?? meta.title ?? clean.title),
    url: reportUrl(meta.url, opts, warnings),
    publisher: plainNameOrNull(meta.source ?? opts.source),
    published_at: published,
    published_inferred: inferred,
    lang,
    text: clean.text,
    forwarded_from: plainNameOrNull(meta.forwarded_from ?? opts.forwardedFrom),
    removed: [...(opts.removed ?? []), ...clean.removed],
  };
  const sentences = splitSentences(report.text, lang);
  const input = {
    report,
    sentences,
    timeZone: timeZoneFor(lang, published),
    speaker,
    telegram: opts.telegram,
    checkIndexes: opts.checkIndexes,
  };
  if (opts.reading) return { ok: true, report, ...extractReading(input), warnings };
  // The shipped model is decoded on the first text extracted with the step asked for, never when this module loads.
  const learned = opts.learned === true ? shippedModel() : opts.learned || null;
  const { facts, notes } = extractWithNotes({ ...input, learned });
  // A rules' fact the learned step took away is told, with why: no value vanishes silently.
  for (const note of notes) warnings.push(noteLine(note));
  // Said per report, as POST /api/reports says it: a folder's total alone hides which file gave nothing.
  if (facts.length === 0) warnings.push(NO_FACTS);
  else if (
    !speaker &&
    !report.forwarded_from &&
    facts.some((f) => f.claimant === null) &&
    rolelessChannel(report, opts.telegram === true)
  ) {
    warnings.push(rolelessLine(report.publisher ?? ''));
  }
  return { ok: true, report, facts, warnings };
}
