import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.ts';
import { GoldFormatError, goldFiles } from '../eval/gold-extract.ts';
import { REAL_DAY_SET } from '../eval/gold-real-clusters.ts';
import { type DayEval, evalRealClusters, type RealClusterEval, type Scored } from '../eval/real-clusters.ts';
import { evalClusters, evalExtraction, evalReal } from '../eval/run.ts';
import { formatScore } from '../eval/score-extract.ts';
import { int, parse, str } from './args.ts';
import { HELP } from './help.ts';
import { OPTIONS } from './options.ts';
import { refuseExtraArguments } from './unexpected-argument.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function runEval(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS.eval);
  if (values.help) {
    console.log(HELP.eval);
    return 0;
  }
  await refuseExtraArguments('eval', positionals);
  const gold = str(values, 'gold');
  const clusters = str(values, 'clusters');
  const realClusters = str(values, 'real-clusters');
  if (!gold && !clusters && !realClusters) {
    throw new UsageError('eval needs --gold <file|dir>, --clusters <dir> or --real-clusters <dir> --texts <bench>');
  }
  for (const [flag, path] of [
    ['--gold', gold],
    ['--clusters', clusters],
    ['--real-clusters', realClusters],
    ['--texts', str(values, 'texts')],
  ] as const) {
    if (path !== undefined && !existsSync(path)) throw new UsageError(`${flag} ${path}: no such file or folder`);
  }
  const now = new Date();
  // --learned: the learned step with its shipped model after the rules (off by default: the rules alone).
  const learn = values.learned ? { learned: true } : {};
  const texts = str(values, 'texts');
  const split = str(values, 'split') ?? 'all';
  if (!['dev', 'heldout', 'all'].includes(split)) throw new UsageError('--split must be dev, heldout or all');
  if (realClusters) {
    if (!texts) throw new UsageError('--real-clusters needs --texts <bench dir> (the posts are read from there)');
    const r = await evalRealClusters(
      realClusters,
      texts,
      now,
      split as 'dev' | 'heldout' | 'all',
      learn,
      str(values, 'set'),
    );
    // Held-out days show figures only: their posts and labels are not for reading while changing the code.
    const days = r.days.map((d) => (d.split === 'heldout' ? { ...d, assignments: [], offTopicInIncidents: [] } : d));
    if (values.json) console.log(JSON.stringify({ split, days, total: r.total }, null, 2));
    else console.log(formatRealClusters(days, r.total, values.misses !== undefined ? (int(values, 'misses') ?? 0) : 0));
  }
  if (gold && texts) {
    const setName = str(values, 'set');
    const r = withShortErrors(() =>
      evalReal(gold, texts, now, {
        split: split as 'dev' | 'heldout' | 'all',
        ...(setName ? { set: setName } : {}),
        ...learn,
      }),
    );
    if (values.json) {
      console.log(
        JSON.stringify(
          {
            reports: r.reports,
            split,
            sets: r.scores.map((s) => ({
              set: s.set,
              reports: s.score.reports,
              negatives: s.score.negatives,
              fields: s.score.fields,
            })),
          },
          null,
          2,
        ),
      );
    } else {
      for (const { set, score } of r.scores) {
        const misses = set === 'all' ? 0 : (int(values, 'misses') ?? 10);
        console.log(`\n== ${set} (${split}, ${score.reports} texts)\n${formatScore(score, misses)}`);
      }
    }
  } else if (gold) {
    if (labelsByReference(gold)) {
      throw new UsageError(
        `${gold} labels real texts by reference ("ref"), and the texts are not in the project: add --texts <bench dir> (../shared/bench)`,
      );
    }
    const { score, reports } = withShortErrors(() => evalExtraction(gold, now, learn));
    if (values.json) console.log(JSON.stringify({ reports, fields: score.fields }, null, 2));
    else
      console.log(
        `Extraction against ${gold} (${reports} reports)\n${formatScore(score, int(values, 'misses') ?? 20)}`,
      );
  }
  if (clusters) {
    const r = await evalClusters(clusters, now, learn);
    if (values.json) console.log(JSON.stringify(r, null, 2));
    else {
      console.log(
        `Clustering against ${clusters}: ${r.reports} reports, ${r.goldIncidents} gold incidents, ${r.systemIncidents} system incidents`,
      );
      for (const [name, s] of [
        ['incidents', r.incidents],
        ['origins', r.origins],
      ] as const) {
        console.log(
          `  ${name.padEnd(9)} B-cubed precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.items} items)`,
        );
      }
    }
  }
  return 0;
}

