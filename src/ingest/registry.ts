// sources.yaml: the channels and sites a user follows, as configuration rows (never code). Pure: YAML text in,
// checked rows out, each problem named by the row and field so the file can be fixed in one go.
//
//   allow_private: false            # true: fetches may reach loopback and private addresses; or a list of
//                                   # loopback, private, link-local
//   sources:
//     - id: kursk-governor          # [a-z0-9-], unique
//       kind: telegram              # text | html | feed | telegram | jsonl
//       url: https://t.me/s/example # or path: relative to this file (read instead; url is then the address)
//       name: Kursk Governor
//       language: ru
//       time_zone: Europe/Moscow
//       poll: 10m                   # seconds, or 30s / 10m / 1h; default 10m
//       speaker: { person: Alexander Khinshtein, role: governor, region: RU-KRS }   # an outlet: leave it out
//                                   # region: what --region takes: a code, or a name in en/ru/uk («Курская»)
import { isAbsolute, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CLAIMANT_ROLES, type ClaimantRole } from '../core/types.ts';
import { SOURCE_KINDS, type SourceKind } from './source.ts';
import { ADDRESS_CLASSES, type AddressClass, allowedClasses } from './sources/http/guard.ts';
import { isTimeZone } from './zoned-time.ts';

/** Who speaks on a channel: a governor's or mayor's own channel. An outlet has none. */
export interface Speaker {
  person: string | null;
  role: ClaimantRole;
  /** What `--region` takes: an ISO 3166-2 code ('RU-KRS') or a region's name in English, Russian or Ukrainian
   *  ('Kharkiv', «Орловская»): where the speaker's posts are about by default. */
  region: string | null;
}

export interface SourceRow {
  id: string;
  kind: SourceKind;
  /** At least one of url and path. A path (already resolved against the sources file's folder) is what is read;
   *  a url beside it is the channel's address. */
  url: string | null;
  path: string | null;
  name: string | null;
  language: 'en' | 'ru' | 'uk' | null;
  time_zone: string | null;
  poll_seconds: number;
  speaker: Speaker | null;
  /** Feeds that carry only summaries: fetch each item's link for the article text. */
  full_text: boolean;
}

export interface Registry {
  sources: SourceRow[];
  /** Address classes fetches may reach: `allow_private: true` is loopback and private; link-local must be named. */
  allow_private: AddressClass[];
}

export const DEFAULT_POLL_SECONDS = 600;

const KNOWN_KEYS = new Set([
  'id',
  'kind',
  'url',
  'path',
  'name',
  'language',
  'time_zone',
  'poll',
  'poll_interval',
  'speaker',
  'full_text',
]);

/** '30s', '10m', '1h', 45 -> seconds; null when it is none of these. */
export function pollSeconds(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)?\s*$/i.exec(value);
  if (!m) return null;
  const unit = (m[2] ?? 's').toLowerCase();
  const n = Number(m[1]) * (unit.startsWith('h') ? 3600 : unit.startsWith('m') ? 60 : 1);
  return n > 0 ? n : null;
}

/** The YAML reader's message with the lines it quotes: "… at line 3, column 1:" announces the lines around the fault
 *  and a caret under it, and cut at its first line it ended on that colon (ux38 #11). Indented under the message. */
function yamlMessage(message: string): string {
  const [head = '', ...rest] = message.split('\n');
  while (rest.length > 0 && rest[0]!.trim() === '') rest.shift();
  while (rest.length > 0 && rest.at(-1)!.trim() === '') rest.pop();
  return rest.length === 0 ? head : [head, ...rest.map((line) => `    ${line}`)].join('\n');
}

/** `isRegion`: whether a speaker's region names one, as `--region` reads it (the caller's: region names live beside
 *  the pipeline, not here); without it, any value passes. */
