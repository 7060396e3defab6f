import { existsSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../core/errors.ts';
import { closest } from '../core/suggest.ts';
import { FACT_KINDS, type Incident, type IngestOutcome, type Lang } from '../core/types.ts';
import type { ExportFormat } from '../export/index.ts';
import type { SourceDocument } from '../ingest/source.ts';
import type { IngestCounts, IngestSummary } from '../pipeline/ingest.ts';
import { calendarProblem, missingOffsetHint, readIsoWithOffset } from '../pipeline/iso.ts';
import { NO_FACTS, ROLELESS_PREFIX } from '../pipeline/report-warnings.ts';
import { SOURCE_KINDS, type SourceKind } from '../pipeline/source-kinds.ts';
import type { RoundProgress } from '../pipeline/sources.ts';
import type { Store } from '../store/index.ts';
import { dbPath, existingDbPath, int, parse, portOf, str } from './args.ts';
import { explainIncident } from './explain.ts';
import { progressText, sourcesTable, table } from './format.ts';
import { HELP, MAIN_HELP } from './help.ts';
import { OPTIONS } from './options.ts';
import { refuseExtraArguments } from './unexpected-argument.ts';
import { VERSION } from './version.ts';

// The pipeline, the extraction stage, the store, eval and the server are imported where a command first needs them:
// loading the gazetteer and the language detector is most of a start-up, and `--help` or `status` need neither.

const LANGS = new Set(['en', 'ru', 'uk']);

function langOption(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  if (!LANGS.has(v)) throw new UsageError(`--lang takes en, ru or uk, got "${v}"`);
  return v as Lang;
}

function publishedOption(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const iso = readIsoWithOffset(v);
  if (iso === null) {
    const hint = missingOffsetHint(v);
    throw new UsageError(
      hint !== null
        ? `--published "${v}" ${hint}`
        : `--published takes ISO 8601 with an offset, e.g. 2025-05-07T08:00:00+03:00; got "${v}"`,
    );
  }
  return iso;
}

/** For the commands that only read (incidents, explain, status, sources). */
const READ_ONLY = { readOnly: true } as const;

/** Opens the store for `fn` and closes it after. A command that writes upgrades an older store and says so on
 *  stderr (one way: the older Sitrep then refuses it); one that only reads (`readOnly`) leaves it as it is and
 *  stops with what to run (store/migrate.ts). */
async function withStore<T>(
  path: string,
  fn: (store: Store) => Promise<T>,
  opts: { readOnly?: boolean } = {},
): Promise<T> {
  // Kysely alone takes ~0.2 s to load: only commands that open a database pay for it.
  const { asStoreFailure, openStore } = await import('../store/index.ts');
  const store = await openStore({
    url: path,
    readOnly: opts.readOnly === true,
    onUpgrade: (from, to) =>
      console.error(
        `sitrep: upgraded ${path} from schema ${from} to schema ${to} (one way: an older Sitrep cannot open it now)`,
      ),
  });
  try {
    return await fn(store);
  } catch (error) {
    // A store that became unusable on the way (a full disk, a file made read-only): one line, exit code 4.
    throw asStoreFailure(error, path, opts.readOnly !== true) ?? error;
  } finally {
    await store.close().catch(() => {});
  }
}

/** The progress line on a terminal: done/total and an ETA when the inputs could be counted up front. */
function progressLine(total: number | null): (outcome: IngestOutcome, c: IngestCounts) => void {
  const start = Date.now();
  let since: { done: number; elapsedMs: number } | undefined;
  return (outcome, c) => {
    const elapsedMs = Date.now() - start;
    since ??= { done: c.ingested + c.duplicate + c.failed + c.skipped, elapsedMs };
    const line = progressText(c, outcome.input, {
      total,
      elapsedMs,
      columns: process.stderr.columns ?? 100,
      since,
    });
    process.stderr.write(`\r\x1b[K${line}`);
  };
}

async function ingest(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.ingest);
  if (values.help) return help('ingest');
  const kind = str(values, 'kind');
  if (kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind takes ${SOURCE_KINDS.join(', ')}; got "${kind}"`);
  }
  if (positionals.length === 0) throw new UsageError('ingest needs at least one file, directory or - (stdin)');
  const timeZone = str(values, 'time-zone');
  if (timeZone !== undefined) {
    const { isTimeZone } = await import('../ingest/zoned-time.ts');
    if (!isTimeZone(timeZone)) {
      throw new UsageError(`--time-zone takes a time zone name like Europe/Moscow or Europe/Kyiv, got "${timeZone}"`);
    }
  }
  const showProgress = process.stderr.isTTY && !values.quiet;
  const envWorkers = process.env.SITREP_WORKERS;
  if (values.workers === undefined && envWorkers !== undefined && !/^\d+$/.test(envWorkers.trim())) {
    // "-2" is a whole number: what is wrong with it is its sign (ux40 #13), as --workers -2 is told.
    const why = /^-\d+$/.test(envWorkers.trim())
      ? 'is below 0: it takes a whole number of 0 or more (0: extract in the main thread)'
      : 'is not a whole number of 0 or more';
    console.error(`warning: SITREP_WORKERS="${envWorkers}" ${why}; using one worker per processor`);
  }
  // Counted from the names before reading, for "N/total" and an ETA on the progress line (null: not knowable).
  const total = showProgress ? (await import('../ingest/sources/file/client.ts')).countInputs(positionals) : null;
  // Every option is checked before the database is opened: a usage error must not create or lock one.
  const options = {
    published: publishedOption(str(values, 'published')),
    source: str(values, 'source'),
    lang: langOption(str(values, 'lang')),
    kind: kind as SourceKind | undefined,
    ...(timeZone ? { timeZone } : {}),
    allow: new Set(values['allow-private'] ? (['loopback', 'private'] as const) : []),
    maxBytes: int(values, 'max-bytes'),
    workers: int(values, 'workers'),
    // --learned: the learned step with its shipped model; the workers are told the flag and load the model themselves.
    ...(values.learned ? { learned: true } : {}),
    now: () => new Date(),
    onProgress: showProgress ? progressLine(total) : undefined,
  };
  const { ingestPaths } = await import('../pipeline/ingest.ts');
  const db = dbPath(values);
  const created = db !== ':memory:' && !(await import('../store/index.ts')).isPostgresUrl(db) && !existsSync(db);
  const summary = await withStore(db, async (store) => {
    // Ctrl-C (or a SIGTERM) stops at once, as it always did: every batch is one transaction, so what is stored is
    // whole and a re-run adds the rest. But the nights already stored are left without their incidents, so say
    // how many reports are in and how to rebuild those nights, instead of dying silently.
    const before = await store.countReports();
    const onSignal = (signal: NodeJS.Signals) => {
      if (showProgress) process.stderr.write('\r\x1b[K');
      interrupted(store, before, db)
        .then(
          (line) => process.stderr.write(`${line}\n`),
          () => process.stderr.write('interrupted\n'),
        )
        .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const done = await ingestPaths(store, positionals, options);
      // Whether the store made for this run still holds nothing but this run's own log lines, asked at the end:
      // another ingest may have stored into the same new path meanwhile (review 39b #3), and its reports stay.
      const rows = created ? await store.countRows() : null;
      const empty =
        rows !== null &&
        Object.entries(rows).every(([table, n]) => (table === 'ingest_log' ? n <= done.outcomes.length : n === 0));
      return { ...done, empty };
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
  if (showProgress) process.stderr.write('\r\x1b[K');
  const { counts } = summary;
  // On a terminal, near-duplicate warnings (one per report, thousands in a folder of templated posts) are counted in
  // one line; piped or redirected, each stays on its line for a script. Every one is kept in the ingest log.
  // A run that stored nothing (a missing file, a refused URL) leaves no empty database where there was none: the
  // store is made for what it holds. Its failures were printed above.
  const none = summary.empty && counts.ingested + counts.duplicate === 0;
  if (none) for (const end of ['', '-wal', '-shm', '-journal']) rmSync(`${db}${end}`, { force: true });
  printOutcomes(summary, true, showProgress && !none ? db : null);
  console.log(
    `${counts.ingested} ingested (${counts.facts} facts), ${counts.duplicate} duplicate, ${counts.failed} failed, ` +
      `${counts.skipped} skipped; ` +
      (none ? `nothing stored, so ${db} was not created` : `${summary.nightsResolved} night(s) resolved → ${db}`),
  );
  return counts.failed > 0 ? 1 : 0;
}

/** The line an interrupted ingest leaves: the reports it stored (the store's count, so a batch committed just
 *  before the signal is in it) and the nights whose incidents were not rebuilt, with the command that rebuilds them. */
async function interrupted(store: Store, before: number, db: string): Promise<string> {
  const stored = (await store.countReports()) - before;
  const nights = (await store.dirtyNights()).length;
  const pending =
    nights === 0
      ? 'no night left pending'
      : `the incidents of ${nights} night(s) are not rebuilt: run \`${pendingCommand(db)}\` (or ingest again)`;
  return `interrupted: ${stored} report(s) stored; ${pending}`;
}

/** The command that rebuilds pending nights, with the database named as the user named it. */
function pendingCommand(db: string): string {
  const quoted = /^[\w./:@+-]+$/.test(db) ? db : `'${db.replaceAll("'", "'\\''")}'`;
  return `sitrep resolve --db ${quoted}`;
}

/** Failures (and warnings) on stderr; files passed over in a folder, each with its reason, so none vanishes. With
 *  `summariseIn` (the database), near-duplicate warnings are one line at the end that says where each is listed,
 *  and so are reports with no facts when there are more than a screen's few. A channel's hint (its name gives no
 *  role) is said once per channel, however many of its posts gave it. */
function printOutcomes(summary: IngestSummary, warnings: boolean, summariseIn: string | null = null): void {
  let near = 0;
  const empty: string[] = [];
  const hints = new Map<string, number>();
  for (const o of summary.outcomes) {
    if (o.status === 'failed') console.error(`failed: ${o.input}: ${o.message}`);
    if (o.status === 'skipped') console.error(`skipped: ${o.input}: ${o.message}`);
    if (!warnings) continue;
    for (const w of o.warnings) {
      if (summariseIn !== null && w.startsWith('near-duplicate of ')) near++;
      else if (w === NO_FACTS) empty.push(o.input);
      else if (w.startsWith(ROLELESS_PREFIX)) hints.set(w, (hints.get(w) ?? 0) + 1);
      else console.error(`warning: ${o.input}: ${w}`);
    }
  }
  if (summariseIn !== null && empty.length > MAX_LISTED) {
    console.error(`warning: ${empty.length} report(s) gave no facts; \`sitrep status --db ${summariseIn}\` lists each`);
  } else {
    for (const input of empty) console.error(`warning: ${input}: ${NO_FACTS}`);
  }
  for (const [hint, times] of hints) console.error(`hint: ${hint}${times > 1 ? ` (${times} posts)` : ''}`);
  if (near > 0) {
    console.error(
      `warning: ${near} report(s) are near-duplicates of stored reports (similar text); ` +
        `\`sitrep status --db ${summariseIn}\` lists each`,
    );
  }
}

/** Reports with no facts listed one by one on a terminal up to this many (a folder of a night's posts); past it
 *  one line, as a folder of thousands holds many texts that tell no attack. */
const MAX_LISTED = 20;

async function extract(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...OPTIONS.extract, db: { type: 'string' } });
  if (values.help) return help('extract');
  refuseDb(values, 'extract reads one text and stores nothing (sitrep ingest --db stores it)');
  const input = positionals[0];
  if (!input || positionals.length > 1) throw new UsageError('extract takes exactly one file, or - for stdin');
  const bytes =
    input === '-'
      ? await readStdin()
      : await readFile(input).catch((e: NodeJS.ErrnoException) => {
          throw new UsageError(`cannot read ${input}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
        });
  const published = publishedOption(str(values, 'published'));
  const lang = langOption(str(values, 'lang'));
  const now = new Date();
  const { prepareReport } = await import('../pipeline/prepare.ts');
  // --learned: the learned step with its shipped model after the rules (off by default: the rules alone).
  const learn = values.learned ? { learned: true } : {};
  if (!values.jsonl) {
    const one = await oneDocument(input, bytes);
    const { documentOptions } = await import('../pipeline/ingest.ts');
    const prepared = one
      ? prepareReport(one.bytes, { ...documentOptions(one, { published, lang }, now), ...learn })
      : prepareReport(bytes, { input, published, lang, now, ...learn });
    if (!prepared.ok) {
      console.error(`sitrep: ${input}: ${prepared.message}`);
      return 1;
    }
    for (const w of prepared.warnings) console.error(`warning: ${w}`);
    console.log(JSON.stringify({ report: prepared.report, facts: prepared.facts }, null, 2));
    return 0;
  }
  let failed = 0;
  const lines = Buffer.from(bytes).toString('utf8').split('\n');
  lines.forEach((line, n) => {
    if (line.trim() === '') return;
    let id: unknown = `line ${n + 1}`;
    try {
      const row = JSON.parse(line) as {
        id?: unknown;
        text?: unknown;
        published_at?: unknown;
        lang?: unknown;
        url?: unknown;
      };
      id = row.id ?? id;
      if (typeof row.text !== 'string') throw new Error('"text" must be a string');
      // A row's fields are named as the row names them, not as the command line's options.
      const rowIso = typeof row.published_at === 'string' ? readIsoWithOffset(row.published_at) : null;
      if (typeof row.published_at === 'string' && rowIso === null) {
        const hint = missingOffsetHint(row.published_at);
        throw new Error(
          hint !== null
            ? `"published_at" "${row.published_at}" ${hint}`
            : `"published_at" must be ISO 8601 with an offset, e.g. 2025-05-07T08:00:00+03:00`,
        );
      }
      if (typeof row.lang === 'string' && !['en', 'ru', 'uk'].includes(row.lang)) {
        throw new Error('"lang" must be en, ru or uk');
      }
      const rowPublished = rowIso ?? published;
      const rowLang = typeof row.lang === 'string' ? langOption(row.lang) : lang;
      const prepared = prepareReport(new TextEncoder().encode(row.text), {
        input: String(id),
        // The report's url is the row's, never its id.
        url: typeof row.url === 'string' ? row.url : null,
        published: rowPublished,
        lang: rowLang,
        now,
        ...learn,
      });
      if (!prepared.ok) throw new Error(prepared.message);
      console.log(JSON.stringify({ id, report: prepared.report, facts: prepared.facts }));
    } catch (error) {
      failed++;
      console.log(JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) }));
    }
  });
  return failed > 0 ? 1 : 0;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const INCIDENT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'geojson', 'atom'] as const;

async function incidents(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.incidents);
  if (values.help) return help('incidents');
  await refuseExtraArguments('incidents', positionals);
  const format = str(values, 'format') ?? 'table';
  if (!(INCIDENT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format takes ${INCIDENT_FORMATS.join(', ')}, got "${format}"`);
  }
  // The language of region names: checked as ingest's --lang is.
  const lang = langOption(str(values, 'lang'));
  const publicUrl = publicUrlOf(str(values, 'public-url'));
  if (publicUrl !== undefined && format !== 'atom') {
    throw new UsageError(
      `--public-url is the base of the Atom feed's links: it goes with --format atom, not ${format}`,
    );
  }
  const kind = str(values, 'kind');
  if (kind !== undefined && !(FACT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind takes one of ${FACT_KINDS.join(', ')}; got "${kind}"`);
  }
  for (const key of ['since', 'until']) {
    const v = str(values, key);
    const wrong = v === undefined ? null : calendarProblem(v);
    if (wrong !== null) throw new UsageError(`--${key} "${v}" names no real time: ${wrong}`);
    if (v !== undefined && Number.isNaN(Date.parse(v)))
      throw new UsageError(`--${key} takes an ISO 8601 time, got "${v}"`);
  }
  const { incidentFilter } = await import('../pipeline/incident-filter.ts');
  const region = str(values, 'region');
  // The same filter as the API's: region names in three languages, weapon, status, free text.
  const filter = prefixUsage(() =>
    incidentFilter({
      region: region === undefined ? undefined : [region],
      kind,
      weapon: str(values, 'weapon'),
      status: str(values, 'status'),
      q: str(values, 'q'),
      since: str(values, 'since'),
      until: str(values, 'until'),
      firstNight: str(values, 'first-night'),
      lastNight: str(values, 'last-night'),
    }),
  );
  if (str(values, 'limit')?.trim() === '0') {
    throw new UsageError('--limit takes a whole number of 1 or more (leave it out for every incident)');
  }
  const limit = int(values, 'limit', 1);
  const { namedFor, placeNamer } = await import('../pipeline/region-names.ts');
  const named = lang ? await namedFor(lang) : null;
  const townName = lang ? await placeNamer(lang) : null;
  const list = await withStore(
    existingDbPath(values),
    async (store) => {
      const out: Incident[] = [];
      for await (const incident of store.scanIncidents(filter)) {
        out.push(named ? named(incident) : incident);
        if (out.length === limit) break;
      }
      return out;
    },
    READ_ONLY,
  );
  if (format === 'json') console.log(JSON.stringify(list, null, 2));
  else if (format === 'table') console.log(table(list));
  else {
    const { renderExport } = await import('../export/index.ts');
    const { exportContext, publicHref } = await import('../pipeline/geo.ts');
    // A feed file names where the same feed is served (the API's export with these filters), so its entry links
    // resolve for a reader who gets the file alone; without a public URL they stay relative.
    const selfUrl =
      publicUrl === undefined ? undefined : publicHref(publicUrl, `/api/incidents.atom${filterQuery(values)}`).href;
    const out = await renderExport(
      format as ExportFormat,
      list,
      exportContext({
        now: new Date(),
        ...(selfUrl ? { selfUrl } : {}),
        ...(lang ? { lang } : {}),
        ...(townName ? { townName } : {}),
      }),
    );
    console.log(out.replace(/\n$/, ''));
  }
  return 0;
}

/** A file (or stdin) that is an article page read as ingest reads it: its text without markup, scripts or
 *  navigation, with its title, time and language from its meta tags; null for plain text. A feed, an export or JSON
 *  Lines holds many reports: extract reads one, so it says where to go instead. */
async function oneDocument(input: string, bytes: Uint8Array): Promise<SourceDocument | null> {
  const { detectKind, parseSource } = await import('../ingest/sources/index.ts');
  const detected = detectKind(input === '-' ? '' : input, bytes);
  if ('error' in detected) throw new UsageError(`${input}: ${detected.error}`);
  if (detected.kind === 'text') return null;
  if (detected.kind !== 'html') {
    throw new UsageError(
      `${input} is ${{ jsonl: 'a JSON Lines file', telegram: 'a Telegram export', feed: 'a feed' }[detected.kind as string] ?? `a ${detected.kind}`} of many reports: extract reads one text (\`sitrep ingest\` stores them all; \`extract --jsonl\` reads { id, text } lines)`,
    );
  }
  const parsed = parseSource('html', bytes, { input });
  const [doc] = parsed.documents;
  if (!doc) throw new UsageError(`${input}: ${parsed.failures[0]?.message ?? 'no article text in this page'}`);
  return doc;
}

/** The command's filters as the API's query: the options and the API's parameters share their names, an option's
 *  hyphen being the parameter's underscore (--first-night, first_night). */
function filterQuery(values: Record<string, string | boolean | undefined>): string {
  const query = new URLSearchParams();
  for (const key of [
    'since',
    'until',
    'first-night',
    'last-night',
    'region',
    'kind',
    'weapon',
    'status',
    'q',
    'lang',
  ]) {
    const v = str(values, key);
    if (v !== undefined) query.set(key.replace('-', '_'), v);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** The filter's messages name API parameters ("region", "weapon", "first_night"); on the command line they are
 *  options, and a two-word one is spelled with a hyphen (--first-night): a message naming first_night would send the
 *  user to an option that does not exist. */
function prefixUsage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof UsageError) {
      const named = error.message.replace(/\b(first|last)_night\b/g, '--$1-night');
      throw new UsageError(named.startsWith('--') ? named : `--${named}`);
    }
    throw error;
  }
}

