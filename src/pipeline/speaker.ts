// A registry row's speaker as extraction takes it: the claimant of every fact its post attributes to no one, and
// the place a post that names none is about. The registry says who speaks; the channel's name is not guessed from.
import { plainNameOrNull } from '../core/plain-name.ts';
import type { Claimant } from '../core/types.ts';
import { findPlaces, regionInfo } from '../extract/common/gazetteer.ts';
import type { SourceRow } from '../ingest/registry.ts';
import { regionCodesFor } from './region-names.ts';

export interface SpeakerInput {
  claimant: Claimant;
  /** A name the gazetteer knows ('Kursk Oblast', 'Kharkiv'), or null. */
  place: string | null;
}

/** { person: Alexander Khinshtein, role: governor, region: RU-KRS } on a Telegram row -> claimant
 *  { name: 'Alexander Khinshtein', role: 'governor', channel: 'Telegram' }, place 'Kursk Oblast'. */
export function speakerOf(row: Pick<SourceRow, 'kind' | 'name' | 'speaker'>): SpeakerInput | null {
  const s = row.speaker;
  if (s === null) return null;
  const region = s.region;
  const place =
    region === null
      ? null
      : /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(region)
        ? (regionInfo(region)?.name_en ?? null)
        : named(region);
  return {
    claimant: {
      name: plainNameOrNull(s.person),
      role: s.role,
      channel: row.kind === 'telegram' ? 'Telegram' : channelOfRow(row.name, s.person),
    },
    place,
  };
}

/** The channel a row's speaker speaks on: the medium its name closes with in brackets, as publishers are written
 *  ("Ігор Терехов (Telegram)" -> "Telegram"), else the row's name ("Kharkiv City Council"). The whole name would repeat
 *  the speaker's own and nest brackets in `Name (role, channel)` (ux37 #12); a name that is the person's own (a file's
 *  `source: Олег Синєгубов` beside its `speaker:`) names no channel at all, so the claimant does not read
 *  "Олег Синєгубов (military administration, Олег Синєгубов)". */
function channelOfRow(name: string | null | undefined, person: string | null): string | null {
  const plain = plainNameOrNull(name);
  const medium = plain === null ? undefined : /\(([^()]+)\)$/u.exec(plain)?.[1]?.trim();
  if (medium) return medium;
  const own = plainNameOrNull(person);
  if (plain !== null && own !== null && plain.toLocaleLowerCase() === own.toLocaleLowerCase()) return null;
  return plain;
}

/** A region given by name as extraction reads it: the name itself when the gazetteer finds it ('Kharkiv', 'Oryol
 *  Oblast'), else the one region `--region` reads it as («Орловская», 'ru-orl') by its English name, which the
 *  gazetteer knows; such a value was accepted and then placed nothing (ux33 #10). */
function named(region: string): string {
  if (findPlaces(region).some((p) => p.kind !== 'sea')) return region;
  const codes = regionCodesFor(region);
  const only = codes.length === 1 ? regionInfo(codes[0]!) : undefined;
  return only?.name_en ?? region;
}
