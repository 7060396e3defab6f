// The one line `sitrep resolve` prints when Ctrl-C or SIGTERM stops it, as `ingest` prints its own: a stop that said
// nothing left a user to guess whether the store was half rebuilt (ux40 #13). Each night is written in its own
// transaction, so the nights counted as rebuilt are whole and the rest keep the incidents they had. The line is made
// from counts the run kept, not from the store: a query would wait behind the night being written.

export interface ResolveStop {
  signal: string;
  /** `--all`: the nights rebuilt so far and how many there are (null while stored facts are still being brought up
   *  to the current rules, before the first night). */
  all?: { done: number; total: number | null };
  /** Without --all: the pending nights when the run began and how many of them it rebuilt. */
  pendingBefore: number;
  rebuilt: number;
  /** The command to run again, the database named as the user named it (`sitrep resolve --db k.db`). */
  again: string;
}

/**
 * 'stopped by SIGINT: 120 of 540 night(s) rebuilt; the other 420 keep their incidents of before: run `sitrep resolve
 * --db k.db --all` again to rebuild them'; without --all, how many pending nights were rebuilt and how many are left.
 */
export function resolveStoppedLine(stop: ResolveStop): string {
  const head = `stopped by ${stop.signal}`;
  if (stop.all) {
    const { done, total } = stop.all;
    if (total === null) {
      return `${head} while bringing stored facts up to the current rules, before any night was rebuilt: incidents are as before; run \`${stop.again} --all\` again`;
    }
    if (done >= total) return `${head}: all ${total} night(s) rebuilt`;
    return `${head}: ${done} of ${total} night(s) rebuilt; the other ${total - done} keep their incidents of before: run \`${stop.again} --all\` again to rebuild them`;
  }
  const left = Math.max(0, stop.pendingBefore - stop.rebuilt);
  if (left === 0) return `${head}: ${stop.rebuilt} pending night(s) rebuilt, none left pending`;
  return `${head}: ${stop.rebuilt} of ${stop.pendingBefore} pending night(s) rebuilt, ${left} still pending (\`sitrep status\` lists them): run \`${stop.again}\` again`;
}