async function regions(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...OPTIONS.regions, db: { type: 'string' } });
  if (values.help) return help('regions');
  await refuseExtraArguments('regions', positionals, 0, 'it lists every region: sitrep regions | grep -i %s');
  refuseDb(values, 'regions lists the gazetteer built into sitrep and reads no database');
  const { REGIONS } = await import('../pipeline/region-names.ts');
  if (values.json) {
    console.log(
      JSON.stringify(
        REGIONS.map(({ code, name, country }) => ({ code, name, country })),
        null,
        2,
      ),
    );
    return 0;
  }
  const width = (key: 'en' | 'ru') => Math.max(...REGIONS.map((r) => r.name[key].length));
  for (const r of REGIONS) {
    console.log(`${r.code.padEnd(7)} ${r.name.en.padEnd(width('en'))}  ${r.name.ru.padEnd(width('ru'))}  ${r.name.uk}`);
  }
  return 0;
}

async function explain(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.explain);
  if (values.help) return help('explain');
  const given = positionals[0];
  if (!given) throw new UsageError('explain needs an incident id (see `sitrep incidents`)');
  // One id, one document (its --json is the API's one incident): several are explained one by one, e.g. with
  // `xargs -n1`, rather than a second output shape for a list.
  await refuseExtraArguments('explain', positionals, 1, 'one incident id: run it once per id (e.g. with xargs -n1)');
  return withStore(
    existingDbPath(values),
    async (store) => {
      // An id from an earlier alert that merged into another is explained as the incident it went into, as the
      // API's 301 answers it (ux39b #9); one split apart names its parts.
      const id = await survivorOf(store, given);
      if (id === null) return 1;
      if (values.json) {
        // The API's GET /api/incidents/{id}, for a script or a fact-checker with no server running.
        const incident = await store.getIncident(id);
        if (!incident) {
          console.error(`sitrep: no incident ${id}`);
          return 1;
        }
        const { toChange } = await import('../api/changes.ts');
        const fact_details = await store.getFacts(incident.facts);
        const history = (await store.incidentHistory(id)).map(toChange);
        console.log(JSON.stringify({ ...incident, fact_details, history }, null, 2));
        return 0;
      }
      const text = await explainIncident(store, id);
      if (text === null) {
        console.error(`sitrep: no incident ${id}`);
        return 1;
      }
      console.log(text);
      return 0;
    },
    READ_ONLY,
  );
}

