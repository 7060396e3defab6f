import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import type { InputItem } from '../../src/ingest/source.ts';
import { readInputs } from '../../src/ingest/sources/file/client.ts';

const root = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
after(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
function freshDir(): string {
  const dir = join(root, `case-${n++}`);
  mkdirSync(dir);
  return dir;
}

async function collect(gen: AsyncGenerator<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of gen) out.push(item);
  return out;
}

function okText(item: InputItem | undefined): string {
  assert.ok(item?.ok, `expected ok, got ${JSON.stringify(item)}`);
  return Buffer.from(item.raw.bytes).toString('utf8');
}

function failMessage(item: InputItem | undefined): string {
  assert.ok(item !== undefined && !item.ok, `expected a failure, got ${JSON.stringify(item)}`);
  return item.failure.message;
}

describe('readInputs: single files', () => {
  test('reads a file with its path as given and its mtime', async () => {
    const dir = freshDir();
    const path = join(dir, 'report.txt');
    writeFileSync(path, 'Forty drones were shot down.');
    const [item, ...rest] = await collect(readInputs([path], {}));
    assert.equal(rest.length, 0);
    assert.equal(okText(item), 'Forty drones were shot down.');
    assert.ok(item?.ok && item.raw.input === path && item.raw.mtime instanceof Date);
  });

  test('a file named on the command line is read whatever its extension', async () => {
    const path = join(freshDir(), 'page.html');
    writeFileSync(path, '<p>text</p>');
    assert.equal(okText((await collect(readInputs([path], {})))[0]), '<p>text</p>');
  });

  test('missing path', async () => {
    const path = join(root, 'nope.txt');
    const [item] = await collect(readInputs([path], {}));
    assert.equal(failMessage(item), `no such file or directory: ${path}`);
    assert.ok(item !== undefined && !item.ok && item.failure.input === path);
  });

  test('unreadable: a path through a file gives the OS reason', async () => {
    const file = join(freshDir(), 'a.txt');
    writeFileSync(file, 'x');
    const [item] = await collect(readInputs([join(file, 'child.txt')], {}));
    assert.match(failMessage(item), /^not a directory/);
  });

  const isRoot = process.getuid?.() === 0;
  test('unreadable: no permission', { skip: isRoot ? 'root can read any file' : false }, async () => {
    const path = join(freshDir(), 'secret.txt');
    writeFileSync(path, 'x');
    chmodSync(path, 0o000);
    assert.equal(failMessage((await collect(readInputs([path], {})))[0]), `permission denied: ${path}`);
  });

  test('too large: refused from its size alone (a sparse 50 MiB file)', async () => {
    const path = join(freshDir(), 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024);
    const [item] = await collect(readInputs([path], {}));
    assert.equal(failMessage(item), 'file too large: 50.0 MiB > 10 MiB limit (split it, or raise --max-bytes)');
  });

  test('too large: a custom limit', async () => {
    const path = join(freshDir(), 'small.txt');
    writeFileSync(path, 'x'.repeat(100));
    const [item] = await collect(readInputs([path], { maxBytes: 10 }));
    assert.equal(failMessage(item), 'file too large: 100 bytes > 10 bytes limit (split it, or raise --max-bytes)');
  });

  test('empty file', async () => {
    const path = join(freshDir(), 'empty.txt');
    writeFileSync(path, '');
    assert.equal(failMessage((await collect(readInputs([path], {})))[0]), 'empty file');
  });

  test('a failure does not stop the batch', async () => {
    const good = join(freshDir(), 'good.txt');
    writeFileSync(good, 'ok');
    const items = await collect(readInputs([join(root, 'missing.txt'), good], {}));
    assert.equal(items.length, 2);
    assert.equal(items[0]?.ok, false);
    assert.equal(okText(items[1]), 'ok');
  });
});

