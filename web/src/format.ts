// Values in words for people: counts ("over 70", "about 30"), weapons ("Shahed-type drones"), roles, times in the
// reader's zone with Kyiv and Moscow time for a tooltip, relative times. Pure functions of their arguments.
import type { Claimant, Count, Fact, Incident } from '../../src/core/types.ts';
import type { Strings, UiLang } from '../i18n/index.ts';
import { latinName } from './latin-name.ts';

export function countText(count: Count | null | undefined, t: Strings): string | null {
  if (!count) return null;
  if (count.value !== null) return count.approx ? `${t.about} ${count.value}` : String(count.value);
  if (count.min !== null && count.max !== null && count.min !== count.max) return `${count.min}–${count.max}`;
  // Say it as the report did: "at least 10" is min 10, «сотни» min 200 (a bare plural, by its least value), "over
  // 70" min 71; a count stored before `said` was kept reads as "over".
  if (count.min !== null && count.said === 'at_least') return `${t.atLeast} ${count.min}`;
  if (count.min !== null && count.said === 'vague') return t.vague[String(count.min)] ?? `${t.atLeast} ${count.min}`;
  if (count.min !== null) return `${t.plus} ${count.min - 1}`;
  if (count.max !== null) return `≤ ${count.max}`;
  return null;
}

/** What a weapon's count is in an incident (or fact) of this kind: destroyed in an interception, struck otherwise
 *  ("Two drones struck …" destroyed none). */
export function countWord(kind: string, t: Strings): string {
  return kind === 'interception' ? t.destroyed : t.struck;
}

/** A fact field's label; `count` says what it counts for the fact's kind. */
export function fieldLabel(field: string, kind: string | undefined, t: Strings): string {
  if (field === 'count' && kind !== undefined) return countWord(kind, t);
  return (t.fields as Record<string, string>)[field] ?? field;
}

export function weaponText(weapon: string | null, model: string | null | undefined, t: Strings): string {
  const name = weapon ? ((t.weapons as Record<string, string>)[weapon] ?? weapon.replace(/_/g, ' ')) : '';
  return model ? t.modelOf(model, name) : name;
}

export function kindText(kind: string, t: Strings): string {
  return (t.kinds as Record<string, string>)[kind] ?? kind.replace(/_/g, ' ');
}

/** A fact's kind in words: an airport lifting («ограничения сняты») is told apart from the closure it ends, and an
 *  all-clear («Отбой ракетной опасности») from the alarm it ends. */
export function factKindText(f: Pick<Fact, 'kind' | 'detail'>, t: Strings): string {
  if (f.kind === 'alert' && f.detail === 'all clear') return t.allClearKind;
  return f.kind === 'airport_disruption' && f.detail === 'restrictions lifted' ? t.liftedKind : kindText(f.kind, t);
}

/** A damage's detail ("windows, hospital") in the reader's language, word by word; a word the page has no string for
 *  stays as the API gave it. */
export function detailText(detail: string, t: Strings): string {
  const words = t.details as Record<string, string>;
  return detail
    .split(', ')
    .map((w) => words[w] ?? w)
    .join(', ');
}

// The details that name a building of their own (the extractor's `near` details), not a part of the effect's object.
const BUILDINGS = new Set(['hospital', 'clinic', 'school', 'kindergarten']);

/** An effect as one phrase: its kind, then its object with the parts hit ("damage: homes: windows"), then the
 *  buildings it names beside the object ("damage: homes, kindergarten"): a kindergarten is no part of the homes. */
export function effectText(e: { kind: string; object: string | null; detail: string | null }, t: Strings): string {
  const words = (e.detail ?? '').split(', ').filter((w) => w !== '');
  const parts = words.filter((w) => !BUILDINGS.has(w));
  const buildings = words.filter((w) => BUILDINGS.has(w));
  const object = e.object ? (t.objects as Record<string, string>)[e.object] : null;
  const hit = [object, parts.length > 0 ? detailText(parts.join(', '), t) : null].filter(Boolean).join(': ');
  const what = [hit, buildings.length > 0 ? detailText(buildings.join(', '), t) : null].filter(Boolean).join(', ');
  return [t.kinds[e.kind as keyof typeof t.kinds] ?? e.kind, what].filter(Boolean).join(': ');
}

/** How an airport disruption ended, as the page says it under the window: "restrictions lifted at" and the stated
 *  time, or that it was lifted with no time stated; an alert, "all clear at" its time; null when no report says it
 *  was lifted. */
export function liftedNote(
  i: Pick<Incident, 'lifted' | 'lifted_at'> & { kind?: Incident['kind'] },
  t: Strings,
): { label: string; at: string | null } | null {
  if (i.kind === 'alert') return i.lifted_at ? { label: t.allClearAt, at: i.lifted_at } : null;
  if (i.lifted_at) return { label: t.liftedAt, at: i.lifted_at };
  return i.lifted ? { label: t.liftedNoTime, at: null } : null;
}

/** "Oleh Kiper (governor)": the claimant in the reader's words, a person's name in the page's script (Latin on the
 *  English page, as regions and roles are in English there). `asWritten` keeps the name as the report wrote it, for
 *  the evidence. */