/** The id to explain for a given one: itself while it names an incident or nothing the store knows; the incident it
 *  was merged into (followed through later merges), said on stderr; null, with the parts said, when it was split. */
async function survivorOf(store: Store, given: string): Promise<string | null> {
  let id = given;
  for (let hops = 0; hops < 32 && !(await store.getIncident(id)); hops++) {
    const redirect = await store.getRedirect(id);
    if (redirect?.merged_into) {
      console.error(`sitrep: ${id} was merged into ${redirect.merged_into} at revision ${redirect.revision}`);
      id = redirect.merged_into;
      continue;
    }
    if (redirect && redirect.split_into.length > 0) {
      console.error(
        `sitrep: ${id} was split into ${redirect.split_into.join(', ')} at revision ${redirect.revision}: explain one of them`,
      );
      return null;
    }
    break;
  }
  return id;
}

async function resolve(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.resolve);
  if (values.help) return help('resolve');
  await refuseExtraArguments('resolve', positionals);
  const { resolveAll, resolveDirty } = await import('../pipeline/resolve.ts');
  const { resolveStoppedLine } = await import('./resolve-stop.ts');
  const db = existingDbPath(values);
  return withStore(db, async (store) => {
    // Ctrl-C or SIGTERM stops at once, as ingest does, with one line on stderr: each night is its own transaction,
    // so the nights rebuilt stay rebuilt and the rest keep the incidents they had (ux40 #13).
    const pendingBefore = (await store.dirtyNights()).length;
    const all = values.all ? { done: 0, total: null as number | null } : undefined;
    let rebuilt = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      const stop = { signal, ...(all ? { all } : {}), pendingBefore, rebuilt, again: pendingCommand(db) };
      process.stderr.write(`${resolveStoppedLine(stop)}\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    // The store's calls may settle at once: without a turn of the event loop between nights, a signal waits for the end.
    const turn = () => new Promise<void>((done) => setImmediate(done));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      if (all) {
        const r = await resolveAll(
          store,
          () => new Date(),
          (done, total) => {
            all.done = done;
            all.total = total;
            return turn();
          },
        );
        console.log(`resolved ${r.nights} night(s) into ${r.incidents} incident(s)`);
      } else {
        const n = await resolveDirty(store, {
          now: () => new Date(),
          onNight: () => {
            rebuilt++;
            return turn();
          },
        });
        console.log(`resolved ${n} pending night(s)`);
      }
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}

/** Kinds of effect: damage or people hurt told with no attack, no debris and no time of their own join only an attack's
 *  incident (ARCHITECTURE.md, Guards and aftermath). As resolve/placed-fact.ts's EFFECT_KINDS. */
const EFFECTS = new Set(['damage', 'fire', 'power_outage', 'debris', 'casualties']);

/** `status`'s lines on the stored facts no incident holds: stored, but shown by no list, export or page. Say how many,
 *  and what they are, so none vanishes unseen (trial ux40, defect 4: a ministry's totals were called effects). A
 *  total over several regions makes no incident of its own by design and is listed under `aggregates` on the
 *  incidents it covers: counted apart, as it is shown there. A fact told of an earlier year («у 2022 році…») joins no
 *  incident by design and is not counted (review 39b #6). */
export function outsideLines(
  incidents: readonly Incident[],
  facts: readonly { id: string; kind: string; historical: boolean }[],
): string[] {
  const inIncidents = new Set(incidents.flatMap((i) => i.facts));
  const totals = new Set(incidents.flatMap((i) => (i.aggregates ?? []).map((a) => a.fact_id)));
  const byKind = new Map<string, number>();
  let listed = 0;
  let effects = 0;
  for (const f of facts) {
    if (f.historical || inIncidents.has(f.id)) continue;
    if (totals.has(f.id)) {
      listed++;
      continue;
    }
    if (EFFECTS.has(f.kind)) effects++;
    byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  }
  const out: string[] = [];
  const outside = [...byKind.values()].reduce((a, b) => a + b, 0);
  if (outside > 0) {
    const kinds = [...byKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const claims = outside - effects;
    const what = [
      ...(effects > 0 ? [`${effects} effect(s) told with no attack or time of their own`] : []),
      ...(claims > 0 ? [`${claims} claim(s) told of no region or place an incident holds, or of no time`] : []),
    ].join('; ');
    out.push(
      `${outside} fact(s) in no incident (${kinds.map(([k, n]) => `${k} ${n}`).join(', ')}): ${what}; \`sitrep extract\` on their report shows them`,
    );
  }
  if (listed > 0) {
    out.push(
      `${listed} total(s) over several regions, in no incident of their own: each is listed under \`aggregates\` on the incidents it covers (\`sitrep explain\`)`,
    );
  }
  return out;
}

