// Reads files, directories and stdin into RawInput items, one at a time. Every problem becomes an
// InputFailure for that one input, so a batch of 10,000 files with three bad ones still ingests 9,997.
import { createReadStream, type Dirent, readdirSync, readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
import { opendir, realpath } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { InputFailure, InputItem } from '../../source.ts';
import { REPORT_EXTENSIONS } from '../kinds.ts';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** A project's own papers, not reports: `npm start` once read samples/README.md and made seven incidents of its
 *  table. Matched on the name before any extension: README, README.md, LICENSE.txt, CHANGELOG.md… */
const NOT_REPORTS =
  /^(?:readme|licen[cs]e|copying|changelog|changes|contributing|authors|notice|code_of_conduct|security)(?:\.|$)/i;

export interface ReadInputsOptions {
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
}

/**
 * Yields one item per file, in command-line order; a directory yields its files sorted by name (code-point
 * order, the same on every machine), depth first. Files are read only when the consumer asks for the next
 * item, so a directory of 10,000 files never sits in memory at once.
 */
export async function* readInputs(paths: string[], opts: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of paths) {
    if (input === '-') {
      yield await readStream(input, opts.stdin ?? process.stdin, maxBytes, 'stdin');
      continue;
    }
    let info: Stats;
    try {
      info = statSync(input);
    } catch (err) {
      yield fail(input, osMessage(err, input));
      continue;
    }
    if (info.isDirectory()) {
      yield* readDirectory(input, maxBytes);
    } else {
      yield await readOne(input, info, maxBytes);
    }
  }
}

async function* readDirectory(root: string, maxBytes: number): AsyncGenerator<InputItem> {
  let read = 0;
  let failed = 0;
  let skipped = 0;
  // Real paths of directories already entered: a symlink back up the tree must not loop forever.
  const seen = new Set<string>();
  for await (const item of walk(root, seen, maxBytes)) {
    if (item.ok) read++;
    else if (item.skipped) skipped++;
    else failed++;
    yield item;
  }
  if (read > 0) return;
  const exts = [...REPORT_EXTENSIONS].join(', ');
  yield fail(
    root,
    failed > 0
      ? `no readable files in directory: ${root} (${failed} failed, see above)`
      : `no report files in directory: ${root} (looked for ${exts} or no extension${skipped > 0 ? `; ${skipped} skipped` : ''})`,
  );
}

async function* walk(dir: string, seen: Set<string>, maxBytes: number): AsyncGenerator<InputItem> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = [];
    // Only names are held (tens of bytes each), never contents; sorting needs the whole listing.
    for await (const entry of await opendir(dir)) entries.push(entry);
  } catch (err) {
    yield fail(dir, osMessage(err, dir));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = dir.endsWith('/') ? `${dir}${entry.name}` : `${dir}/${entry.name}`;
    if (entry.name.startsWith('.')) {
      yield skip(path, `hidden ${entry.isDirectory() ? 'folder' : 'file'}, not read`);
      continue;
    }
    let isDir = entry.isDirectory();
    let info: Stats | null = null;
    if (entry.isSymbolicLink()) {
      try {
        info = statSync(path);
        isDir = info.isDirectory();
      } catch (err) {
        yield fail(path, osMessage(err, path));
        continue;
      }
    }
    if (isDir) {
      yield* walk(path, seen, maxBytes);
      continue;
    }
    const notReport = notAReport(entry.name);
    if (notReport !== null) {
      yield skip(path, notReport);
      continue;
    }
    if (info === null) {
      try {
        info = statSync(path);
      } catch (err) {
        yield fail(path, osMessage(err, path));
        continue;
      }
    }
    yield await readOne(path, info, maxBytes);
  }
}

/**
 * How many outcomes reading `paths` will give, for a progress line's "N/total": one per file a folder walk meets (a
 * hidden or unknown file is one skipped outcome), counted from names alone. Null when that cannot be known before
 * reading: stdin, a URL, or a file that may hold many reports (a feed, JSON Lines, a Telegram export).
 */
export function countInputs(paths: readonly string[]): number | null {
  const manyPerFile = (name: string) =>
    ['.xml', '.rss', '.atom', '.rdf', '.json', '.jsonl', '.ndjson'].includes(extname(name).toLowerCase());
  let total = 0;
  const seen = new Set<string>();
  const walkNames = (dir: string): boolean => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(dir);
      if (seen.has(real)) return true;
      seen.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      total += 1;
      return true;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      if (!entry.name.startsWith('.') && entry.isSymbolicLink()) {
        try {
          isDir = statSync(path).isDirectory();
        } catch {
          isDir = false;
        }
      }
      if (isDir && !entry.name.startsWith('.')) {
        if (!walkNames(path)) return false;
      } else if (!entry.name.startsWith('.') && notAReport(entry.name) === null && manyPerFile(entry.name)) {
        return false;
      } else total += 1;
    }
    return true;
  };
  for (const input of paths) {
    if (input === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || manyPerFile(input)) return null;
    let info: Stats;
    try {
      info = statSync(input);
    } catch {
      total += 1;
      continue;
    }
    if (!info.isDirectory()) total += 1;
    else if (!walkNames(input)) return null;
  }
  return total;
}

