// Why two posts' origins differ from the gold on a real day (scripts/profile-real-origins.ts, docs/eval-clusters.md
// "Missed origin pairs by cause"). The profile prints, for each pair, the reasons origins.ts gave for a link or the
// blockers that kept the wording rule from one; these functions turn those lines into causes that can be counted
// across days: the reason without its report ids and figures, and, for two posts that were never compared, why their
// blocks differ.
import { localDate, publicationNightKey } from '../resolve/night.ts';

/** A post as origins see it: when it was published, and the blocks (night keys) it was resolved in — its facts'
 *  blocks, or its publication's block when no fact was read from it. */
export interface PostBlocks {
  published: string;
  blocks: readonly string[];
  hasFacts: boolean;
}

/** The kind of one reason or blocker line, without report ids, figures and scores, so that lines of different pairs
 *  count together: "same wording as rep_1a2b (cos=0.29)" is "same wording", "same figure 34 (interception, uav) from
 *  ministry as rep_1a2b" is "same figure", "cosine 0.13 under 0.25" is "cosine under the threshold", "4 content words
 *  shared" is "few content words shared", "same claimant ministry, same facts as rep_1a2b (facts J=1.00)" is "same
 *  claimant, same facts", "lead within rep_1a2b's lead (1.00 of 7 words)" is "lead within another lead". */
export function reasonKind(reason: string): string {
  const line = reason.trim();
  if (/^cosine [\d.]+ under [\d.]+$/u.test(line)) return 'cosine under the threshold';
  if (/^\d+ content words shared$/u.test(line)) return 'few content words shared';
  if (line.startsWith('none (')) return line;
  if (/^lead within rep_/u.test(line)) return 'lead within another lead';
  const claimant = /^same claimant .+?, same facts\b/u.exec(line);
  if (claimant) return 'same claimant, same facts';
  const cut = line.search(/\s(?:as|of|within|to)\s+rep_|\s*\(|\s\d/u);
  return (cut >= 0 ? line.slice(0, cut) : line).trim();
}

/** The parts of a line of reasons (`;` between links) or blockers (`, ` between them), each whole: a comma inside
 *  parentheses ("(interception, uav)") or before "same facts" is part of its reason. */
function parts(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ';' || (c === ',' && !line.startsWith(' same facts', i + 1)))) {
      out.push(line.slice(from, i));
      from = i + 1;
    }
  }
  out.push(line.slice(from));
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

/** The causes of a pair from its lines of reasons or blockers (one side's or both's), each kind once, sorted. */
export function reasonKinds(lines: readonly string[]): string {
  return [...new Set(lines.flatMap(parts).map(reasonKind))].sort().join(' + ');
}

/** Why two posts were never compared (no block in common), or null when they share one. Origins are assigned one
 *  block at a time: a post with facts takes part in its facts' blocks, a post with none in its publication's. */
export function apartCause(a: PostBlocks, b: PostBlocks): string | null {
  if (a.blocks.some((k) => b.blocks.includes(k))) return null;
  const samePublication = publicationNightKey(a.published) === publicationNightKey(b.published);
  if (samePublication && (a.hasFacts || b.hasFacts)) return 'two blocks: facts told of another block than the post';
  if (localDate(a.published) === localDate(b.published)) return 'two blocks: published either side of 22:00';
  return 'two blocks: published on two days';
}