export function parseRegistry(
  text: string,
  baseDir: string,
  opts: { isRegion?: (value: string) => boolean } = {},
): { registry: Registry; errors: string[] } {
  const errors: string[] = [];
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return {
      registry: { sources: [], allow_private: [] },
      errors: [`not valid YAML: ${yamlMessage((error as Error).message)}`],
    };
  }
  const root =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const list = root?.sources;
  if (!Array.isArray(list)) {
    return { registry: { sources: [], allow_private: [] }, errors: ['expected a top-level "sources:" list'] };
  }
  const allowRaw = root?.allow_private;
  const allowOk =
    allowRaw === undefined ||
    typeof allowRaw === 'boolean' ||
    (Array.isArray(allowRaw) && allowRaw.every((v) => (ADDRESS_CLASSES as readonly unknown[]).includes(v)));
  if (!allowOk) errors.push(`"allow_private" must be true, false or a list of ${ADDRESS_CLASSES.join(', ')}`);
  const allowPrivate = [...allowedClasses(allowRaw)];
  const seen = new Set<string>();
  const sources: SourceRow[] = [];
  list.forEach((raw, i) => {
    const at = `source ${i + 1}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      errors.push(`${at}: must be a mapping with id, kind and url or path`);
      return;
    }
    const r = raw as Record<string, unknown>;
    const where = typeof r.id === 'string' ? `${at} (${r.id})` : at;
    const bad = (field: string, why: string) => errors.push(`${where}: "${field}" ${why}`);
    const before = errors.length;
    for (const key of Object.keys(r)) if (!KNOWN_KEYS.has(key)) bad(key, 'is not a known field');
    const id = typeof r.id === 'string' && /^[a-z0-9][a-z0-9_-]*$/.test(r.id) ? r.id : null;
    if (id === null) bad('id', 'is required: lower-case letters, digits, - and _');
    else if (seen.has(id)) bad('id', 'is used by an earlier source');
    else seen.add(id);
    const kind = (SOURCE_KINDS as readonly unknown[]).includes(r.kind) ? (r.kind as SourceKind) : null;
    if (kind === null) bad('kind', `must be one of ${SOURCE_KINDS.join(', ')}`);
    const url = typeof r.url === 'string' ? r.url.trim() : null;
    const path = typeof r.path === 'string' ? r.path.trim() : null;
    // A path is what is read; a url beside it is the channel's address (a Telegram export's posts get their links).
    if (url === null && path === null) errors.push(`${where}: give a "url" or a "path"`);
    if (url !== null && !/^https?:\/\/[^\s/]+/i.test(url)) bad('url', 'must be an http(s) URL (files go under "path")');
    const optionalString = (field: string): string | null => {
      const v = r[field];
      if (v === undefined || v === null) return null;
      if (typeof v !== 'string') {
        bad(field, 'must be a string');
        return null;
      }
      return v.trim() || null;
    };
    const name = optionalString('name');
    const language = optionalString('language');
    if (language !== null && !['en', 'ru', 'uk'].includes(language)) bad('language', 'must be en, ru or uk');
    const zone = optionalString('time_zone');
    if (zone !== null && !isTimeZone(zone)) bad('time_zone', 'is not a time zone name (e.g. Europe/Moscow)');
    const pollRaw = r.poll ?? r.poll_interval;
    const poll = pollRaw === undefined ? DEFAULT_POLL_SECONDS : pollSeconds(pollRaw);
    if (poll === null) bad('poll', 'must be seconds or like 30s, 10m, 1h');
    let speaker: Speaker | null = null;
    if (r.speaker !== undefined && r.speaker !== null) {
      const s = r.speaker as Record<string, unknown>;
      if (typeof s !== 'object' || Array.isArray(s)) bad('speaker', 'must be a mapping { person, role, region }');
      else if (!(CLAIMANT_ROLES as readonly unknown[]).includes(s.role)) {
        bad('speaker.role', `must be one of ${CLAIMANT_ROLES.join(', ')}`);
      } else {
        const region = typeof s.region === 'string' && s.region.trim() ? s.region.trim() : null;
        if (s.region !== undefined && s.region !== null && typeof s.region !== 'string') {
          bad('speaker.region', 'must be a string: a region code (RU-ORL) or name');
        } else if (region !== null && opts.isRegion && !opts.isRegion(region)) {
          // A value that names no region was accepted silently, and the channel's posts then had no region (ux33 #10).
          bad(
            'speaker.region',
            `"${region}" matches no region: give an ISO 3166-2 code (RU-ORL, UA-63) or a region's name in English, ` +
              'Russian or Ukrainian (see `sitrep regions`)',
          );
        }
        speaker = {
          person: typeof s.person === 'string' && s.person.trim() ? s.person.trim() : null,
          role: s.role as ClaimantRole,
          region,
        };
      }
    }
    if (r.full_text !== undefined && typeof r.full_text !== 'boolean') bad('full_text', 'must be true or false');
    if (errors.length > before || id === null || kind === null) return;
    sources.push({
      id,
      kind,
      url,
      path: path === null ? null : isAbsolute(path) ? path : join(baseDir, path),
      name,
      language: language as SourceRow['language'],
      time_zone: zone,
      poll_seconds: poll ?? DEFAULT_POLL_SECONDS,
      speaker,
      full_text: r.full_text === true,
    });
  });
  return { registry: { sources, allow_private: allowPrivate }, errors };
}
