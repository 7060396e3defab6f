// A store that cannot be used as a command needs it: read-only, full, unreadable. Such an error is no fault of one
// input and no bug of ours, so it is not recorded per input (the store cannot take the record either) or printed
// as a stack: the command stops with one line naming the store and the cause (StoreFailureError, exit code 4).
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StoreFailureError } from '../core/errors.ts';

/** SQLite's result codes (better-sqlite3 puts them on `code`, extended ones included) -> the cause in words. */
const CAUSES: readonly [RegExp, string][] = [
  [
    /^SQLITE_READONLY_DIRECTORY$/,
    'its folder is read-only for this user, and SQLite keeps a store in WAL mode with -wal and -shm files beside it: copy the file to a folder you can write',
  ],
  [/^SQLITE_READONLY/, 'read-only (the file, its folder or the file system cannot be written by this user)'],
  [/^SQLITE_FULL$/, 'the disk is full'],
  [/^SQLITE_IOERR/, 'an input/output error of the disk'],
  [/^SQLITE_CANTOPEN/, 'the file cannot be opened'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'the file is damaged or is not a Sitrep database'],
  [/^SQLITE_PERM$/, 'permission denied'],
];

/** The cause when `error` is one of a store that cannot be used ("the disk is full"), else null (a bug, a busy
 *  store that waited its time out, a constraint: those keep their own handling). */
export function storeFailureCause(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  for (const [pattern, cause] of CAUSES) if (pattern.test(code)) return cause;
  return null;
}

/** `error` as the one line a command stops with, when it is a store failure; else null. `write`: whether the
 *  command meant to write ("cannot write x.db: the disk is full" / "cannot read x.db: …"). */
export function asStoreFailure(error: unknown, where: string, write: boolean): StoreFailureError | null {
  if (error instanceof StoreFailureError) return error;
  const cause = storeFailureCause(error);
  return cause === null ? null : new StoreFailureError(`cannot ${write ? 'write' : 'read'} ${where}: ${cause}`);
}

/** Before a command that writes opens a store file: a file (or, for a new one, a folder) this user cannot write is
 *  said at once, in one line, rather than after the first report has been read and failed. As root, permissions do
 *  not stop a write, and this check agrees with SQLite (a read-only mount still answers EROFS to both). */
export function assertWritable(path: string): void {
  const target = existsSync(path) ? path : dirname(resolve(path));
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EROFS'
        ? 'read-only file system'
        : target === path
          ? 'read-only (the file is not writable by this user)'
          : `read-only (its folder ${target} is not writable by this user)`;
    throw new StoreFailureError(`cannot write ${path}: ${why}`);
  }
}