describe('readInputs: directories', () => {
  test('walks recursively, sorted, listing dotfiles, project files and other extensions as skipped', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'b-sub'));
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'c.md'), 'c');
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'README'), 'readme');
    writeFileSync(join(dir, 'LICENSE.md'), 'MIT');
    writeFileSync(join(dir, 'notes'), 'n');
    writeFileSync(join(dir, 'image.png'), 'png');
    writeFileSync(join(dir, '.env'), 'secret');
    writeFileSync(join(dir, 'b-sub', 'x.markdown'), 'x');
    writeFileSync(join(dir, 'b-sub', 'y.TEXT'), 'y');
    writeFileSync(join(dir, '.hidden', 'z.txt'), 'z');
    const items = await collect(readInputs([dir], {}));
    assert.deepEqual(
      items.map((i) =>
        i.ok
          ? i.raw.input.slice(dir.length + 1)
          : `${i.skipped ? 'SKIP' : 'FAIL'} ${i.failure.input.slice(dir.length + 1)}: ${i.failure.message}`,
      ),
      [
        'SKIP .env: hidden file, not read',
        'SKIP .hidden: hidden folder, not read',
        'SKIP LICENSE.md: not a report (a project file such as README or LICENSE)',
        'SKIP README: not a report (a project file such as README or LICENSE)',
        'a.txt',
        'b-sub/x.markdown',
        'b-sub/y.TEXT',
        'c.md',
        'SKIP image.png: not a report file type (.png)',
        'notes',
      ],
    );
  });

  test('a directory with no text files is a failure for the directory', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'photo.jpg'), 'jpg');
    const items = await collect(readInputs([dir], {}));
    assert.equal(items.length, 2);
    assert.match(failMessage(items[1]), /^no report files in directory: .*; 1 skipped\)$/);
  });

  test('a directory whose files all fail: each failure, then one for the directory', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'a.txt'), '');
    writeFileSync(join(dir, 'b.txt'), '');
    const items = await collect(readInputs([dir], {}));
    assert.deepEqual(
      items.map((i) => (i.ok ? 'ok' : i.failure.message)),
      ['empty file', 'empty file', `no readable files in directory: ${dir} (2 failed, see above)`],
    );
  });

  test('a symlink loop is entered once', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'a.txt'), 'a');
    symlinkSync(dir, join(dir, 'loop'));
    const items = await collect(readInputs([dir], {}));
    assert.deepEqual(
      items.map((i) => i.ok && i.raw.input),
      [join(dir, 'a.txt')],
    );
  });

  test('10,000 files stream: each file is read only when the consumer asks for it', async () => {
    const dir = freshDir();
    const count = 10_000;
    const name = (i: number) => `${String(i).padStart(5, '0')}.txt`;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, name(i)), `report ${i}`);
    const gen = readInputs([dir], {});
    const first = await gen.next();
    assert.equal(first.done, false);
    assert.equal(okText(first.value as InputItem), 'report 0');
    // Changed after the walk began: a reader that had loaded every file up front would still see the old text.
    writeFileSync(join(dir, name(count - 1)), 'changed after the walk began');
    let seen = 1;
    let previous = (first.value as InputItem & { ok: true }).raw.input;
    let last = '';
    for await (const item of gen) {
      assert.ok(item.ok);
      assert.ok(item.raw.input > previous, 'sorted by name');
      previous = item.raw.input;
      last = Buffer.from(item.raw.bytes).toString('utf8');
      seen++;
    }
    assert.equal(seen, count);
    assert.equal(last, 'changed after the walk began');
  });
});

describe('readInputs: stdin', () => {
  test("'-' reads the given stream", async () => {
    const stdin = Readable.from([Buffer.from('Сбиты '), Buffer.from('дроны.')]);
    const [item] = await collect(readInputs(['-'], { stdin }));
    assert.equal(okText(item), 'Сбиты дроны.');
    assert.ok(item?.ok && item.raw.input === '-' && item.raw.mtime === null);
  });

  test('empty stdin', async () => {
    const [item] = await collect(readInputs(['-'], { stdin: Readable.from([]) }));
    assert.equal(failMessage(item), 'empty input on stdin');
  });

  test('stdin over the limit stops reading', async () => {
    const stdin = Readable.from([Buffer.alloc(8, 0x61), Buffer.alloc(8, 0x61)]);
    const [item] = await collect(readInputs(['-'], { stdin, maxBytes: 10 }));
    assert.equal(
      failMessage(item),
      'input on stdin too large: over the 10 bytes limit (split it, or raise --max-bytes)',
    );
  });
});
