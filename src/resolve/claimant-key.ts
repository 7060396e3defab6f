import { surnameKey } from '../core/names.ts';
import type { Claimant } from '../core/types.ts';

// Initials ("В.", "V", "А.В.") are not surnames.
const INITIALS = /^(?:\p{L}\.?)+$/u;

function surname(name: string): string | null {
  const words = name
    .normalize('NFC')
    .split(/[\s,]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !(INITIALS.test(w) && w.replace(/\./g, '').length <= 2));
  const last = words.at(-1);
  return last === undefined ? null : last;
}

/** One key for one claimant across scripts and spellings: "Vladislav Shapsha", "Владислав Шапша" and
 *  "Shapsha" all give 'shapsha'; "Олег Синєгубов", "Олег Синегубов" and "Oleh Syniehubov" meet too (the folding
 *  of core/names.ts, the same the scorer uses). With no name the role stands in ('ministry', 'air_force'). */
export function claimantKey(c: Claimant | null): string | null {
  if (!c) return null;
  return (c.name ? nameKey(c.name) : null) ?? c.role ?? null;
}

/** The key of a person's name alone (its surname's), or null: a channel named after its owner ("Вячеслав Гладков")
 *  answers to the key of the claimant who signs its posts. */
export function nameKey(name: string): string | null {
  const last = surname(name);
  if (!last) return null;
  const key = surnameKey(last);
  return key.length > 0 ? key : null;
}

/** Every key one claimant answers to: its surname and its role. An unsigned post on the mayor's channel (role only)
 *  and an article quoting "Mayor Sergei Sobyanin" (both) meet on the role. */
export function claimantKeys(c: Claimant | null): string[] {
  const key = claimantKey(c);
  if (!key) return [];
  return c?.role && c.role !== key ? [key, c.role] : [key];
}
