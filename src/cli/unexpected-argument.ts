// Words after a command that takes none, or more than it takes. parseArgs allows positionals for the commands that
// read files, and the rest used to drop them without a word: `sitrep incidents Kursk` listed every incident, exit 0,
// while a typo in an option's name was caught (ux40 #10). A filter word is refused, with the option it fits.
import { UsageError } from '../core/errors.ts';
import { FACT_KINDS, WEAPONS } from '../core/types.ts';

/** A word as a shell would need it typed back: `Kursk` as is, `Kursk Oblast` quoted. */
function typed(arg: string): string {
  return /^[\p{L}\p{N}_.,:+@/-]+$/u.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The `incidents` option a stray word fits, most exact first: a kind, a weapon class, a region (by code or name in
 *  any of the three languages), a weapon's word («дрони», "Shahed"); else free text, which `--q` searches. The region
 *  and weapon tables are the filter's own, loaded only when a word needs them. */
async function incidentsOption(arg: string): Promise<string> {
  if ((FACT_KINDS as readonly string[]).includes(arg)) return `--kind ${arg}`;
  if ((WEAPONS as readonly string[]).includes(arg)) return `--weapon ${arg}`;
  const { regionCodesFor } = await import('../pipeline/region-names.ts');
  if (regionCodesFor(arg).length > 0) return `--region ${typed(arg)}`;
  // "drones" is the class uav; a model's name ("Shahed") is narrower than any class, so free text finds it.
  const { weaponsNamed } = await import('../pipeline/search-terms.ts');
  const named = weaponsNamed(arg);
  const classes = new Set(named.map((w) => w.type));
  if (classes.size === 1 && named.every((w) => w.model === undefined)) return `--weapon ${[...classes][0]}`;
  return `--q ${typed(arg)}`;
}

/**
 * Refuses the positionals past the first `takes` ones, as a usage error (exit 2) naming the first extra word:
 * "unexpected argument 'Kursk' (did you mean --region Kursk?)" for `incidents`, "unexpected argument 'foo': status
 * takes no arguments" elsewhere. `what` says what the command does take when it takes one ("one incident id"), or
 * for one that takes none, what to do instead, the word standing for %s.
 */
export async function refuseExtraArguments(
  command: string,
  positionals: readonly string[],
  takes = 0,
  what = '',
): Promise<void> {
  const extra = positionals[takes];
  if (extra === undefined) return;
  const head = `unexpected argument '${extra}'`;
  if (command === 'incidents') {
    throw new UsageError(`${head} (did you mean ${await incidentsOption(extra)}?): filters are options`);
  }
  if (takes > 0) throw new UsageError(`${head}: ${command} takes ${what}`);
  throw new UsageError(`${head}: ${command} takes no arguments${what ? ` (${what.replace('%s', typed(extra))})` : ''}`);
}
