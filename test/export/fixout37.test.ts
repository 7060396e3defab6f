// ux37 #12, #13, #14: exports split a claimant on "(" cleanly, write every time one way, and place and title an
// airport incident at its airport.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../../src/eval/bench-texts.ts';
import { renderExport } from '../../src/export/index.ts';
import { exportContext } from '../../src/pipeline/geo.ts';
import { speakerOf } from '../../src/pipeline/speaker.ts';
import { makeIncident, nightOf } from '../helpers/incidents.ts';

const ctx = exportContext({ now: new Date('2025-05-20T09:00:00Z') });

test('a source row named after its speaker with a medium in brackets speaks on that medium, not on its own name', () => {
  const row = { kind: 'text' as const, name: 'Ivan Bondar (Telegram)' };
  const s = speakerOf({ ...row, speaker: { person: 'Ivan Bondar', role: 'mayor', region: null } });
  assert.deepEqual(s?.claimant, { name: 'Ivan Bondar', role: 'mayor', channel: 'Telegram' });
  // A name with no bracket is still the channel, as before.
  const plain = speakerOf({
    kind: 'text',
    name: 'Poltava City Council',
    speaker: { person: null, role: 'official', region: null },
  });
  assert.equal(plain?.claimant.channel, 'Poltava City Council');
});

test('CSV claimants: a bracket inside a name or channel is written square, so a split on "(" finds role and channel', async () => {
  const incident = makeIncident('brackets', {
    when: nightOf(7),
    claimants: [
      { name: 'Ivan Bondar', role: 'mayor', channel: 'Ivan Bondar (site)' },
      { name: null, role: 'aviation_authority', channel: 'Telegram' },
    ],
  });
  const [row] = parseCsv(await renderExport('csv', [incident], ctx));
  assert.equal(row!.claimants, 'Ivan Bondar (mayor, Ivan Bondar [site]); (aviation authority, Telegram)');
  for (const one of row!.claimants!.split('; ')) assert.equal(one.split('(').length, 2, one);
});
