// The review's defects in enreg26 (twenty-sixth session, branch fixenreg26). Every text is invented, in the style of
// real posts and news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-03-10T08:00:00+03:00';
const pairs = (text: string, lang: Lang) =>
  extractText(text, lang, PUBLISHED).map((f) => [f.kind, f.region?.code ?? null] as const);
const has = (text: string, lang: Lang, kind: string, code: string | null) =>
  pairs(text, lang).some(([k, c]) => k === kind && c === code);

describe('"the capital" takes the country of a later place only when that place lies in a capital', () => {
  it('a Ukrainian post on the capital and a Russian region keeps Kyiv', () => {
    const text = 'Вночі ворог атакував столицю дронами, а ЗСУ уразили НПЗ у Брянській області.';
    assert.ok(has(text, 'uk', 'strike', 'UA-30'), JSON.stringify(pairs(text, 'uk')));
    assert.ok(has(text, 'uk', 'strike', 'RU-BRY'), JSON.stringify(pairs(text, 'uk')));
    assert.ok(!pairs(text, 'uk').some(([, c]) => c === 'RU-MOW'));
  });

  it('explosions in the capital and Belgorod in a Ukrainian post', () => {
    const text = 'У столиці пролунали вибухи, також атаковано Бєлгород.';
    assert.ok(has(text, 'uk', 'explosion', 'UA-30'), JSON.stringify(pairs(text, 'uk')));
    assert.ok(has(text, 'uk', 'strike', 'RU-BEL'), JSON.stringify(pairs(text, 'uk')));
    const joint = 'Вночі вибухи пролунали у столиці та в Бєлгороді.';
    assert.ok(has(joint, 'uk', 'explosion', 'UA-30'), JSON.stringify(pairs(joint, 'uk')));
    assert.ok(!pairs(joint, 'uk').some(([, c]) => c === 'RU-MOW'));
  });

  it('a Russian post on drones from a Ukrainian region keeps Moscow', () => {
    const text = 'Над столицей сбиты три беспилотника, летевших со стороны Сумской области, сообщил Собянин.';
    const got = pairs(text, 'ru');
    assert.ok(
      got.some(([, c]) => c === 'RU-MOW'),
      JSON.stringify(got),
    );
    assert.ok(!got.some(([, c]) => c === 'UA-30'), JSON.stringify(got));
  });

  it('a second target named after the capital does not choose its country; Kyiv itself does', () => {
    const second = 'Explosions rocked the capital overnight as drones also struck Kharkiv, the mayor said.';
    const bare = 'Explosions rocked the capital overnight, the mayor said.';
    const capitalOf = (text: string) => pairs(text, 'en').find(([, c]) => c === 'UA-30' || c === 'RU-MOW')?.[1] ?? null;
    assert.equal(capitalOf(second), capitalOf(bare));
    assert.ok(has('Drones attacked the capital overnight, officials in Kyiv said.', 'en', 'strike', 'UA-30'));
  });
});

describe('a region borrowed from context and an unnamed place of the other country', () => {
  it('an occupied town a speaker calls "a Russian city" keeps its region', () => {
    const horlivka =
      'Drones attacked Horlivka overnight. Two died in the shelling of a Russian city, the Russian-installed mayor said.';
    const got = pairs(horlivka, 'en');
    assert.ok(has(horlivka, 'en', 'casualties', 'UA-14'), JSON.stringify(got));
    assert.ok(!got.some(([k, c]) => k === 'strike' && c === null), JSON.stringify(got));
    const sevastopol =
      'Drones attacked Sevastopol overnight. Two died in the shelling of a Russian city, the Russian-installed governor said.';
    assert.ok(has(sevastopol, 'en', 'casualties', 'UA-40'), JSON.stringify(pairs(sevastopol, 'en')));
  });

  it('"the Russian city council" is a body, not a place', () => {
    const text = 'Drones hit Kherson overnight. The Russian city council said two were wounded in the shelling.';
    const got = pairs(text, 'en');
    assert.ok(has(text, 'en', 'strike', 'UA-65'), JSON.stringify(got));
    assert.ok(has(text, 'en', 'casualties', 'UA-65'), JSON.stringify(got));
    assert.ok(!got.some(([k, c]) => k === 'strike' && c === null), JSON.stringify(got));
  });
});
