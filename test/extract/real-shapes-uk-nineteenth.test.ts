// Shapes of real Ukrainian texts met in the nineteenth session (issue 8: uk-telegram-unlp2025 and the Ukrainian VIINA
// headlines). Texts are ours, written in those shapes; each test names the general rule. How the rules add up on the
// real texts is measured by `sitrep eval --texts`, not here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2025-03-10T12:00:00+02:00'): Fact[] => extractText(text, 'uk', published);

const where = (facts: Fact[], kind: Fact['kind']) =>
  facts
    .filter((f) => f.kind === kind)
    .map((f) => f.region?.code ?? null)
    .sort();

describe('a headline listing events gives each event the place of its own item', () => {
  it('«пожежа … у Москві, … та вибухи … в Луганську»: the blasts are Luhansk’s, not Moscow’s', () => {
    const facts = extract('Пожежа на складі у Москві та вибухи на нафтобазі в окупованому Луганську: підсумки тижня');
    assert.deepEqual(where(facts, 'fire'), ['RU-MOW']);
    assert.deepEqual(where(facts, 'explosion'), ['UA-09']);
  });

  it('items joined by commas: «атака … на Брянськ, пожежа на НПЗ у Самарській області»', () => {
    const facts = extract('Атака дронів на Брянськ, пожежа на НПЗ у Самарській області: де вибухало цього тижня');
    assert.deepEqual(where(facts, 'fire'), ['RU-SAM']);
  });

  it('negative: a place before the word in its own item stays its place («У Курську пожежа, …»)', () => {
    const facts = extract('У Курську пожежа на підстанції, поранено двох людей.');
    assert.deepEqual(where(facts, 'fire'), ['RU-KRS']);
  });

  it('negative: a dateline is no item, and a place after "to", "from" or «до» is no event’s', () => {
    const en = (text: string) => extractText(text, 'en', '2025-03-10T12:00:00+02:00');
    const ru = (text: string) => extractText(text, 'ru', '2025-03-10T12:00:00+03:00');
    assert.deepEqual(where(en('In Kherson, shelling wounded a woman who was taken to Mykolaiv'), 'strike'), ['UA-65']);
    assert.deepEqual(where(en('In Kherson, shelling wounded a woman who was taken to Mykolaiv'), 'casualties'), [
      'UA-65',
    ]);
    assert.deepEqual(where(en('In Belgorod, shelling from Kharkiv region killed a woman'), 'strike'), ['RU-BEL']);
    assert.deepEqual(where(ru('В Белгороде, после атаки со стороны Харькова, повреждены дома'), 'strike'), ['RU-BEL']);
    assert.deepEqual(where(en('In Kharkiv, a strike on a plant that supplies power to Dnipro'), 'strike'), ['UA-63']);
    assert.deepEqual(where(extract('У Херсоні обстріл, поранену жінку доставили до лікарні Миколаєва'), 'casualties'), [
      'UA-65',
    ]);
    assert.deepEqual(where(extract('У Харкові вибухи, пошкоджено потяг сполученням Київ-Ужгород'), 'damage'), [
      'UA-63',
    ]);
  });

  it('negative: a place after a conjunction is another item’s («Вибух у Херсоні та пожежа в Миколаєві»)', () => {
    const facts = extract('Вибух у Херсоні та пожежа в Миколаєві.');
    assert.deepEqual(where(facts, 'explosion'), ['UA-65']);
    assert.deepEqual(where(facts, 'fire'), ['UA-48']);
  });
});

const weapons = (facts: Fact[], kind: Fact['kind']) =>
  facts
    .filter((f) => f.kind === kind)
    .map((f) => f.weapon)
    .sort();

describe('a weapon noun a store keeps is the target, not the means', () => {
  it('«ангар ударних дронів типу Шахед»: a strike with no weapon, the model kept there too', () => {
    const facts = extract('Сили оборони вразили ангар ударних дронів типу Шахед у Донецьку.');
    assert.deepEqual(weapons(facts, 'strike'), [null]);
  });

  it('«склад пального і дронів»: one noun of what is kept and a conjunction before the weapon', () => {
    const facts = extract('Сили оборони вразили склад пального і дронів поблизу Луганська.');
    assert.deepEqual(weapons(facts, 'strike'), [null]);
  });

  it('«пункти базування БпЛА»: an abbreviation that does not decline is kept too', () => {
    const facts = extract('Біля Севастополя уражено пункти базування БпЛА.');
    assert.deepEqual(weapons(facts, 'strike'), [null]);
  });

  it('negative: the instrumental after a store is the means («атакував склад дронами»)', () => {
    assert.deepEqual(weapons(extract('Ворог атакував склад дронами у Ніжині.'), 'strike'), ['uav']);
    assert.deepEqual(
      weapons(
        extractText('Армия атаковала склад беспилотниками в Брянске.', 'ru', '2025-03-10T12:00:00+03:00'),
        'strike',
      ),
      ['uav'],
    );
  });

  it('negative: an adjective that only begins like a store («складна ракетна атака») keeps its weapon', () => {
    assert.deepEqual(
      weapons(extract('Вночі ворог завдав ракетного удару по Харкову: складна ракетна атака.'), 'strike'),
      ['missile'],
    );
  });
});

const roles = (facts: Fact[]) => facts.map((f) => [f.kind, f.claimant?.role ?? null] as const);

describe('bodies and verbs of saying that Ukrainian headlines quote', () => {
  it('«у ДСНС розкрили подробиці»: a verb of revealing details is a verb of saying', () => {
    assert.deepEqual(roles(extract('Удар по нафтобазі в Саках: у ДСНС розкрили подробиці')), [
      ['strike', 'emergency_service'],
    ]);
  });

  it('«У Повітряних силах пояснили …»: the air force in the locative', () => {
    assert.deepEqual(roles(extract('У Повітряних силах пояснили удар по аеродрому в Саках')), [
      ['strike', 'air_force'],
    ]);
  });

  it('«…, – МАГАТЕ», «ССО: …», «…, — соцмережі»: bodies the roles lacked', () => {
    assert.deepEqual(roles(extract('У Запоріжжі дрон влучив у підстанцію - МАГАТЕ')), [['strike', 'official']]);
    assert.deepEqual(roles(extract('ССО: уражено літак на аеродромі в Бельбеку')), [['strike', 'official']]);
    assert.deepEqual(roles(extract('У Криму чули вибухи біля аеродрому, — соцмережі')), [['explosion', 'media']]);
  });

  it('negative: the same words with no verb of saying and not closing the line name no source', () => {
    assert.deepEqual(
      roles(extract('Дрони вдарили по нафтобазі в Саках, де працювали інспектори МАГАТЕ і рятувальники.')),
      [['strike', null]],
    );
  });
});