async function status(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.status);
  if (values.help) return help('status');
  await refuseExtraArguments('status', positionals);
  const limit = int(values, 'limit', 1) ?? 50;
  return withStore(
    existingDbPath(values),
    async (store) => {
      const { latestGroups } = await import('./outcome-groups.ts');
      const groups = await latestGroups(
        (n) => store.listOutcomes({ status: values.failed ? 'failed' : undefined, limit: n }),
        limit,
      );
      const reports = await store.countReports();
      const incidents = await store.listIncidents({});
      console.log(`${dbPath(values)}: ${reports} report(s), ${incidents.length} incident(s)`);
      for (const line of outsideLines(incidents, await store.listFactKinds())) console.log(line);
      // Nights an interrupted ingest stored reports into but did not resolve: their incidents are missing or stale.
      const pending = (await store.dirtyNights()).length;
      if (pending > 0) {
        console.log(
          `${pending} night(s) pending: their incidents are not rebuilt yet; run \`${pendingCommand(dbPath(values))}\``,
        );
      }
      for (const { row: r, times, first_at } of groups) {
        // A failure repeated on every poll is one line: how many times, the last time first, the first at the end.
        const repeated = times > 1 ? `  (${times} times since ${first_at})` : '';
        console.log(`${r.at}  ${r.status.padEnd(9)} ${r.input}${r.message ? `  — ${r.message}` : ''}${repeated}`);
        // The warnings an ingest on a terminal only counted ("near-duplicate of …"), each under its input.
        for (const w of r.warnings) console.log(`${' '.repeat(r.at.length + 2)}warning: ${w}`);
      }
      return 0;
    },
    READ_ONLY,
  );
}

