import { UsageError } from '../core/errors.ts';
import { evalClusters, evalExtraction, evalReal } from '../eval/run.ts';
import { formatScore } from '../eval/score-extract.ts';
import { int, parse, str } from './args.ts';
import { HELP } from './help.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function runEval(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    gold: { type: 'string' },
    clusters: { type: 'string' },
    misses: { type: 'string' },
    texts: { type: 'string' },
    split: { type: 'string' },
    set: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(HELP.eval);
    return 0;
  }
  const gold = str(values, 'gold');
  const clusters = str(values, 'clusters');
  if (!gold && !clusters) throw new UsageError('eval needs --gold <file|dir> or --clusters <dir>');
  const now = new Date();
  const texts = str(values, 'texts');
  const split = str(values, 'split') ?? 'all';
  if (!['dev', 'heldout', 'all'].includes(split)) throw new UsageError('--split must be dev, heldout or all');
  if (gold && texts) {
    const setName = str(values, 'set');
    const r = evalReal(gold, texts, now, {
      split: split as 'dev' | 'heldout' | 'all',
      ...(setName ? { set: setName } : {}),
    });
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
    const { score, reports } = evalExtraction(gold, now);
    if (values.json) console.log(JSON.stringify({ reports, fields: score.fields }, null, 2));
    else
      console.log(
        `Extraction against ${gold} (${reports} reports)\n${formatScore(score, int(values, 'misses') ?? 20)}`,
      );
  }
  if (clusters) {
    const r = await evalClusters(clusters, now);
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
