// One reading of the list filters for the API and the CLI: region names become codes (a name that matches nothing
// is an error, not an empty list) and free text also finds incidents by their regions' names in any language.
import { InvalidFieldError, UsageError } from '../core/errors.ts';
import { INCIDENT_STATUSES, type IncidentStatus, queryKey } from '../core/incident-query.ts';
import { closest } from '../core/suggest.ts';
import { FACT_KINDS, WEAPONS, type Weapon } from '../core/types.ts';
import type { IncidentListFilter } from '../store/index.ts';
import { calendarProblem } from './iso.ts';
import { regionCodesMentioning, resolveRegions } from './region-names.ts';
import { airportCodesNamed, isAirportCode, weaponsNamed } from './search-terms.ts';

export interface RawIncidentFilter {
  /** Codes or names, each maybe comma-separated: ['Kursk', 'UA-63,UA-59']. */
  region?: readonly string[];
  kind?: string;
  weapon?: string;
  status?: string;
  q?: string;
  since?: string;
  until?: string;
  /** Nights as the store keys them (YYYY-MM-DD), inclusive. */
  firstNight?: string;
  lastNight?: string;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** The weapon class asked for, or a usage error that names the class a word for it means: "drone" and «дрони» are
 *  the class uav in the search's own lexicon words (`--q drones` finds them), "missle" is a typo of missile. Only the
 *  valid values were listed, though the search already knew what the word meant (ux40 #13). */
function weaponOf(value: string | undefined): Weapon | undefined {
  if (value === undefined || (WEAPONS as readonly string[]).includes(value)) return value as Weapon | undefined;
  const classes = [...new Set(weaponsNamed(value).map((w) => w.type))];
  const meant = classes.length > 0 ? classes : [closest(value, WEAPONS)].filter((w) => w !== null);
  const hint = meant.length > 0 ? ` (did you mean ${meant.join(' or ')}?)` : '';
  throw new UsageError(`weapon must be one of ${WEAPONS.join(', ')}${hint}`);
}

// A time of day with no zone after it: '2025-06-21T06:59', '2025-06-21T06:59:00.5', '2025-06-21 06:59' (RFC 3339's
// space for the T, which Date.parse also reads in the server's zone).
const NO_OFFSET = /[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

function iso(name: string, value: string | undefined): string | undefined {
  const wrong = value === undefined ? null : calendarProblem(value);
  if (wrong !== null) throw new InvalidFieldError(name, `${name} (${value}) names no real time: ${wrong}`);
  if (value !== undefined && Number.isNaN(Date.parse(value))) {
    throw new InvalidFieldError(name, `${name} must be an ISO 8601 time like 2025-05-07T03:00:00+03:00`);
  }
  // Read silently as the server's zone (UTC), 06:59 in Moscow would be 09:59 there: the window is the caller's to say.
  // A date alone ('2025-05-12') stays that day from 00:00 UTC; the page's period is nights, sent as first_night/last_night.
  if (value !== undefined && NO_OFFSET.test(value)) {
    throw new InvalidFieldError(
      name,
      `${name} (${value}) has a time of day but no offset: add one, e.g. ${value}+03:00 (in a URL, send + as %2B), or Z for UTC`,
    );
  }
  return value;
}

function nightKey(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new InvalidFieldError(name, `${name} must be a night as YYYY-MM-DD, like 2025-05-07`);
  }
  const wrong = calendarProblem(value);
  if (wrong !== null) throw new InvalidFieldError(name, `${name} (${value}) names no real day: ${wrong}`);
  return value;
}

/** The error names its field, so the API's 400 carries `field: "region"`. */
function regionsOf(values: readonly string[]): string[] {
  try {
    return resolveRegions(values);
  } catch (error) {
    if (error instanceof UsageError) throw new InvalidFieldError('region', error.message);
    throw error;
  }
}

export function incidentFilter(raw: RawIncidentFilter): IncidentListFilter {
  const since = iso('since', raw.since);
  const until = iso('until', raw.until);
  // An empty window is a slip (the two swapped), not a question whose answer is "nothing": say so.
  if (since !== undefined && until !== undefined && Date.parse(since) > Date.parse(until)) {
    throw new InvalidFieldError('until', `until (${until}) is before since (${since}): the window is empty`);
  }
  const firstNight = nightKey('first_night', raw.firstNight);
  const lastNight = nightKey('last_night', raw.lastNight);
  if (firstNight !== undefined && lastNight !== undefined && firstNight > lastNight) {
    throw new InvalidFieldError(
      'last_night',
      `last_night (${lastNight}) is before first_night (${firstNight}): no night is between them`,
    );
  }
  const text = raw.q?.trim().toLocaleLowerCase();
  const key = text ? queryKey(text) : undefined;
  const regions = raw.region && raw.region.length > 0 ? regionsOf(raw.region) : undefined;
  return {
    ...(regions ? { regions } : {}),
    ...(raw.kind !== undefined ? { kind: oneOf('kind', raw.kind, FACT_KINDS) } : {}),
    ...(raw.weapon !== undefined ? { weapon: weaponOf(raw.weapon) } : {}),
    ...(raw.status !== undefined ? { status: oneOf<IncidentStatus>('status', raw.status, INCIDENT_STATUSES) } : {}),
    ...(text
      ? {
          text,
          textRegions: regionCodesMentioning(text),
          textAirports: airportCodesNamed(text),
          ...(isAirportCode(text) ? { textIsAirportCode: true } : {}),
          textWeapons: weaponsNamed(text),
        }
      : {}),
    ...(key !== undefined ? { textKey: key } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
    ...(firstNight !== undefined ? { firstNight } : {}),
    ...(lastNight !== undefined ? { lastNight } : {}),
  };
}