const f3 = (x: number) => x.toFixed(3);

function formatScored(name: string, s: Scored, extra = ''): string[] {
  return (['incidents', 'origins'] as const).map((g) => {
    const { pairwise: p, bcubed: b } = s[g];
    return `  ${name.padEnd(16)} ${g.padEnd(9)} pairwise P ${f3(p.precision)} R ${f3(p.recall)} F1 ${f3(p.f1)}   B-cubed P ${f3(b.precision)} R ${f3(b.recall)} F1 ${f3(b.f1)}${g === 'incidents' ? extra : ''}`;
  });
}

/** One block per day, then the pairs summed over the days; `misses` > 0 lists a dev day's disagreements. */
function formatRealClusters(days: readonly DayEval[], total: RealClusterEval['total'], misses: number): string {
  const lines: string[] = [];
  for (const d of days) {
    lines.push(
      `${d.day}${d.set === REAL_DAY_SET ? '' : ` ${d.set}`} (${d.split}): ${d.posts} posts, ${d.onTopic} on topic (gold), ${d.withFacts} with facts; ${d.goldIncidents} gold incidents, ${d.systemIncidents} system incidents`,
      ...formatScored('sitrep', d.system),
      ...formatScored('one per day', d.oneIncident),
      ...formatScored(
        'text similarity',
        d.textSimilarity,
        `   (best of grid: incidents at ${d.textSimilarity.incidentThreshold}, origins at ${d.textSimilarity.originThreshold})`,
      ),
    );
    if (d.split === 'dev' && d.offTopicInIncidents.length > 0) {
      lines.push(`  off-topic posts in an incident: ${d.offTopicInIncidents.join(', ')}`);
    }
    if (d.split === 'dev' && misses > 0) {
      for (const a of d.assignments.slice(0, misses)) {
        lines.push(`    ${a.ref}  gold ${a.main ?? '-'} / ${a.goldOrigin}  system ${a.incident ?? '-'} / ${a.origin}`);
      }
    }
  }
  if (total && days.length > 1) {
    lines.push(
      `all ${days.length} days (pairs summed; B-cubed the mean of the days)`,
      ...formatScored('sitrep', total.system),
      ...formatScored('one per day', total.oneIncident),
      ...formatScored('text similarity', total.textSimilarity, '   (each day at its own best threshold)'),
      ...formatScored(
        'text, one thr.',
        total.textOneThreshold,
        `   (one threshold for all the days, fitted on ${total.textOneThreshold.fittedOn === 'dev days' ? "the dev days' gold only" : "these same days' gold (in-sample)"}: incidents at ${total.textOneThreshold.incidentThreshold}, origins at ${total.textOneThreshold.originThreshold})`,
      ),
    );
  }
  return lines.join('\n');
}

/** True when the first label of the set names its text by `ref` and carries none: real-text gold (docs/eval.md). */
function labelsByReference(gold: string): boolean {
  const first = goldFiles(gold)[0];
  const line =
    first === undefined
      ? undefined
      : readFileSync(first, 'utf8')
          .split('\n')
          .find((l) => l.trim() !== '');
  if (line === undefined) return false;
  try {
    const row = JSON.parse(line) as Record<string, unknown>;
    return typeof row.ref === 'string' && row.text === undefined;
  } catch {
    return false;
  }
}

/** A broken gold set is the user's input, not a crash: its first problems as a usage error, not 40,000 lines and a stack. */
function withShortErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof GoldFormatError)) throw error;
    const shown = error.errors.slice(0, 20);
    const more = error.errors.length - shown.length;
    throw new UsageError(
      `gold set is invalid (${error.errors.length} problem${error.errors.length === 1 ? '' : 's'}):\n${shown.join('\n')}${more > 0 ? `\n… and ${more} more` : ''}`,
    );
  }
}
