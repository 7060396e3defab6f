// ux39 #10: a front-matter block names who speaks with `speaker:`, the mapping a JSON Lines line's `speaker` and a
// sources.yaml row's take; its `source:` stays a publisher's name that names no one. So the official's own post is
// his voice, and an outlet's retelling of him is the same voice, not one that outranks him. Every text is invented.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { frontMatterSpeaker } from '../../src/ingest/speaker-field.ts';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { prepareReport } from '../../src/pipeline/prepare.ts';
import { openStore } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-fm-speaker-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = () => new Date('2025-09-03T12:00:00Z');

const own = (speaker: string | null) =>
  [
    '---',
    'published: 2025-09-03T07:20:00+03:00',
    'source: Іван Петренко',
    ...(speaker === null ? [] : [`speaker: ${speaker}`]),
    '---',
    'Суми. Вночі ворог атакував місто дронами. Пошкоджено склад і два приватні будинки. Поранено двох людей.',
    '',
  ].join('\n');
const retold = [
  '---',
  'published: 2025-09-03T08:30:00+03:00',
  'source: Сумський вісник',
  '---',
  'Унаслідок нічної атаки на Суми поранено трьох людей, повідомив начальник Сумської ОВА Іван Петренко.',
  '',
].join('\n');

function prepare(text: string) {
  const out = prepareReport(new TextEncoder().encode(text), { input: 'x.md', now: now() });
  assert.ok(out.ok, JSON.stringify(out));
  return out;
}

test('#10: "speaker:" in front matter makes its person the claimant; "source:" alone does not', () => {
  const plain = prepare(own(null));
  assert.ok(plain.facts.length > 0);
  assert.ok(
    plain.facts.every((f) => f.claimant === null),
    JSON.stringify(plain.facts.map((f) => f.claimant)),
  );
  const said = prepare(own('{ person: Іван Петренко, role: military_administration, region: UA-59 }'));
  assert.ok(said.facts.length > 0);
  for (const f of said.facts) {
    // The source's name is the person's own: it names no channel beside him.
    assert.deepEqual(f.claimant, { name: 'Іван Петренко', role: 'military_administration', channel: null });
  }
  // JSON, as a JSON Lines line writes it, means the same.
  const json = prepare(own('{"person": "Іван Петренко", "role": "military_administration"}'));
  assert.deepEqual(
    json.facts.map((f) => f.claimant),
    said.facts.map((f) => f.claimant),
  );
});

test('#10: a speaker that is no mapping of a known role fails the report, naming the field', () => {
  for (const bad of ['Іван Петренко', '{ person: Іван Петренко, role: general }', '{ role: [governor }']) {
    const out = prepareReport(new TextEncoder().encode(own(bad)), { input: 'x.md', now: now() });
    assert.equal(out.ok, false, bad);
    assert.match(out.ok ? '' : out.message, /front matter "speaker" must be \{ "person"\?, "role", "region"\? \}/);
  }
  assert.equal(frontMatterSpeaker(''), null);
  assert.equal(frontMatterSpeaker(undefined), null);
});

test("#10: the official's own count heads the incident over an outlet's retelling of him", async () => {
  const path = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const store = await openStore({ url: ':memory:' });
  await ingestPaths(
    store,
    [
      path('own.md', own('{ person: Іван Петренко, role: military_administration, region: UA-59 }')),
      path('retold.md', retold),
    ],
    { now },
  );
  const [incident] = (await store.listIncidents()).filter((i) => i.casualties?.injured != null);
  assert.ok(incident, 'an incident with the injured');
  assert.equal(incident.casualties?.injured, 2, JSON.stringify(incident.casualties));
  assert.equal(incident.corroboration.voices, 1, JSON.stringify(incident.corroboration));
});