async function backup(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.backup);
  if (values.help) return help('backup');
  const dest = positionals[0];
  if (dest === undefined) throw new UsageError('backup needs the path of the copy to write, e.g. backups/night.db');
  if (positionals.length > 1) throw new UsageError('backup writes one copy: give one path');
  const db = existingDbPath(values);
  const { backupStore } = await import('../store/index.ts');
  const r = await backupStore(db, dest);
  console.log(`backed up ${db} to ${dest} (${r.pages} pages, schema ${r.schema})`);
  return 0;
}

async function serve(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.serve);
  if (values.help) return help('serve');
  await refuseExtraArguments('serve', positionals);
  const port = portOf(values);
  const db = existingDbPath(values);
  const { startServer } = await import('./serve.ts');
  await startServer({
    db,
    port,
    host: str(values, 'host'),
    maxBodyBytes: int(values, 'max-body'),
    publicUrl: publicUrlOf(str(values, 'public-url')),
  });
  return 0;
}

function publicUrlOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^/]/.test(value) || !URL.canParse(value)) {
    throw new UsageError(`--public-url must be an http(s) URL like https://sitrep.example.org/, not "${value}"`);
  }
  return value;
}

/** samples/ at the package root, whether this runs from src/cli/ (tsx) or from the dist/ bundle. */
function samplesDir(): string {
  for (const up of ['../samples', '../../samples']) {
    const dir = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  throw new UsageError('samples/ not found beside the sitrep package');
}

async function demo(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.demo);
  if (values.help) return help('demo');
  await refuseExtraArguments('demo', positionals);
  const port = portOf(values);
  const { assertCanListen, startServer } = await import('./serve.ts');
  await assertCanListen(port, str(values, 'host'));
  const samples = samplesDir();
  const { ingestPaths } = await import('../pipeline/ingest.ts');
  const { loadRegistry } = await import('../pipeline/registry.ts');
  const { ingestSourceFiles } = await import('../pipeline/sources.ts');
  const { notAReport } = await import('../ingest/sources/file/client.ts');
  // The registry's sources first (each kind of source, with its channel's speaker), then the folder's own reports:
  // its sources/ folder and the registry file are the registry's, read once above, not again as loose files.
  const registry = await loadRegistry(join(samples, 'sources.yaml'));
  let fromRegistry = 0;
  const summary = await withStore(dbPath(values), async (store) => {
    const now = () => new Date();
    for (const row of registry.sources) {
      if (row.path !== null) fromRegistry += (await ingestSourceFiles(store, row, { now })).counts.ingested;
    }
    const loose = readdirSync(samples)
      .filter((name) => name !== 'sources' && name !== 'sources.yaml' && notAReport(name) === null)
      .sort()
      .map((name) => join(samples, name));
    return ingestPaths(store, loose, { now });
  });
  console.log(`samples/sources.yaml: ${fromRegistry} ingested from ${registry.sources.length} sources`);
  const c = summary.counts;
  printOutcomes(summary, false);
  console.log(
    `samples: ${c.ingested} ingested, ${c.duplicate} already there, ${c.failed} failed, ${c.skipped} skipped → ${dbPath(values)}`,
  );
  await startServer({
    db: dbPath(values),
    port,
    host: str(values, 'host'),
  });
  return 0;
}

