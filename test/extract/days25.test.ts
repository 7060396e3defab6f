// The whole country in Russian posts (issue 9, twenty-fifth session, branch days25): «по всей Украине», «по всей
// стране», «в других регионах Украины» tell of the country's wave, as the Ukrainian and English lexicons already read
// their phrases (`nationwide`). Every text is invented, in the style of real posts; what the change does on the real
// days is measured by `sitrep eval --real-clusters` (docs/eval-clusters.md).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-12-08T09:30:00+03:00';
const read = (text: string) =>
  extractText(text, 'ru', PUBLISHED).map((f) => [f.kind, f.region?.code ?? f.country ?? null, f.weapon] as const);

describe('the whole country told in Russian', () => {
  it('a national total takes no region from a later sentence on one town', () => {
    const facts = read(
      'Силы ПВО уничтожили более 60 воздушных целей по всей Украине.\n\nВ Черкассах в результате удара дрона ранен мужчина.',
    );
    assert.deepEqual(facts[0], ['interception', 'UA', 'unknown_air_target']);
    assert.ok(facts.some(([kind, place]) => kind === 'strike' && place === 'UA-71'));
  });

  it('«по всей стране» after the attack verb is the country’s strike, not the town’s', () => {
    const facts = read(
      'Российские военные атаковали объекты энергетики по всей стране, сообщил министр.\n\nВ Черкассах в результате удара дрона ранен мужчина.',
    );
    assert.deepEqual(facts[0], ['strike', null, null]);
    assert.equal(facts.filter(([, place]) => place === 'UA-71').length, 2);
  });

  it('the phrase still names the country the attack was aimed at', () => {
    assert.deepEqual(read('Россия ночью ударила ракетами и дронами по всей Украине, сообщили власти.'), [
      ['strike', 'UA', 'missile'],
      ['strike', 'UA', 'uav'],
    ]);
  });

  it('a region named in the sentence keeps it; a sentence with no attack tells nothing', () => {
    assert.deepEqual(read('Во Львовской области, как и в иных регионах Украины, повреждены энергообъекты.'), [
      ['damage', 'UA-46', null],
    ]);
    assert.deepEqual(read('Энергетики работают по всей стране, сообщил министр.'), []);
  });
});
