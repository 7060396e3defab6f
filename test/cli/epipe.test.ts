// Output piped into a reader that stops early (`sitrep status | head -1`) ended in an unhandled EPIPE stack and exit
// code 1 (fixen40a): the reader closing the pipe is no failure of the command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));

test('a reader that closes the pipe early ends the command quietly with exit 0', () => {
  // Far more output than a pipe holds (64 KiB), so the command is still writing when `head` has gone.
  // Each line its own figure, so no two facts fold into one.
  const text = Array.from({ length: 400 }, (_, i) => `Над Курской областью сбиты ${i + 2} беспилотника.`).join('\n');
  const r = spawnSync(
    'bash',
    [
      '-c',
      `set -o pipefail; "${process.execPath}" "${bin}" extract --published 2025-06-10T06:00:00+03:00 - | head -c 100 >/dev/null`,
    ],
    { input: text, encoding: 'utf8' },
  );
  assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/);
  assert.equal(r.status, 0);
});