async function sources(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.sources);
  if (values.help) return help('sources');
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('sources takes one sources.yaml file');
  const { loadRegistry } = await import('../pipeline/registry.ts');
  const registry = await loadRegistry(file);
  const path = dbPath(values);
  // Listing the registry needs no database; without one, every source is simply never polled yet.
  const { rolelessSources } = await import('../pipeline/roleless-sources.ts');
  // A channel named like a person with no speaker gets ingest's hint here too, by the name its own stored posts carry.
  const [states, hints] =
    existsSync(path) || path === ':memory:'
      ? await withStore(
          path,
          async (store) => [await store.getSourceStates(), await rolelessSources(registry.sources, store)] as const,
          READ_ONLY,
        )
      : [null, await rolelessSources(registry.sources, null)];
  const rows = registry.sources.map((row) => {
    const state = states?.get(row.id);
    return {
      id: row.id,
      kind: row.kind,
      where: row.path ?? row.url,
      name: row.name,
      speaker: row.speaker,
      hint: hints.get(row.id) ?? null,
      poll_seconds: row.poll_seconds,
      last_success_at: state?.last_success_at ?? null,
      last_error_at: state?.last_error_at ?? null,
      last_error: state?.last_error ?? null,
      items_seen: state?.items_seen ?? 0,
    };
  });
  if (values.json) {
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (states === null) console.log(`(no database at ${path} yet: nothing polled)`);
  console.log(sourcesTable(rows));
  for (const r of rows) if (r.hint !== null) console.log(`hint: ${r.id}: ${r.hint}`);
  return 0;
}

