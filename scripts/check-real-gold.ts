// node --import tsx scripts/check-real-gold.ts <label file or dir> [shared]
// Checks real-gold labels against docs/eval.md and the texts they refer to; prints every problem, scores nothing
// (so a labeller can run it without seeing the extractor's output).
import { join } from 'node:path';
import { GoldFormatError } from '../src/eval/gold-extract.ts';
import { readRealGold } from '../src/eval/gold-real.ts';

const [path, shared = '../shared'] = process.argv.slice(2);
if (!path) {
  console.error('usage: node --import tsx scripts/check-real-gold.ts <file|dir> [shared]');
  process.exit(2);
}
try {
  const gold = readRealGold(path, join(shared, 'bench'));
  const facts = gold.reduce((n, g) => n + g.facts.length, 0);
  console.log(`ok: ${gold.length} labelled texts, ${facts} facts`);
} catch (err) {
  if (!(err instanceof GoldFormatError)) throw err;
  console.error(err.message);
  process.exit(1);
}