/** Why a file found in a folder is not read as a report, or null when it is one. */
export function notAReport(name: string): string | null {
  if (NOT_REPORTS.test(name)) return 'not a report (a project file such as README or LICENSE)';
  const ext = extname(name).toLowerCase();
  if (ext === '' || REPORT_EXTENSIONS.has(ext)) return null;
  return `not a report file type (${ext})`;
}

async function readOne(input: string, info: Stats, maxBytes: number): Promise<InputItem> {
  if (info.isFIFO() || info.isCharacterDevice()) {
    // A pipe (`<(cmd)`, /dev/stdin) has no size up front: read it as a stream, with the same limit.
    return readStream(input, createReadStream(input), maxBytes, 'file', info.mtime);
  }
  if (!info.isFile()) return fail(input, `not a regular file: ${input}`);
  // Check the size before reading, so a 5 GB log file costs one stat, not 5 GB of memory.
  if (info.size > maxBytes) return fail(input, tooLarge(formatBytes(info.size), maxBytes));
  if (info.size === 0) return fail(input, 'empty file');
  let bytes: Buffer;
  try {
    // Synchronous on purpose (stat too): a report file is a few kilobytes, and the promise versions' trips through the
    // thread pool cost ten times the CPU (about 0.15 ms a file against 0.015, over 4,000 files of 2 KB) on the thread
    // that also stores the reports.
    bytes = readFileSync(input);
  } catch (err) {
    return fail(input, osMessage(err, input));
  }
  // The file may have changed between stat and read.
  if (bytes.length > maxBytes) return fail(input, tooLarge(formatBytes(bytes.length), maxBytes));
  if (bytes.length === 0) return fail(input, 'empty file');
  return { ok: true, raw: { input, bytes, mtime: info.mtime } };
}

async function readStream(
  input: string,
  stream: NodeJS.ReadableStream,
  maxBytes: number,
  what: 'stdin' | 'file',
  mtime: Date | null = null,
): Promise<InputItem> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      total += buf.length;
      // Stop as soon as the limit is passed: the rest of the stream is never held.
      if (total > maxBytes) {
        const what = input === '-' ? 'input on stdin' : 'input';
        return fail(
          input,
          `${what} too large: over the ${formatBytes(maxBytes, true)} limit (split it, or raise --max-bytes)`,
        );
      }
      chunks.push(buf);
    }
  } catch (err) {
    return fail(input, osMessage(err, input === '-' ? 'stdin' : input));
  }
  if (total === 0) return fail(input, what === 'stdin' ? 'empty input on stdin' : 'empty file');
  return { ok: true, raw: { input, bytes: Buffer.concat(chunks, total), mtime } };
}

function fail(input: string, message: string): InputItem {
  const failure: InputFailure = { input, message };
  return { ok: false, failure };
}

function skip(input: string, message: string): InputItem {
  return { ok: false, failure: { input, message }, skipped: true };
}

function tooLarge(size: string, maxBytes: number): string {
  return `file too large: ${size} > ${formatBytes(maxBytes, true)} limit (split it, or raise --max-bytes)`;
}

/** 52428800 -> "50.0 MiB"; a limit is shown without a needless ".0" ("10 MiB"). */
function formatBytes(n: number, trim = false): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, 'GiB'],
    [1024 * 1024, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (n >= size) {
      const text = (n / size).toFixed(1);
      return `${trim && text.endsWith('.0') ? text.slice(0, -2) : text} ${unit}`;
    }
  }
  return `${n} bytes`;
}

/** Node's errors read "ENOENT: no such file or directory, stat 'x'"; people want the reason and the path. */
const OS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'not a directory (a part of the path is a file)',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files (raise ulimit -n)',
  EIO: 'input/output error',
};

function osMessage(err: unknown, path: string): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const reason = code !== undefined ? OS_REASONS[code] : undefined;
  if (reason !== undefined) return `${reason}: ${path}`;
  const text = err instanceof Error ? err.message : String(err);
  return `cannot read ${path}: ${text.split('\n')[0]}`;
}