async function watch(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.watch);
  if (values.help) return help('watch');
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('watch takes one sources.yaml file');
  const { loadRegistry } = await import('../pipeline/registry.ts');
  const registry = await loadRegistry(file);
  if (registry.sources.length === 0) throw new UsageError(`${file} lists no sources`);
  const { watchSources, stoppingLine, stoppedAtOnceLine } = await import('../pipeline/watch.ts');
  const allow = new Set(registry.allow_private);
  if (values['allow-private']) for (const c of ['loopback', 'private'] as const) allow.add(c);
  // Ctrl-C or SIGTERM ends the round under way (every report it stored is whole, its nights resolved), then stops
  // as ingest does: one line on stderr with what this run stored, exit code 130 or 143.
  const stop = new AbortController();
  let stoppedBy: NodeJS.Signals | null = null;
  // The file rounds under way and how far each has come, for the line a signal prints at once.
  const under = new Map<string, RoundProgress>();
  let stored = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppedBy !== null) {
      // A second signal stops at once (each batch is one transaction: nothing stored is lost), still with the
      // summary line: without it, a stop during a long round said nothing of what this run had stored.
      console.error(stoppedAtOnceLine(signal, stored, under));
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    stoppedBy = signal;
    stop.abort();
    const line = stoppingLine(signal, under);
    if (line !== null) console.error(line);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const db = dbPath(values);
    const results = await withStore(db, (store) =>
      watchSources(store, registry.sources, {
        now: () => new Date(),
        random: Math.random,
        allow,
        once: values.once === true,
        learned: values.learned === true,
        signal: stop.signal,
        log: (line) => console.log(`${new Date().toISOString()} ${line}`),
        warn: (line) => console.error(`${new Date().toISOString()} ${line}`),
        reload: async () => (await loadRegistry(file)).sources,
        onProgress: (id, p) => {
          under.set(id, p);
        },
        onRound: (r) => {
          stored += r.new;
          under.delete(r.source_id);
        },
      }),
    );
    const signal = stoppedBy as NodeJS.Signals | null;
    if (signal !== null) {
      console.error(`stopped by ${signal}: ${stored} new report(s) stored in this run; start watch again to go on`);
      return signal === 'SIGINT' ? 130 : 143;
    }
    // A failed item fails the run as a failed source does: `ingest` of the same file exits 1 too (ux35 #10).
    return results.some((r) => r.error !== null || r.failed > 0) ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function help(command?: string): number {
  console.log(command ? (HELP[command] ?? MAIN_HELP) : MAIN_HELP);
  return 0;
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  ingest,
  extract,
  incidents,
  regions,
  explain,
  resolve,
  status,
  backup,
  serve,
  demo,
  sources,
  watch,
  eval: async (argv) => (await import('./eval.ts')).runEval(argv),
};

/** Words other tools use for what a command here does, far from its name in letters: `show <id>` is the first thing a
 *  fact-checker types, and no "did you mean" reaches `explain` from it. */
const ONE_INCIDENT =
  'one incident is `sitrep explain <id>` (why each report and fact is in it; --json for the incident as JSON), ' +
  'or `sitrep incidents --format json` for the list';
const INSTEAD: Record<string, string> = {
  show: ONE_INCIDENT,
  get: ONE_INCIDENT,
  view: ONE_INCIDENT,
  inspect: ONE_INCIDENT,
  incident: ONE_INCIDENT,
  list: 'the list is `sitrep incidents` (--format json, csv, geojson, atom)',
};

export async function runCommand(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return help(rest[0]);
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    console.log(`sitrep ${VERSION}`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    const instead = INSTEAD[command.toLowerCase()];
    if (instead) throw new UsageError(`unknown command "${command}": ${instead}`);
    const meant = closest(command, Object.keys(COMMANDS));
    throw new UsageError(`unknown command "${command}"${meant ? ` (did you mean ${meant}?)` : ''}`);
  }
  return run(rest);
}

/** The command whose --help a usage error should point to, or null when the command itself is unknown. */
export function helpCommandOf(argv: readonly string[]): string | null {
  const command = argv[0];
  return command !== undefined && Object.hasOwn(COMMANDS, command) ? command : null;
}

/** A command that reads no database, given --db (every other command takes one): say why it has no use for it,
 *  rather than "unknown option" or silently ignoring it. */
function refuseDb(values: Record<string, string | boolean | undefined>, why: string): void {
  if (values.db !== undefined) throw new UsageError(`--db has no use here: ${why}; leave it out`);
}
