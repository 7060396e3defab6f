import type { Count, Fact } from '../core/types.ts';

function countToken(c: Count | null): string {
  if (!c) return '-';
  if (c.value !== null) return String(c.value);
  return `${c.min ?? ''}..${c.max ?? ''}`;
}

/** What a fact claims, without its wording or language: kind|region|weapon|count, e.g. 'interception|RU-KLU|uav|40'.
 *  A Russian post and its English rewrite give the same keys. The object is left out: which noun a damage or fire
 *  attaches to differs between two wordings of one statement («пошкоджено будинки та автомобілі, пожежу ліквідовано»). */
export function factKey(f: Fact): string {
  // "another 2" is not "2": a running tally's step and a first total of the same size are different claims.
  const count = f.increment && f.count ? `+${countToken(f.count)}` : countToken(f.count);
  const key = [f.kind, f.region?.code ?? '-', f.weapon ?? '-', count];
  // An airport's restriction, its diversions and their lifting are three statements, not one.
  if (f.kind === 'airport_disruption') key.push(f.airports.join(','), f.diverted_to.join(','), f.detail ?? '-');
  return key.join('|');
}
