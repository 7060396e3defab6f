// ux36 trial item #8, what fixdisp36 left: launchers hit on the ground. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-03-14T16:20:00+03:00';
const facts = (text: string, lang: 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED).map((f) => ({
    kind: f.kind,
    weapon: f.weapon,
    model: f.weapon_model,
    count: f.count?.value ?? null,
    day: f.when?.start.slice(0, 10) ?? null,
  }));

// «поражены 3 пусковые установки HIMARS» was 3 rockets intercepted: the model names the launcher, the number counts
// launchers, and the launchers are a military target struck.
test('#8 a weapon model after a launcher noun names the launcher struck, not a weapon intercepted', () => {
  for (const [text, lang] of [
    ['Минобороны: в Харьковской области поражены 4 пусковые установки HIMARS.', 'ru'],
    ['В Днепропетровской области уничтожены 2 пусковых установки ATACMS и склад боеприпасов.', 'ru'],
    ['На Запорожском направлении уничтожена пусковая установка с ракетами «Нептун».', 'ru'],
  ] as const) {
    const got = facts(text, lang);
    assert.ok(!got.some((f) => f.kind === 'interception'), `${text}: ${JSON.stringify(got)}`);
    assert.ok(
      got.some((f) => f.kind === 'strike' && f.model === null && f.count === null),
      `${text}: ${JSON.stringify(got)}`,
    );
  }
});

test('#8 negative: weapons destroyed beside launchers, or after a conjunction, stay intercepted', () => {
  const got = facts('Над Белгородской областью уничтожены пусковая установка и 5 ракет HIMARS.', 'ru');
  assert.ok(
    got.some((f) => f.kind === 'interception' && f.count === 5),
    JSON.stringify(got),
  );
  const downed = facts('Над Курской областью сбиты 3 ракеты ATACMS.', 'ru');
  assert.ok(downed.some((f) => f.kind === 'interception' && f.model === 'ATACMS' && f.count === 3));
});

// The launchers' sentence named the «Искандер» of its own days; a strike of another day told before it took that
// weapon and its night, so talk of the «Искандер» elsewhere joined that night's wave as a mention.
test('#8 strikes of two days each sentence names stay two, the weapon with its own', () => {
  const got = facts(
    'Минобороны сообщило: 12 марта нанесен удар по объектам энергетики Киева.\n\nТакже 10 и 11 марта нанесены удары ракетами «Искандер», уничтожены пусковые установки ATACMS.',
    'ru',
  );
  const strikes = got.filter((f) => f.kind === 'strike');
  assert.ok(
    strikes.some((f) => f.day === '2025-03-12' && f.weapon === null),
    JSON.stringify(got),
  );
  assert.ok(
    strikes.some((f) => f.day === '2025-03-10' && f.model === 'Iskander-M'),
    JSON.stringify(got),
  );
});

const tolls = (text: string, lang: 'ru' | 'uk' | 'en') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.casualties !== null)
    .map((f) => [f.casualties?.killed ?? null, f.casualties?.injured ?? null]);

// ux36 #2: a district's «пострадавших нет» became the city's killed 0 / injured 0 and disputed its one injured.
test('#2 a zero toll told of a district beside the same region told hurt is the district’s, not a toll', () => {
  assert.deepEqual(
    tolls(
      'В Одессе обломки дронов упали в двух районах. В Приморском районе повреждена крыша дома, пострадал мужчина. В Киевском районе обломок упал на парковку, пострадавших нет.',
      'ru',
    ),
    [[null, 1]],
  );
  assert.deepEqual(
    tolls(
      'Уночі ворог атакував Харків дронами. У Шевченківському районі поранено жінку. У Салтівському районі уламки пошкодили гараж. Ніхто не постраждав.',
      'uk',
    ),
    [[null, 1]],
  );
});

test('#2 negative: a zero of no district, or of another region, stays beside a positive figure', () => {
  // Another attack on the same city, told with no district: its own zero.
  assert.deepEqual(
    tolls('Вечером в Харькове от удара ранены двое. Утром ПВО сбила два дрона над городом, пострадавших нет.', 'ru'),
    [
      [null, 2],
      [0, 0],
    ],
  );
  // Another region's district: its zero is no part of the first region's figure.
  const apart = tolls(
    'В Сумах при ударе ранен мужчина. В Харькове, в Киевском районе, обломки упали во двор, пострадавших нет.',
    'ru',
  );
  assert.ok(
    apart.some(([k, i]) => k === 0 || i === 0),
    JSON.stringify(apart),
  );
});
