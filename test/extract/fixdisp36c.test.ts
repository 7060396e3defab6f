// ux36 trial item #8: launchers hit on the ground read as rockets intercepted. The launcher noun with its model
// right after it is the target only as the object or passive subject of a verb of striking or destroying; as the
// source of fire («из пусковых установок …») or beside the weapon that struck it, the sentence reads as before.
// Every text is invented.
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
    object: f.object,
    objectText: f.fields.object?.text ?? null,
  }));

test('#8 launchers named by their model and struck are a military target, not rockets intercepted', () => {
  for (const [text, lang] of [
    // The trial's shape: a later clause's verb of destroying made the whole sentence an interception.
    [
      'Также в Минобороны сообщили, что были поражены 4 пусковые установки HIMARS в Харьковской области, а с помощью FPV-дрона уничтожена пусковая установка ЗРК в районе Купянска.',
      'ru',
    ],
    ['Минобороны: в Харьковской области поражены 4 пусковые установки HIMARS.', 'ru'],
    ['В Харьковской области 2 пусковые установки HIMARS поражены.', 'ru'],
    ['Российские военные поразили пусковую установку ATACMS в Сумской области.', 'ru'],
    ['На Полтавщині уражено пускову установку HIMARS.', 'uk'],
    ['На Донеччині знищено 2 пускові установки HIMARS.', 'uk'],
  ] as const) {
    const got = facts(text, lang);
    const launcher = got.filter((f) => f.object === 'military' && /установ/u.test(f.objectText ?? ''));
    assert.ok(
      launcher.some((f) => f.kind === 'strike' && f.weapon === null && f.count === null),
      `${text}: ${JSON.stringify(got)}`,
    );
    assert.ok(!got.some((f) => f.model === 'HIMARS' || f.model === 'ATACMS'), `${text}: ${JSON.stringify(got)}`);
  }
});

test('#8 a launcher that fired, or the weapon that struck a launcher, keeps the weapon', () => {
  for (const [text, lang, model] of [
    ['ВСУ обстреляли Белгород из пусковых установок HIMARS.', 'ru', 'HIMARS'],
    ['Нанесен удар с пусковой установки HIMARS по жилому кварталу Донецка.', 'ru', 'HIMARS'],
    ['Росія вдарила по Дніпру з пускових установок Іскандер-М.', 'uk', 'Iskander-M'],
    ['В Курской области пусковая установка ВСУ поражена ударом ракеты Искандер-М.', 'ru', 'Iskander-M'],
  ] as const) {
    const got = facts(text, lang);
    assert.ok(
      got.some((f) => f.model === model && f.object !== 'military'),
      `${text}: ${JSON.stringify(got)}`,
    );
  }
  // The launcher that fired does not make the house it hit a military target.
  const house = facts('Ворог вдарив по Харкову з пускових установок С-300, пошкоджено будинок.', 'uk');
  assert.ok(house.length > 0 && house.every((f) => f.object === 'residential_building'), JSON.stringify(house));
});

test('#8 negative (uk): rockets shot down from launchers, or a launcher only whose, stay rockets', () => {
  const fromLaunchers = facts('Над Білгородом збито 4 ракети з пускових установок HIMARS.', 'uk');
  assert.ok(
    fromLaunchers.some((f) => f.kind === 'interception' && f.model === 'HIMARS'),
    JSON.stringify(fromLaunchers),
  );
  assert.ok(!fromLaunchers.some((f) => f.object === 'military'), JSON.stringify(fromLaunchers));
  const whose = facts('Над Сумщиною збито 3 ракети пускових установок HIMARS.', 'uk');
  assert.ok(
    whose.some((f) => f.kind === 'interception' && f.model === 'HIMARS' && f.count === 3),
    JSON.stringify(whose),
  );
});
