// Russian Telegram news shapes of the twentieth session (issue 8): a power cut told by its verb («пропал свет»,
// «отключать электроэнергию»). Texts are ours, in the style of real Telegram news; how the rules add up on real texts
// is measured by `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2024-11-20T09:00:00+03:00'): Fact[] => extractText(text, 'ru', published);
const outages = (facts: Fact[]) => facts.filter((f) => f.kind === 'power_outage');

describe('a power cut told by its verb is a power outage', () => {
  // The nouns («отключения электроэнергии», «без света») were read; the verbs were not.
  for (const [text, region] of [
    ['Ночью ракета попала в подстанцию в Сумах. В городе пропал свет.', 'UA-59'],
    ['После удара по Харькову в нескольких районах пропало электричество.', 'UA-63'],
    ['В Одессе после атаки дронов вместе с электричеством пропала вода.', 'UA-51'],
    ['После удара по ТЭС энергетики начали экстренно отключать электроэнергию в Полтавской области.', 'UA-53'],
    ['В Запорожье после обстрела отключили свет в двух районах.', 'UA-23'],
  ] as const) {
    it(text, () => {
      const facts = outages(extract(text));
      assert.ok(
        facts.some((f) => f.region?.code === region),
        JSON.stringify(facts.map((f) => [f.kind, f.region?.code])),
      );
    });
  }

  // Negative cases: something else went missing or was switched off.
  for (const text of [
    'После удара по Сумам в городе пропала мобильная связь.',
    'В Белгороде после атаки дрона пропал мужчина, его ищут волонтёры.',
    'Беспилотник атаковал Курск, в части домов отключили газ.',
  ]) {
    it(text, () => assert.deepEqual(outages(extract(text)), []));
  }
});

describe('a thing that suffered is damage, not a casualty', () => {
  // «пострадал*» with a thing as its subject («объекты», «инфраструктура», «здание», a lexicon object) tells of damage,
  // or, denied, of none; the people it would otherwise count are not there.
  const kinds = (text: string) => extract(text).map((f) => f.kind);
  for (const text of [
    'Атака ВСУ на Новороссийск отражена, жилые дома и объекты в городе не пострадали.',
    'После атаки беспилотников на Курск жилые дома не пострадали.',
  ]) {
    it(text, () => assert.ok(!kinds(text).includes('casualties'), JSON.stringify(kinds(text))));
  }
  for (const [text, region] of [
    ['Энергетическая инфраструктура пострадала в Волынской области после атаки дронов.', 'UA-07'],
    ['После обстрела Белгорода пострадали два жилых дома.', 'RU-BEL'],
  ] as const) {
    it(text, () => {
      const facts = extract(text);
      assert.ok(!facts.some((f) => f.kind === 'casualties'), JSON.stringify(facts.map((f) => f.kind)));
      assert.ok(
        facts.some((f) => f.kind === 'damage' && f.region?.code === region),
        JSON.stringify(facts.map((f) => [f.kind, f.region?.code])),
      );
    });
  }

  // Negative cases: people suffered, the thing only where it happened («на здание», «в здании»).
  for (const text of [
    'При атаке беспилотника на здание администрации Курска пострадали двое мужчин.',
    'После атаки беспилотника на Курск пострадали два человека.',
    'При атаке на Белгород пострадала женщина, повреждены дома.',
  ]) {
    it(text, () => {
      const casualties = extract(text).filter((f) => f.kind === 'casualties');
      assert.equal(casualties.length, 1);
      assert.ok((casualties[0]?.casualties?.injured ?? 0) >= 1);
    });
  }
});

describe('people counted beside a verb of being hurt are casualties, whatever thing is near (review of rutg20)', () => {
  // A count of people (двое, трое), a noun of staff, a thing that only describes the people («рабочих объекта») or
  // stands after an adverb preposition («внутри здания», «рядом с объектом», «на территории объекта») is no subject.
  for (const [text, lang, injured] of [
    ['Беспилотник атаковал Курск. Пострадали двое рабочих объекта.', 'ru', 2],
    ['Беспилотник атаковал Курск. Двое сотрудников предприятия пострадали.', 'ru', 2],
    ['Беспилотник атаковал Курск. Внутри здания пострадали трое.', 'ru', 3],
    ['Беспилотник атаковал Курск. Рядом с объектом пострадали двое.', 'ru', 2],
    ['Беспилотник атаковал Курск. При падении обломков на территории объекта пострадали двое.', 'ru', 2],
    ['Беспилотник атаковал Курск. В результате пострадало здание школы и двое детей.', 'ru', 2],
    ['Безпілотник атакував Суми. Постраждали двоє працівників підприємства.', 'uk', 2],
  ] as const) {
    it(text, () => {
      const facts = extractText(text, lang, '2024-11-20T09:00:00+03:00');
      const casualties = facts.filter((f) => f.kind === 'casualties');
      assert.equal(casualties.length, 1, JSON.stringify(facts.map((f) => f.kind)));
      assert.equal(casualties[0]?.casualties?.injured, injured);
    });
  }
});

describe('a thing that suffered after a place phrase is still damage (review of rutg20)', () => {
  // The adverb preposition governs the place, not the thing after the verb: «на территории предприятия» is where the
  // stores suffered.
  for (const text of [
    'Беспилотник атаковал Курск. На территории предприятия пострадали склады.',
    'Беспилотник атаковал Курск. Рядом с вокзалом пострадали жилые здания.',
  ]) {
    it(text, () => {
      const facts = extract(text);
      assert.ok(!facts.some((f) => f.kind === 'casualties'), JSON.stringify(facts.map((f) => f.kind)));
      assert.ok(
        facts.some((f) => f.kind === 'damage'),
        JSON.stringify(facts.map((f) => f.kind)),
      );
    });
  }
});
