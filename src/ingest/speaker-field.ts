// Who speaks in a report, as the input itself says it: a JSON Lines line's `speaker` object, a front-matter block's
// `speaker:` line. Both take the mapping a sources.yaml row's `speaker` takes, { person?, role, region? }, read here
// once so that every entrance means the same by it. Pure.
import { parse as parseYaml } from 'yaml';
import { CLAIMANT_ROLES, type ClaimantRole } from '../core/types.ts';

export interface SpeakerField {
  person: string | null;
  role: ClaimantRole;
  region: string | null;
}

/** What a field that is no speaker is told: the shape and the roles. */
export const SPEAKER_SHAPE = `{ "person"?, "role", "region"? } with role one of ${CLAIMANT_ROLES.join(', ')}`;

/** { "person": "Oleh Kiper", "role": "military_administration", "region": "UA-51" } (person and region optional) as
 *  a speaker; null when absent, 'bad' when it is no such mapping. */
export function speakerField(value: unknown): SpeakerField | null | 'bad' {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return 'bad';
  const s = value as Record<string, unknown>;
  if (!(CLAIMANT_ROLES as readonly unknown[]).includes(s.role)) return 'bad';
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  return { person: text(s.person), role: s.role as ClaimantRole, region: text(s.region) };
}

/** A front matter's `speaker:` value, written as sources.yaml writes it, a flow mapping on one line
 *  (`{ person: Oleh Syniehubov, role: military_administration, region: UA-63 }`), or as JSON Lines writes it (JSON);
 *  'bad' for anything else (a bare name says no role). An empty value is no speaker. */
export function frontMatterSpeaker(value: string | undefined): SpeakerField | null | 'bad' {
  if (value === undefined || value.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch {
    return 'bad';
  }
  return parsed === null ? null : speakerField(parsed);
}
