// Where it happened in English leads (issue 8, twenty-sixth session, branch enreg26). Every text is invented, in the
// style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-14T07:30:00Z';
const read = (text: string) =>
  extractText(text, 'en', PUBLISHED).map((f) => [f.kind, f.region?.code ?? null, f.weapon] as const);
const regionsOf = (text: string, kind: string) =>
  extractText(text, 'en', PUBLISHED)
    .filter((f) => f.kind === kind)
    .map((f) => f.region?.code ?? null);

describe('an unnamed place of one country takes no region of the other', () => {
  it('a headline on a Russian village takes no Ukrainian region from the lead', () => {
    const text =
      'Ukrainian artillery fire on Russian village kills three, governor says\n\n' +
      'The shelling came a day after a drone raid on an oil depot in occupied Crimea.';
    assert.deepEqual(regionsOf(text, 'casualties'), [null]);
    assert.deepEqual(regionsOf(text, 'strike'), ['UA-43']);
  });

  it('a headline on a Russian border region takes no front-line town of the lead', () => {
    const text =
      'Drone Strike Cuts Power in Russian Border Region\n\n' +
      'Earlier on Tuesday a Russian rocket hit a school in Kramatorsk, officials said.';
    assert.deepEqual(regionsOf(text, 'power_outage'), [null]);
  });

  it('a sentence on a Russian village keeps no Ukrainian town of the sentence before', () => {
    const text =
      'A rocket hit a warehouse in Mykolaiv on Monday. ' +
      'Separately, a Ukrainian drone dropped a grenade on a transformer in a Russian border village, cutting power to a school, the governor said.';
    const facts = read(text);
    assert.deepEqual(facts[0], ['strike', 'UA-48', 'rocket']);
    assert.ok(facts.slice(1).length > 0);
    for (const [, region] of facts.slice(1)) assert.equal(region, null);
  });

  it('the same country keeps the lead’s region; a Russian-held village lies in Ukraine', () => {
    assert.deepEqual(
      regionsOf(
        'Russian Missile Strike on Ukrainian City Kills Five\n\nA missile hit Chernihiv on Sunday, officials said.',
        'casualties',
      ),
      ['UA-74'],
    );
    assert.deepEqual(
      regionsOf(
        'Drones hit Kherson overnight. Russian shelling of a Russian-held village killed two, officials said.',
        'casualties',
      ),
      ['UA-65'],
    );
    assert.deepEqual(
      regionsOf(
        'Ukrainian drones strike key Russian port\n\nMoscow said it had fought off a raid on Novorossiysk harbour.',
        'strike',
      ),
      ['RU-KDA'],
    );
  });
});

describe('a sea before a town’s noun and "of"', () => {
  it('the town after "port of" is the place, not the sea', () => {
    assert.deepEqual(read('Russian missiles slammed into the Black Sea port of Odesa before dawn.'), [
      ['strike', 'UA-51', 'missile'],
    ]);
    assert.deepEqual(
      read('A sea drone damaged a tanker at Russia’s Black Sea port of Novorossiysk, the navy said.')[0]?.[1],
      'RU-KDA',
    );
    assert.deepEqual(read('Drones attacked the Azov Sea city of Berdiansk overnight.'), [['strike', 'UA-23', 'uav']]);
  });

  it('a sea with no town noun after it stays the sea', () => {
    assert.deepEqual(
      regionsOf('Air defences downed nine drones over the Black Sea south of Odesa overnight.', 'interception'),
      [null],
    );
    assert.deepEqual(regionsOf('Air defences downed nine drones over the Black Sea.', 'interception'), [null]);
  });
});

describe('"the capital" with no place before it in the report', () => {
  it('a place after it in its sentence says whose capital it is', () => {
    assert.deepEqual(
      regionsOf(
        'Shahed drones slammed into the capital in three waves overnight, Kyiv’s mayor wrote on Telegram.',
        'strike',
      ),
      ['UA-30'],
    );
    const ru = extractText(
      'В столице при падении обломков дрона повреждена кровля многоэтажки в Печерском районе, сообщили в КГВА.',
      'ru',
      PUBLISHED,
    );
    assert.ok(ru.length > 0);
    for (const f of ru) assert.equal(f.region?.code, 'UA-30');
  });

  it('with nothing after it, the language decides; a place before it still comes first', () => {
    assert.deepEqual(regionsOf('Drones attacked the capital overnight, the defence ministry said.', 'strike'), [
      'RU-MOW',
    ]);
    assert.deepEqual(
      regionsOf(
        'Explosions shook Kyiv at dawn. Drones hit the capital again at noon, officials in Moscow said.',
        'strike',
      ),
      ['UA-30'],
    );
  });
});