export function claimantText(c: Claimant | null | undefined, t: Strings, asWritten = false): string {
  if (!c) return '';
  // A body by its own name («Росавиация») stands where a person's name would, as in the CSV.
  const who = c.name ?? c.institution ?? null;
  const name = who && !asWritten && t.nameScript === 'latin' ? latinName(who) : who;
  const role = c.role ? ((t.roles as Record<string, string>)[c.role] ?? c.role) : null;
  // The channel they spoke on, when the report names one: "Vladislav Shapsha (governor, Telegram)".
  // "Ihor Terekhov (Kharkiv Mayor)": a channel whose own name holds the role says it; the role is not said twice.
  const said = role && name && c.channel && wordIn(role, c.channel) ? null : role;
  const about = [said, name ? c.channel : null].filter(Boolean).join(', ');
  if (name) return about ? `${name} (${about})` : name;
  return role ?? c.channel ?? '';
}

/** Whether `words` stand whole in `text`, in any case ("mayor" in "Kharkiv Mayor"; not "air" in "Airport"). */
function wordIn(words: string, text: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const LOCALE: Record<UiLang, string> = { en: 'en-GB', ru: 'ru-RU', uk: 'uk-UA' };

/** "13 May, 07:30" in the reader's zone (or the one given); `named` adds the zone ("07:30 CET"), so a reader outside Kyiv
 *  and Moscow is never left guessing whose clock the page shows. */
export function timeText(iso: string, lang: UiLang, timeZone?: string, named = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    ...(named ? { timeZoneName: 'short' as const } : {}),
  }).format(d);
}

/** "17 Nov 2024": the date alone, in the reader's zone (or the one given). */
export function dateText(iso: string, lang: UiLang, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(d);
}

/** What a list says of an incident's time. A window as wide as a day or more knows no hour: its end (the next
 *  midnight in Moscow, 22:00 in Berlin) read as a single time says the event happened then. Such a window is said by
 *  its date (a day's, by its middle, which stays on the same date on any clock near Europe's), a week's as its two
 *  dates; a narrower one by its end, when the night's news is complete. `at` is the instant for `<time datetime>`
 *  and the relative age. */
export function whenText(
  when: { start: string; end: string; precision: string },
  lang: UiLang,
  timeZone?: string,
): { text: string; at: string; named: boolean } {
  if (when.precision === 'day' || when.precision === 'evening') {
    const mid = new Date((Date.parse(when.start) + Date.parse(when.end)) / 2);
    if (!Number.isNaN(mid.getTime()))
      return { text: dateText(mid.toISOString(), lang, timeZone), at: when.end, named: false };
  }
  if (when.precision === 'week') {
    // The end is the first instant after the window: its date is the day after the last.
    const last = new Date(Date.parse(when.end) - 1).toISOString();
    return {
      text: `${dateText(when.start, lang, timeZone)} – ${dateText(last, lang, timeZone)}`,
      at: when.end,
      named: false,
    };
  }
  return { text: timeText(when.end, lang, timeZone, true), at: when.end, named: true };
}

/** The tooltip of a time: the same instant on Kyiv's and Moscow's clocks. */
export function zonesTitle(iso: string, lang: UiLang, t: Strings): string {
  return `${t.kyiv}: ${timeText(iso, lang, 'Europe/Kyiv')} · ${t.moscow}: ${timeText(iso, lang, 'Europe/Moscow')}`;
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 h ago", «3 ч назад»: the largest whole unit. */
export function relativeText(iso: string, now: Date, lang: UiLang): string {
  const ms = new Date(iso).getTime() - now.getTime();
  // numeric: 'always' says "1 yr ago" rather than "last yr", which reads as a calendar year.
  const fmt = new Intl.RelativeTimeFormat(LOCALE[lang], { numeric: 'always', style: 'short' });
  for (const [unit, size] of STEPS) {
    if (Math.abs(ms) >= size) return fmt.format(Math.trunc(ms / size), unit);
  }
  return fmt.format(0, 'minute');
}

/** A day in the reader's calendar, YYYY-MM-DD. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Only http(s) links are made clickable: a report's url is untrusted (javascript:, data:). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const HOUR = 3_600_000;

/** The night an instant belongs to, as the store keys nights: the UTC+3 date six hours after it, so a night runs
 *  from 18:00 to 18:00 Kyiv/Moscow time and the morning's reports stay with the attack before them. */
export function nightOf(iso: string): string {
  return new Date(new Date(iso).getTime() + 9 * HOUR).toISOString().slice(0, 10);
}

/** Every night from first to last, inclusive. */
export function nightRange(first: string, last: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end && out.length < 3700; t += 24 * HOUR) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** What a step of a count's history is, beside its value: a correction ("14, not 12 as reported earlier"), a value a
 *  later correction superseded, or a plain step of a running tally (null). */
export function tallyStepNote(
  steps: readonly { correction?: boolean }[],
  index: number,
): 'correction' | 'corrected' | null {
  if (steps[index]?.correction) return 'correction';
  return steps.slice(index + 1).some((s) => s.correction) ? 'corrected' : null;
}

/** A history whose every later step corrects the one before is no running tally: "12, corrected to 14" is one
 *  figure, fixed, not 12 and then two more. */
export function onlyCorrections(steps: readonly { correction?: boolean }[]): boolean {
  return steps.length > 1 && steps.slice(1).every((s) => s.correction);
}
