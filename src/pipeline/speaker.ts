// A registry row's speaker as extraction takes it: the claimant of every fact its post attributes to no one, and
// the place a post that names none is about. The registry says who speaks; the channel's name is not guessed from.
import type { Claimant } from '../core/types.ts';
import { regionInfo } from '../extract/common/gazetteer.ts';
import type { SourceRow } from '../ingest/registry.ts';

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
    region === null ? null : /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(region) ? (regionInfo(region)?.name_en ?? null) : region;
  return {
    claimant: { name: s.person, role: s.role, channel: row.kind === 'telegram' ? 'Telegram' : row.name },
    place,
  };
}
