// Off-topic texts that still gave facts (issue 8, twenty-first session). Texts are ours, written in the shapes found on
// the real dev texts; each case that must give nothing has a twin that still gives its fact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-20T10:00:00+02:00';
const facts = (text: string, lang: Lang) =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => !f.historical)
    .map((f) => [f.kind, f.region?.code ?? null, f.weapon]);

describe('a raid or an attack by men on the ground is ground combat (ground_combat)', () => {
  it('English: militias and commandos raiding a place tell no strike; a singular militia is an office', () => {
    assert.deepEqual(
      facts('Pro-Kyiv militias launched a raid into the Bryansk region on Sunday, the governor said.', 'en'),
      [],
    );
    assert.deepEqual(
      facts('Navy commandos staged a night raid on an air defence site near Sevastopol, the HUR said.', 'en'),
      [],
    );
    assert.deepEqual(facts('Saboteurs attacked a railway depot in the Kursk region, officials said.', 'en'), []);
  });

  it('English: a drone strike in another clause of the sentence stays', () => {
    assert.deepEqual(
      facts(
        'Drones attacked a fuel depot in the Bryansk region on Sunday, the governor said, a day after a raid by militias.',
        'en',
      ),
      [['strike', 'RU-BRY', 'uav']],
    );
    // "The people's militia" speaking is an office, not men who raid: the toll it reports stays.
    assert.deepEqual(
      facts(
        "Rockets hit Lantrativka in the Luhansk region, and the head of the people's militia reported two injured.",
        'en',
      ),
      [
        ['strike', 'UA-09', 'rocket'],
        ['casualties', 'UA-09', null],
      ],
    );
    // With no ground unit named, a raid on a place is still a strike.
    assert.deepEqual(
      facts('Russian drones staged a night raid on an air defence site near Odesa, the navy said.', 'en'),
      [['strike', 'UA-51', 'uav']],
    );
  });
});

describe('history is no sign of an attack now (run.ts, attackSignal)', () => {
  it('Russian: a car bomb told beside a past strike gives no blast fact', () => {
    assert.deepEqual(
      facts(
        'В Донецке взорвался автомобиль офицера. По данным следствия, сработало взрывное устройство под днищем машины. ' +
          'Источник утверждает, что в марте 2023 года этот офицер обстрелял Харьков ракетами.',
        'ru',
      ),
      [],
    );
  });

  it('a fire in a story that a word of long ago dates is history; one beside a strike of this week stays', () => {
    assert.deepEqual(
      facts(
        'В прошлом месяце российский дрон попал в квартиру в Киеве и убил подростка. ' +
          '«Мы пытались потушить огонь, но всё горело очень сильно», — рассказывает его мать.',
        'ru',
      ),
      [],
    );
    assert.deepEqual(
      facts(
        'Last month a Russian drone hit a flat in Kyiv, killing a teenager. ' +
          '"We tried to put out the fire, but everything was burning," her mother says.',
        'en',
      ),
      [],
    );
    assert.deepEqual(
      facts(
        'Last month a Russian drone hit a flat in Kyiv, killing a teenager. On Tuesday night another drone hit a house ' +
          'in Kyiv. "We tried to put out the fire, but everything was burning," a neighbour says.',
        'en',
      ).map(([kind]) => kind),
      ['strike', 'fire'],
    );
  });
});
