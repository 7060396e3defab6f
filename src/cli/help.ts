// The --help texts: each teaches the command with a working example, lists every option it takes in its usage line
// (cli/options.ts; test/cli/help.test.ts holds them to it) and says what each means and its default.
import { CLAIMANT_ROLES, FACT_KINDS, WEAPONS } from '../core/types.ts';

/** Words separated by commas, wrapped to 116 columns, each line after the first indented to `indent`. */
function list(words: readonly string[], indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words.map((x, i) => (i < words.length - 1 ? `${x},` : x))) {
    if (line && indent + line.length + 1 + w.length > 116) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** The --db line every command that opens a database shares. */
const DB = `  --db PATH         the database: default $SITREP_DB, else ./sitrep.db`;

export const MAIN_HELP = `sitrep — one attributed record of aerial-attack reports

Usage: sitrep <command> [options]

Commands:
  ingest     read reports (files, directories, stdin) into the database and update incidents
  extract    print the facts Sitrep reads in one text, as JSON (stores nothing)
  incidents  list or export incidents (table, json, jsonl, csv, geojson, atom)
  regions    list region codes with their names in English, Russian and Ukrainian
  explain    show why each report and fact is in an incident
  resolve    rebuild incidents from stored facts (--all)
  status     show what ingest did with each input (--failed for failures only)
  backup     copy the database to a new file while it is in use (serve and watch may go on)
  serve      serve the HTTP API and the page
  eval       measure extraction (--gold) or clustering (--clusters) against a gold set
  sources    list the sources of a sources.yaml with their speaker, last success, items seen, last error and its time
  watch      poll the sources of a sources.yaml and keep the database current (--once: one round)
  demo       ingest the bundled samples/ and serve the page (what \`npm start\` runs)

Database: --db PATH, else $SITREP_DB, else ./sitrep.db. Only ingest, watch and demo create it; other commands refuse
a path that does not exist. incidents, explain, status, sources and backup open it read-only.
Exit codes: 0 done, 1 some inputs or sources failed (the rest were done), 2 usage error (an unknown option, or a
word a command does not take: filters are options, --region Kursk) or a store of another schema, 3 unexpected
failure (a bug: please report the stack), 4 the database cannot be used (read-only for this user, disk full,
damaged: one line names it and the cause).
Run \`sitrep <command> --help\` for a command's options and examples; \`sitrep --version\` prints the version.`;

export const HELP: Record<string, string> = {
  ingest: `Usage: sitrep ingest [--db PATH] [--published ISO] [--source NAME] [--lang en|ru|uk] [--kind K]
                     [--time-zone ZONE] [--allow-private] [--max-bytes N] [--workers N] [--quiet] [--learned]
                     <file|dir|url|-> ...

Reads each file (directories recursively), or stdin for '-', by what it is, cleans each report, extracts facts and
stores them; then rebuilds the incidents of every night the batch touched. The same text is never stored twice.
  .txt .md .markdown .text, no extension   one report (unless it starts with HTML or feed markup)
  .html .htm                              an article page: its text without navigation or scripts; title, author,
                                          publication time and language from its meta tags; a page (or a feed
                                          item's HTML) whose elements nest more than 256 levels deep is read
                                          with the deeper tags dropped, their text kept; past 4096 it fails
  .xml .rss .atom .rdf, JSON Feed .json   a feed: one report per item; one that ends before its closing </rss>
                                          (</feed>, </rdf:RDF>) is a broken feed: its whole items are stored and the
                                          file fails, exit code 1
  result.json                             a Telegram Desktop export: one report per post (service messages and
                                          posts without text are skipped); a forward keeps its original channel
  .jsonl .ndjson                          one report per line: { text, published_at, url, title, source, lang,
                                          speaker }; speaker { person, role, region } (as a sources.yaml row's)
                                          says who speaks, source (else channel) is only the publisher's name; a
                                          line whose published_at is no real time with an offset, or whose
                                          speaker names no known role, fails (2025-06-11 05:10:00+00:00, with a
                                          space for the T as RFC 3339 allows, is read as …T05:10:00+00:00)
In a directory, files that are not reports (README, LICENSE, CHANGELOG…, dotfiles, other extensions) are skipped
and listed on stderr as skipped, with the reason. Creates the database if it does not exist, unless nothing was
stored (every input failed or was skipped: a missing file, a refused URL) and no other run stored into the new
database meanwhile.
A URL (http or https) is fetched once through the same guard as \`sitrep watch\` (no loopback, private or link-local
address without --allow-private, at most 5 redirects, 20 s, 10 MiB, 4096 levels of nested HTML) and read as what it
is: an article page, a feed, or a Telegram channel (https://t.me/<channel> reads its preview page).

Options:
${DB} (created if it does not exist)
  --published ISO   publication time for texts without a valid one (a valid front matter 'published:' wins),
                    e.g. 2025-05-07T08:00:00+03:00; without either, the file's modification time (stdin: the ingest
                    time) is used, with a warning, and the report is marked published_inferred: true (GET
                    /api/reports/:id shows it; incidents and exports do not). A feed item or JSON Lines line whose
                    date names no real day ("2025-13-40T…") fails instead
  --source NAME     outlet or channel name for these texts (front matter 'source:' wins)
  --lang CODE       force the language instead of detecting it
  --kind K          read every input as text, html, feed, telegram or jsonl instead of detecting it
  --time-zone ZONE  the zone publication times are written in, as sources.yaml's time_zone (e.g. Europe/Kyiv):
                    a Telegram export's posts (its instants state no zone: UTC without it; an older export's
                    bare 'date', the exporting computer's clock, is read in it, else as UTC with a warning) and
                    the dates of feeds, pages and JSON Lines that state one, so an English report's "overnight"
                    is that zone's night. Any other date that states no zone is not read in it; text files take
                    --published. Russian and Ukrainian texts are read in Moscow and Kyiv time whatever the zone,
                    and their windows and event_date are written in it
  --allow-private   let URLs reach loopback and private addresses (a local server)
  --max-bytes N     skip files larger than N bytes (default 10485760)
  --workers N       threads that extract while the store writes, once a first batch of 100 reports is waiting
                    (default $SITREP_WORKERS, else one per processor but one, at least 1; 0: extract in the main
                    thread)
  --quiet           no progress line. The line (done/total and an ETA when the inputs can be counted up front: no
                    stdin, URL, feed or JSON Lines among them) is drawn only when stderr is a terminal; there,
                    near-duplicate warnings are counted in one line at the end and \`sitrep status\` lists each.
                    Piped or redirected, stderr has no progress and one line per warning
  --learned         after the rules, the learned step with its shipped model (opt-in, off by default: it adds
                    and drops kinds a model reads; ARCHITECTURE.md, "A learned step")

Exit codes: 0 all ingested (duplicates are fine), 1 some inputs failed (the rest were ingested), 2 usage error,
4 the database cannot be written (read-only for this user, disk full: one line names it and the cause), 130 (143)
stopped by Ctrl-C (SIGTERM): every batch stored before it is whole, and stderr says how many reports were stored
and how many nights' incidents are not rebuilt yet (\`sitrep resolve\` or another ingest rebuilds them).

Example:
  sitrep ingest --db night.db --published 2025-05-07T08:00:00+03:00 reports/*.txt`,
  extract: `Usage: sitrep extract [--published ISO] [--lang en|ru|uk] [--learned] <file|->
       sitrep extract --jsonl [--published ISO] [--lang en|ru|uk] [--learned] <file|->

Prints { "report": {...}, "facts": [...] } for one text; stores nothing. An article page (an .html file, or stdin
that starts with <!doctype or <html>) is read as ingest reads it: its text without navigation or scripts, with its
title, time and language from its meta tags; a feed, a Telegram export or JSON Lines holds many reports (use ingest,
or --jsonl).
Every fact carries its evidence sentence and, under "fields", the span each value came from (inferred: true when
taken from context).
--learned adds the learned step after the rules (opt-in; ARCHITECTURE.md, "A learned step"): a kind it read has
from: "model", and a text whose facts it dropped says so in a warning on stderr. Without it, the rules alone.

--jsonl reads one JSON object per line: { "id", "text", "published_at"?, "lang"? } and prints one line
{ "id", "report", "facts" } per input line, in order; a bad line prints { "id", "error" } and the batch goes on.

Options:
  --published ISO   publication time, the reference for "last night" (a line's own published_at wins); without it,
                    the file's modification time, marked inferred (stdin: now)
  --lang CODE       en, ru or uk instead of detecting the language (a line's own lang wins)
  --jsonl           one JSON object per line in, one line out per input line (above)
  --learned         the learned step after the rules (above); default: off, the rules alone
Reads no database and stores nothing.

Example:
  echo 'Last night air defences destroyed 12 drones over Kursk Oblast, Governor Alexei Smirnov said.' \\
    | sitrep extract --published 2025-05-07T08:00:00+03:00 -`,
  incidents: `Usage: sitrep incidents [--db PATH] [--region R] [--kind K] [--weapon W] [--status S] [--q TEXT]
                        [--since ISO] [--until ISO] [--first-night DAY] [--last-night DAY]
                        [--format table|json|jsonl|csv|geojson|atom] [--limit N] [--lang en|ru|uk] [--public-url URL]

Lists incidents, newest first (the API's order and filters; the formats are the API's exports, one
implementation: docs/exports.md). Without a filter, every incident. json prints an array of Incident (see
docs/contract.md); csv has one row per incident with ACLED's column names where they mean the same, and launched,
destroyed and hit apart ("18 (15–18 disputed)" when sources disagree); geojson says how many incidents had no
coordinates; atom is a feed.
The table's STATUS reads "single_origin (2r/2o/1v)", from the incident's corroboration: r reports; o origins
(distinct statements: copies and retellings of one statement are one origin); v voices (origins counted once per
claimant: two posts of one governor, or outlets quoting him, are one voice; a report that only mentions the
incident is none). disputed: two origins give different values for one field (conflicts lists them); else
corroborated: two voices or more; else single_origin: one voice, however many reports and origins.

Options:
${DB}
  --region R        a code (RU-KRS, UA-63), a country (RU) or a name in English, Russian or Ukrainian
                    ("Kursk", «Курская», "Kyiv Oblast", or the region's centre city: «Харків», «Запорожье»);
                    several separated by commas. A region also finds the nationwide incidents that list it. A Latin
                    look-alike typed into a Cyrillic name counts as its Cyrillic twin («Харкiвська» with a Latin i).
                    A name that matches nothing is an error.
  --kind K          ${list(FACT_KINDS, 20)}
  --weapon W        incidents that report this weapon type:
                    ${list(WEAPONS, 20)}
  --status S        single_origin, corroborated or disputed (above)
  --q TEXT          free text: region and place names, claimants (a body also by its own name, «Росавиация»),
                    source titles and publishers, airports by
                    code or name (SVO, Sheremetyevo, «Шереметьево»), weapons by model or class in any language
                    (Shahed, Kh-101, «Іскандер», drones); a name in either script (--q Syniehubov finds
                    «Синєгубов», --q Rosaviatsia finds «Росавиация»)
  --since ISO       incidents whose time window ends at or after this time (2025-05-06T18:00:00+03:00; a time
                    of day needs its offset, a date alone is that day from 00:00 UTC)
  --until ISO       incidents whose window starts at or before it: with both, every window that overlaps them
  --first-night DAY incidents filed under this night (YYYY-MM-DD: the night that ends at 18:00 UTC+3 that day)
                    or a later one: the nights the page's timeline and the API's by_night count, so a daytime
                    incident from 10:59 to 22:59 on the 11th is the 12th's night, though its window overlaps the 11th
  --last-night DAY  incidents filed under this night or an earlier one (inclusive; not before --first-night)
  --format F        table (the default), json, jsonl, csv, geojson or atom
  --limit N         at most N incidents, the newest (default: every match)
  --lang L          name every region (region, regions, scopes; csv's admin1) in en, ru or uk; without it json
                    and jsonl name an incident's regions in its reports' language, csv, geojson and atom in English
  --public-url URL  atom only: the server readers reach (https://sitrep.example.org/); the feed's self link is
                    its /api/incidents.atom with these filters and entry links are absolute (without it, relative)

Examples:
  sitrep incidents --region Kursk --format table
  sitrep incidents --region Kursk --format atom --public-url https://sitrep.example.org/ > kursk.atom
  sitrep incidents --kind interception --since 2025-05-06T00:00:00+03:00 --format csv > night.csv
  sitrep incidents --first-night 2025-06-10 --last-night 2025-06-11 --format csv > nights.csv`,
  regions: `Usage: sitrep regions [--json]

Lists every region code the gazetteer knows with its names in English, Russian and Ukrainian; --region (and the
API's region=) takes any of these names as well as the code. The list is built into sitrep: it reads no database.

Options:
  --json   an array of { code, name: { en, ru, uk }, country } instead of the table (default: the table)

Examples:
  sitrep regions | grep -i kursk
  sitrep regions --json > regions.json`,
  explain: `Usage: sitrep explain [--db PATH] [--json] <incident-id>

Prints the incident, its figures as \`sitrep incidents\` and the CSV give them ("uav 40 (25–40 disputed)"), its toll
with who gave it, each running tally's steps and each conflict's values with their claimants; then for every fact:
the report, the evidence sentence and why it was merged (same region, time overlap, same claimant, compatible count,
near-duplicate text...), and the origin of each source. The window's two ends are told on one offset, the start's.
The ids are in the first column of \`sitrep incidents\`. An id that was merged into another incident (an id from an
earlier alert) explains the incident it went into, and says so on stderr ("merged into inc_… at revision 13"), as
GET /api/incidents/{id} answers 301; one that was split names its parts. Exit code 1 when there is no such incident.
One id per run (exit code 2 for a second one): several, one by one, with e.g. xargs -n1 sitrep explain --db night.db.

Options:
${DB}
  --json            the incident as JSON, as GET /api/incidents/{id} answers it: with fact_details (each fact and
                    its evidence) and history

Examples:
  sitrep explain --db night.db inc_3f9a2c0b1d2e4f50
  sitrep explain --db night.db --json inc_3f9a2c0b1d2e4f50 > incident.json`,
  resolve: `Usage: sitrep resolve [--db PATH] --all

Rebuilds every incident from the stored facts, after bringing facts stored under older rules up to the current ones
(windows inferred from the publication time, night keys). Incidents keep their ids; running it twice changes
nothing, no id and no revision. Without --all, rebuilds only nights left pending (e.g. by an interrupted ingest).
Ctrl-C or SIGTERM stops it with one line on stderr: how many nights were rebuilt (each is its own transaction) and
how many keep their incidents of before, with the command to run again; exit code 130 or 143.

Options:
${DB}
  --all             every night, not only the pending ones (default: the pending ones)

Example:
  sitrep resolve --db night.db --all`,
  status: `Usage: sitrep status [--db PATH] [--failed] [--limit N]

Counts of reports and incidents, then the facts in no incident by kind, and what they are: effects (damage or
casualties told with no attack, debris or time of their own join only an attack's incident) or claims of an attack
told of no region, place or time an incident holds; no list shows them. A total over several regions makes no
incident of its own by design and is counted on a line apart: it is listed under \`aggregates\` on the incidents it
covers (\`sitrep explain\`). A fact told of an earlier year joins none by design and is not counted. Then the
nights left pending (stored
reports whose incidents are not rebuilt yet, e.g. after an interrupted ingest; \`sitrep resolve\` rebuilds them),
then the latest ingest outcomes (newest first), each with its message and warnings (near-duplicates among them).
A failure repeated unchanged (the same input and message, e.g. a source that fails on every poll) is one line with
how many times and since when; it counts once in --limit.

Options:
${DB}
  --failed          only the failures, each with its reason
  --limit N         how many outcomes to list (default 50)

Examples:
  sitrep status --db night.db
  sitrep status --db night.db --failed --limit 200`,
  backup: `Usage: sitrep backup [--db PATH] <dest>

Writes a consistent copy of the database to the new file <dest> with SQLite's online backup, while \`serve\`,
\`watch\` or \`ingest\` go on using it. The copy holds every committed report, the ones still in the PATH-wal file
included: a plain \`cp\` of the database file alone, while it is in use, can miss them (the -wal and -shm files
beside it are part of the store). Never overwrites a file; makes <dest>'s folder if it is missing. It copies the
store as it is, without upgrading it, so back up before a newer Sitrep upgrades a store (the upgrade is one way).
To restore, stop the processes that use the store and put the copy in its place (remove the old PATH-wal and
PATH-shm files, if any, first).

Options:
${DB}

Example:
  sitrep backup --db night.db backups/night-2025-06-10.db`,
  serve: `Usage: sitrep serve [--db PATH] [--port N] [--host ADDR] [--max-body N] [--public-url URL]

Serves the page on / and the API (docs/api.md; the OpenAPI document at /api/openapi.json):
  GET  /api/incidents?since=&until=&first_night=&last_night=&region=&kind=&weapon=&status=&q=&limit=&cursor=
                                 newest first, limit 100 by default and at most 500; X-Total-Count, and
                                 X-Next-Cursor + Link rel="next" when there are more. region: a code or a name
                                 in en/ru/uk ("Kursk", «Курская»), repeated or comma-separated
  GET  /api/incidents/:id        (with facts and evidence)
  GET  /api/stats?<filters>      counts by region, kind, weapon and night
  GET  /api/changes?since=REV    the change log; with Accept: text/event-stream a live stream (Last-Event-ID)
  GET  /api/regions              region codes with names in English, Russian and Ukrainian
  GET  /api/incidents.csv|.geojson|.jsonl|.atom?<filters>   exports, not paged (docs/exports.md)
  GET  /api/openapi.json         the OpenAPI 3.1 document;  GET /api/docs  its reference page
  GET  /api/reports/:id          (with facts, provenance and revisions: the earlier texts of an edited post)
  POST /api/reports              one report as JSON: { text, published_at, url?, title?, source?, lang?,
                                 speaker? } (speaker as in JSON Lines: { person?, role, region? })
                                 400 with { error, field } for a wrong or unknown field; 413 over --max-body,
                                 or when its text takes over 60 s or over 512 MB of memory to read (send it
                                 as several smaller reports). Read on a worker, so other requests are answered
                                 meanwhile; the worker stops after 60 s without a report (its memory freed)
                                 A known route asked with another method: 405 with Allow
  GET  /healthz
Unknown routes and unknown query parameters answer 404 / 400 with a JSON { error }.

Options:
${DB}; it must exist (ingest or watch creates it)
  --port N          the port (default $PORT, else 8080)
  --host ADDR       the address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for every interface)
  --max-body N      largest POST body in bytes (default 1048576); a larger one is refused before it is read
  --public-url URL  where readers reach this server (https://sitrep.example.org/): the base of the Atom feed's
                    links (default http://localhost:PORT/; never the Host header a client sends)

Examples:
  sitrep serve --db night.db                  # then open http://localhost:8080/
  sitrep serve --db night.db --host 0.0.0.0 --port 8090 --public-url https://sitrep.example.org/`,
  eval: `Usage: sitrep eval --gold <file|dir>          extraction: precision/recall/F1 per field, and the misses
       sitrep eval --gold test/gold/real --texts ../shared/bench [--split dev|heldout|all] [--set NAME]
                                              real third-party texts: labels by reference, texts read from the bench
       sitrep eval --clusters <dir>           clustering: B-cubed for incidents and origins
       sitrep eval --real-clusters test/gold/real-clusters --texts ../shared/bench [--split dev|heldout|all]
                   [--set NAME]               real days (Russian Telegram news; English news leads): each day's
                                              posts ingested into a fresh in-memory store,
                                              pairwise and B-cubed F1 for incidents and origins, beside two
                                              baselines (one incident per day; best text-similarity clustering)
       each also takes [--misses N] [--json] [--learned]

Gold formats: docs/eval.md and docs/eval-clusters.md. The bundled sets are test/gold/extract and test/gold/clusters;
test/gold/extract-heldout and test/gold/clusters-heldout are held out (score on them, never tune on them), and so
is the 'heldout' split of test/gold/real (a third of each real set, chosen by a hash of each text's reference), and
so is each real day marked "split": "heldout" (its figures are printed, never its posts).
Options:
  --gold PATH           an extraction gold set (a file or a folder of them)
  --clusters DIR        a clustering gold set
  --real-clusters DIR   the real days' clustering gold (needs --texts)
  --texts DIR           the bench folder the real gold's references are read from
  --split S             dev, heldout or all (the default) of the real gold's texts or days
  --set NAME            one set of the real gold only, or the real days of one set (ru-telegram-news-2024,
                        en-news-rss-2022-23; default: every set)
  --misses N            how many misses to list (default 20; with --real-clusters, how many posts of each dev day to
                        list with their gold and system labels)
  --json                machine-readable figures (default: text)
  --learned             the learned step with its shipped model after the rules (default: off, the rules alone)

Examples:
  sitrep eval --gold test/gold/extract
  sitrep eval --gold test/gold/real --texts ../shared/bench --split dev --misses 50`,
  demo: `Usage: sitrep demo [--db PATH] [--port N] [--host ADDR]

Ingests the bundled samples/ into the database (already-ingested samples are skipped) and serves the page, printing
its URL: first the sources of samples/sources.yaml (one of each kind, local files, with their channels' speakers),
then the report files of samples/.

Options:
${DB} (created if it does not exist)
  --port N          the port (default $PORT, else 8080)
  --host ADDR       the address to listen on (default 127.0.0.1)

Example:
  sitrep demo --db demo.db --port 8081        # then open http://localhost:8081/`,
  watch: `Usage: sitrep watch [--db PATH] [--once] [--allow-private] [--learned] <sources.yaml>

Polls each source on its interval (poll:, default 10m) and stores what is new; --once polls every source once and
exits (exit code 1 when a source failed or an item in it did, such as a broken JSONL line; 'sitrep sources' shows
that last error). Without --once it first prints how many sources it watches and which are due now, or when the
next poll is; then one line per source polled. Each round's result ("kursk: 2 new, 0 updated, 14 seen, 0 failed")
goes to stdout; a source's error, the start line, a long round's progress and sources.yaml reloads go to stderr,
as ingest's failures do, and so does ingest's hint for a Telegram channel named like a person with no speaker
in its row ("artamonov: hint: the channel ... names no role"), once per source in a run, not every poll.
Web sources are fetched with a conditional GET
(ETag, If-Modified-Since), a 20 s deadline, a 10 MiB limit and at most 5 redirects, two requests at a time per host;
a failing source, web or file, backs off exponentially with jitter (one refused by a setting, such as a loopback
address without --allow-private, is polled again as soon as watch starts, since the setting may have changed).
Loopback, private and link-local addresses are refused after DNS resolution (and the address checked is the one
connected to) unless allow_private in the file or --allow-private (loopback and private) allows them; no file:
URLs. A telegram row with
a t.me url reads https://t.me/s/<channel>, paging back with ?before=<id> to posts made while watch was down. An
edited post updates its report; the old text is kept as a revision. A post deleted from an export read whole (a
Telegram result.json, a JSONL file) is named once as gone, in the round's line and in 'sitrep status' with its
report's id; the report stays in its incident (a deletion retracts no figure). A guid a feed lists twice keeps its
first listing; the other is skipped, naming the guid.
The sources file is read again before each round: a row added or removed takes effect without a restart (a file
that no longer loads keeps the rows of before, with one line saying why; allow_private is read at start only).
Killing watch at any moment loses nothing and stores nothing twice: run it again. Ctrl-C (SIGINT) or SIGTERM ends
the round under way, then stops as ingest does: one line on stderr with the reports this run stored, exit code 130
or 143. During a folder's round a signal says at once how far it has come; no further file is read, what was read
is stored and its nights resolved (a second signal stops at once). A round of a folder that runs over 10 s logs how
far it has come every 10 s; a folder's new files are read as ingest reads them (extraction workers, batches).
A database it cannot write (read-only, disk full) stops it with one line naming the database and the cause, exit
code 4; what was stored before is whole, and a run after the fix goes on from there.

Options:
${DB} (created if it does not exist)
  --once            poll every source once, then exit (default: keep polling until Ctrl-C or SIGTERM)
  --allow-private   let sources reach loopback and private addresses (as allow_private: true in the file)
  --learned         the learned step with its shipped model after the rules (opt-in; ARCHITECTURE.md, "A learned
                    step"); default: the rules alone

Examples:
  sitrep watch --db night.db --once samples/sources.yaml
  sitrep watch --db night.db samples/sources.yaml`,
  sources: `Usage: sitrep sources [--db PATH] [--json] <sources.yaml>

Lists each source of the registry: id, kind, speaker, when it last succeeded, how many items it has given, when
its last error happened and what it was (kept after later successes: compare the two times; cut to 40 characters,
ending in …: --json prints it whole) and its url or path. The state comes from the database (none yet: every
source is "never"). A telegram row with no speaker whose channel is named like a person or an office (by the name
its own stored posts carry, not its forwards nor a text another source stored first, else the row's name) shows
speaker "- (hint below)" and a "hint:" line after the table
(--json: "hint"), as ingest and watch say it.

sources.yaml rows: id, kind (text|html|feed|telegram|jsonl), url or path (relative to the file), name, language,
time_zone, poll (30s, 10m, 1h), speaker { person, role, region } for a person's or a body's own channel (a post that
names no speaker is theirs; an outlet has none), full_text (feeds of summaries). allow_private: true at the top
lets fetches reach loopback and private addresses. See samples/sources.yaml.
speaker.role (required in a speaker) is one of:
  ${list(CLAIMANT_ROLES, 2)}
speaker.person is the person's name (optional: a body's channel has none); speaker.region the region the speaker
answers for, as --region takes it: a code (RU-KRS: sitrep regions lists them) or a region's name in English,
Russian or Ukrainian (Kursk, «Курская»). A Telegram channel named after a person ("Ігор Терехов (Telegram)")
names no role: without a speaker, what its posts attribute to no one has no claimant (ingest hints so for a
channel named like a person or an office, never for an outlet's, which speaks for no one).

Options:
${DB}; read only if it exists (without one,
                    every source is "never")
  --json            the rows as JSON, every error whole (default: the table)

Example:
  sitrep sources --db night.db samples/sources.yaml`,
};
