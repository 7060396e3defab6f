// Who speaks in Russian Telegram news and VIINA headlines (the eighth session): a post closed by its source, the
// administrations and bodies that speak as institutions. Texts are ours, in the style of the real posts; how the
// rules add up on real texts is measured by `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2024-11-20T09:00:00+03:00'): Fact[] => extractText(text, 'ru', published);
const kinds = (facts: Fact[]) => facts.map((f) => f.kind).sort();
const roles = (facts: Fact[]) => [...new Set(facts.map((f) => f.claimant?.role ?? null))];

describe('a closing attribution speaks for the post', () => {
  it('«…, сообщили в Минобороны РФ» ending the last sentence that tells anything: the sentence before it too', () => {
    const facts = extract(
      'Расчёты ПВО сбили три ракеты над Курской областью. Обломки упали на поле, пострадавших нет, сообщили в Минобороны РФ.\n\nПодписывайтесь на наш канал',
    );
    assert.ok(facts.some((f) => f.kind === 'interception'));
    assert.deepEqual(roles(facts), ['ministry']);
  });

  it('«…, заявил глава региона» with the name last: the name speaks for the facts before', () => {
    const facts = extract(
      'Беспилотник упал на территорию склада в Курской области. Пострадал один человек, заявил губернатор Иван Петров.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.claimant?.name, 'Иван Петров');
  });

  it('not a speaker in the middle of the post: a later sentence that tells facts of its own ends its reach', () => {
    const facts = extract(
      'Над Брянской областью сбит беспилотник, сообщили в Минобороны РФ. Позже в Курской области загорелся склад после удара дрона.',
    );
    const fire = facts.find((f) => f.region?.code === 'RU-KRS');
    assert.ok(fire);
    assert.equal(fire.claimant, null);
  });

  it('not a speaker of another region: a closing attribution naming a region leaves the other regions alone', () => {
    const facts = extract(
      'В Белгородской области сбит беспилотник. Над Курской областью уничтожены два дрона, сообщил губернатор Курской области Иван Петров.',
    );
    assert.equal(facts.find((f) => f.region?.code === 'RU-BEL')?.claimant ?? null, null);
  });
});

describe('administrations and bodies that speak as institutions', () => {
  it('«сообщила городская военная администрация», «заявили в областной администрации»: a military administration', () => {
    const city = extract('Над Киевом сбиты пять беспилотников, сообщила городская военная администрация.');
    assert.deepEqual(roles(city), ['military_administration']);
    const oblast = extract(
      'В Винницкой области после удара по подстанции пропал свет, заявили в областной администрации.',
    );
    assert.deepEqual(roles(oblast), ['military_administration']);
  });

  it('«сообщила областная прокуратура», «по данным прокуратуры»: an official', () => {
    const facts = extract('При ударе ракеты по Сумам погибли три человека, сообщила Сумская областная прокуратура.');
    assert.deepEqual(roles(facts), ['official']);
  });

  it('an administration or a prosecutor that is only named, not quoted, is no speaker', () => {
    const facts = extract('Дрон атаковал здание городской военной администрации в Херсоне.');
    assert.ok(facts.length > 0);
    assert.deepEqual(roles(facts), [null]);
  });
});

describe('a strike on a whole country keeps the weapon told after the country', () => {
  it('«нанесла по Украине удар баллистической ракетой», «удар по Украине крылатыми ракетами»', () => {
    const after = extract('Россия нанесла по Украине удар экспериментальной баллистической ракетой.');
    assert.equal(after.find((f) => f.kind === 'strike')?.weapon, 'ballistic_missile');
    const close = extract('Россия нанесла удар по Украине крылатыми ракетами.');
    assert.equal(close.find((f) => f.kind === 'strike')?.weapon, 'cruise_missile');
  });

  it('not a weapon of another clause: a comma ends the reach', () => {
    const facts = extract('Россия нанесла удар по Украине, Запад обещает ракеты.');
    assert.equal(facts.find((f) => f.kind === 'strike')?.weapon ?? null, null);
  });
});

describe('the words of an event that used to veto it or go unread', () => {
  it('«спутниковые снимки» of a strike report the strike; the noun «спутник» still vetoes a space story', () => {
    const facts = extract('Бойцы уничтожили склады боеприпасов в Крыму — появились спутниковые снимки.');
    assert.deepEqual(kinds(facts), ['damage', 'strike']);
    assert.deepEqual(extract('Ракета-носитель вывела на орбиту спутник, ракета стартовала с космодрома.'), []);
  });

  it('an object destroyed is a strike and damage (docs/eval.md: objects destroyed)', () => {
    const facts = extract('Артиллеристы уничтожили склад с боеприпасами под Херсоном.');
    assert.deepEqual(kinds(facts), ['damage', 'strike']);
  });

  it('«погиб ребёнок», «погибла девочка»: one person; «дети» gives no figure', () => {
    const one = extract('В Брянской области при ударе беспилотника погиб ребёнок.');
    assert.deepEqual(one.find((f) => f.kind === 'casualties')?.casualties, {
      killed: 1,
      injured: null,
      children_killed: 1,
      children_injured: null,
    });
    const many = extract('В Белгороде при атаке дрона ранены дети.');
    assert.equal(many.find((f) => f.kind === 'casualties')?.casualties?.injured ?? null, null);
  });

  it('«объявлена опасность атаки БПЛА», «режим беспилотной опасности»: an alert of drones in every case', () => {
    for (const text of [
      'В Курской области объявлена опасность атаки БПЛА.',
      'В Липецкой области введён режим беспилотной опасности.',
    ]) {
      const alert = extract(text).find((f) => f.kind === 'alert');
      assert.equal(alert?.weapon, 'uav', text);
    }
  });
});

describe('more of how Russian and Ukrainian headlines name their source and target', () => {
  it('«глава Сумской областной военной администрации Олег Григоров»: the office and its head by name', () => {
    const facts = extract(
      'Беспилотник попал в гараж в Сумах, сообщил глава Сумской областной военной администрации Олег Григоров.',
    );
    assert.deepEqual(
      facts.map((f) => f.claimant),
      [{ name: 'Олег Григоров', role: 'military_administration', channel: null }],
    );
  });

  it('«глава Днепропетровской ОВА говорил, что …»: the abbreviation and the imperfective verb of saying', () => {
    const facts = extract('Глава Днепропетровской ОВА говорил, что в Днепре после удара ракеты начался пожар.');
    assert.ok(facts.length > 0);
    assert.deepEqual(roles(facts), ['military_administration']);
  });

  it('«ВСУ заявляют, что Россия нанесла удар …»: a side that keeps saying is its officials', () => {
    const facts = extract('ВСУ заявляют, что Россия нанесла по Украине удар баллистической ракетой.');
    assert.deepEqual(roles(facts), ['official']);
  });

  it('«удар по Украине баллистической ракетой»: a singular weapon with no number is one that struck', () => {
    const strike = extract('Россия нанесла по Украине удар баллистической ракетой.').find((f) => f.kind === 'strike');
    assert.equal(strike?.count?.value, 1);
    const plural = extract('Россия нанесла по Украине удар баллистическими ракетами.').find((f) => f.kind === 'strike');
    assert.equal(plural?.count ?? null, null);
  });

  it('«знищили електропідстанцію», «удар по электроподстанции»: the compound word is a target', () => {
    const uk = extractText('Ракети знищили електропідстанцію у Львові.', 'uk', '2024-11-20T09:00:00+02:00');
    assert.deepEqual(kinds(uk), ['damage', 'strike']);
    const ru = extract('Дрон ударил по электроподстанции в Белгородской области.');
    assert.equal(ru.find((f) => f.kind === 'strike')?.object, 'energy_infrastructure');
  });

  it('«після прильоту по нафтобазі»: the oblique case of «приліт» is a strike', () => {
    const facts = extractText(
      'У Макіївці після прильоту по нафтобазі спалахнула пожежа.',
      'uk',
      '2024-11-20T09:00:00+02:00',
    );
    assert.deepEqual(kinds(facts), ['fire', 'strike']);
  });
});
