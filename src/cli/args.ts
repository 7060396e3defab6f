import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.ts';
import { closest } from '../core/suggest.ts';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** node:util parseArgs with our usage errors: an unknown option is a clear one-line message and exit code 2. */
export function parse(
  argv: string[],
  options: OptionSpec,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: negativeValuesJoined(argv, options),
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError(argsMessage(error, Object.keys(options)));
  }
}

/** `--limit -1` as `--limit=-1`: parseArgs takes a value that starts with '-' for an option of its own and answers
 *  "argument is ambiguous … use '--limit=-XYZ'", Node's words and not the user's mistake. Joined, the value reaches
 *  the option's own check, which says what it takes ("--limit takes a whole number of 1 or more, got -1"). Only a
 *  number is joined: `--source -` or `--db --help` keep parseArgs' reading. */
function negativeValuesJoined(argv: readonly string[], options: OptionSpec): string[] {
  const takesValue = (token: string): boolean => {
    if (token.startsWith('--')) return options[token.slice(2)]?.type === 'string';
    if (/^-[a-zA-Z]$/.test(token))
      return Object.values(options).some((o) => o.short === token[1] && o.type === 'string');
    return false;
  };
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    if (next !== undefined && /^-\d/.test(next) && takesValue(token)) {
      out.push(token.startsWith('--') ? `${token}=${next}` : `${token}${next}`);
      i++;
    } else out.push(token);
  }
  return out;
}

/** parseArgs' errors in one short line: the option at fault and, for a typo, the option it was likely meant to be.
 *  (parseArgs' own text explains `--` for positionals that start with '-', which is never what a typo needs.) */
function argsMessage(error: unknown, known: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /option '(-{1,2}[^' =]+)/i.exec(message)?.[1];
  if (option === undefined) return message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const meant = option.startsWith('--') ? closest(option.slice(2), known) : null;
    return `unknown option ${option}${meant ? ` (did you mean --${meant}?)` : ''}`;
  }
  if (/argument missing/.test(message)) return `${option} needs a value`;
  if (/does not take an argument/.test(message)) return `${option} takes no value`;
  return message;
}

export function str(values: Record<string, string | boolean | undefined>, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
}

/** A whole-number option of at least `min`: "--limit takes a whole number of 1 or more, got -1". */
export function int(values: Record<string, string | boolean | undefined>, key: string, min = 0): number | undefined {
  const v = str(values, key);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n)) throw new UsageError(`--${key} takes a whole number, got "${v}"`);
  if (n < min) throw new UsageError(`--${key} takes a whole number of ${min} or more, got ${v.trim()}`);
  return n;
}

export function dbPath(values: Record<string, string | boolean | undefined>): string {
  return str(values, 'db') ?? process.env.SITREP_DB ?? 'sitrep.db';
}

/** The database of a command that only reads one: a path that does not exist is refused, since opening it would
 *  create an empty database and answer "no incidents" to a typo. Only `ingest`, `watch` (and `demo`) create one. */
export function existingDbPath(values: Record<string, string | boolean | undefined>): string {
  const path = dbPath(values);
  if (path === ':memory:' || /^postgres(ql)?:\/\//i.test(path) || existsSync(path)) return path;
  const from =
    str(values, 'db') !== undefined ? '--db' : process.env.SITREP_DB !== undefined ? '$SITREP_DB' : 'the default';
  throw new UsageError(
    `no database at ${path} (from ${from}): check the path, or create it with \`sitrep ingest --db ${path} <files>\``,
  );
}

/** The port to serve on: --port, else $PORT, else 8080; a value that is no port is a usage error naming its source. */
export function portOf(values: Record<string, string | boolean | undefined>): number {
  const flag = str(values, 'port');
  const env = process.env.PORT;
  const [raw, from] =
    flag !== undefined ? [flag, '--port'] : env !== undefined && env !== '' ? [env, 'PORT'] : ['8080', ''];
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n > 65535) {
    throw new UsageError(`${from} takes a port number from 0 to 65535, got "${raw}"`);
  }
  return n;
}
