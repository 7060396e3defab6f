// Golden cases for each kind of source: test/fixtures/ingest/<kind>/<case>/ holds one input file (any name but
// expected.json and context.json), an optional context.json ({ contentType, url, timeZone }) and expected.json:
// the kind detected from the file, then what its parser made of it (documents with their text, failures, skipped).
// After a deliberate change of behaviour, regenerate with `npm run gen:golden` and review the diff.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ParseContext, ParsedSource, SourceKind } from '../../src/ingest/source.ts';
import { detectKind, parseSource } from '../../src/ingest/sources/index.ts';
import { parseChannelPage } from '../../src/ingest/sources/telegram/channel-page.ts';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'ingest');
// telegram-page: t.me/s/<channel> preview pages, which a telegram row with a url reads.
const KINDS: (SourceKind | 'telegram-page')[] = ['html', 'feed', 'telegram', 'telegram-page', 'jsonl'];
const update = process.env.UPDATE_GOLDEN === '1';

function run(dir: string, file: string): unknown {
  const bytes = readFileSync(join(dir, file));
  const contextPath = join(dir, 'context.json');
  const extra = existsSync(contextPath) ? (JSON.parse(readFileSync(contextPath, 'utf8')) as Partial<ParseContext>) : {};
  if (dir.includes('telegram-page')) {
    const page = parseChannelPage(bytes, { ...extra, input: file });
    return { channel: page.channel, ids: page.ids, ...shape(page.parsed) };
  }
  const detected = detectKind(file, bytes);
  if ('error' in detected) return { detected };
  return { kind: detected.kind, ...shape(parseSource(detected.kind, bytes, { ...extra, input: file })) };
}

function shape(parsed: ParsedSource) {
  return {
    documents: parsed.documents.map(({ bytes: b, ...doc }) => ({ ...doc, text: Buffer.from(b).toString('utf8') })),
    failures: parsed.failures,
    skipped: parsed.skipped,
  };
}

for (const kind of KINDS) {
  for (const name of readdirSync(join(ROOT, kind)).sort()) {
    const dir = join(ROOT, kind, name);
    const file = readdirSync(dir).find((f) => f !== 'expected.json' && f !== 'context.json');
    if (file === undefined) continue;
    test(`golden ${kind}: ${name}`, () => {
      // Through JSON, as it is stored: fields left undefined are absent.
      const actual: unknown = JSON.parse(JSON.stringify(run(dir, file)));
      const expectedPath = join(dir, 'expected.json');
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
}
