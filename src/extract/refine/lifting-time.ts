import { civilDate, civilDay } from '../../core/time-zone.ts';
import type { Fact, TimeSpan } from '../../core/types.ts';

const LIFTED = 'restrictions lifted';
const CLOSURE_REACH_MS = 6 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T.*)$/u;

/** The same wall-clock time one calendar day later, its offset kept as written. */
function nextDay(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const { year, month, date } = civilDate(civilDay(Number(m[1]), Number(m[2]), Number(m[3])) + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(date)}${m[4]}`;
}

/**
 * «В аэропортах Внуково и Домодедово введены ограничения… Ограничения сняты в 05:15.» in a post of 03:40: a lifting
 * told after the closure it ends, in the same report, comes after that closure (its stated time, else at most six
 * hours before the post). A bare clock the time reader placed before that (the latest such time before publication,
 * 05:15 of the day before) is of the next day: the post was updated after it was published, as channels do. Only a clock time (exact or
 * hour) moves; a lifting of other airports than the closure's, or told before it, keeps its time. A clock carried
 * from another sentence is no lifting's time.
 */
export function liftingsAfterClosures(facts: readonly Fact[], published: string): void {
  for (const lifting of facts) {
    const when = lifting.when;
    if (lifting.kind !== 'airport_disruption' || lifting.detail !== LIFTED || !when) continue;
    if (when.precision !== 'exact' && when.precision !== 'hour') continue;
    // «Работа приостановлена до 11:30. … UPD: Режим «Ковёр» снят.»: a lifting that states no time of its own takes
    // none from the sentences before (docs/api.md: a lifting told with no time gives `lifted` alone); the clock
    // there tells the closure.
    if (lifting.fields.when?.inferred) {
      lifting.when = null;
      delete lifting.fields.when;
      continue;
    }
    const closure = facts.findLast(
      (f) =>
        f.kind === 'airport_disruption' &&
        f.detail === null &&
        f.evidence.end <= lifting.evidence.start &&
        f.airports.some((a) => lifting.airports.includes(a)),
    );
    if (!closure) continue;
    // A closure with no time of its own was imposed before its post, by at most the six hours that part two airport
    // episodes (resolve/airport-episodes.ts): a post does not tell as news a closure older than that.
    const since = closure.when ? Date.parse(closure.when.start) : Date.parse(published) - CLOSURE_REACH_MS;
    if (!(Date.parse(when.end) < since)) continue;
    const later: TimeSpan = { start: nextDay(when.start), end: nextDay(when.end), precision: when.precision };
    if (Date.parse(later.end) >= since) lifting.when = later;
  }
}
