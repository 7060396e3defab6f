// Who says so (issue 8, twenty-third session, claim23): three mechanisms of the claimant, each found in several real
// dev texts (refs in BENCHMARKS.md). The texts are ours, written in those shapes; no real text is copied. Every rule
// keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-20T08:00:00+00:00';
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string, lang: Lang) => extractText(text, lang, PUBLISHED).map(who);

describe('a pronoun that says something is the speaker last named, across sentences', () => {
  // Between the two, another source speaks without a name; "he" is still the governor, not that source.
  it('English: "He also said …"', () => {
    assert.deepEqual(
      whoOf(
        'Two drones were shot down over Kursk region, governor Roman Starovoit said. Sirens sounded in Kursk, the emergencies ministry said. He also said a house was damaged in Rylsk.',
        'en',
      ),
      [
        ['interception', 'RU-KRS', 'Roman Starovoit'],
        ['damage', 'RU-KRS', 'Roman Starovoit'],
      ],
    );
  });

  it('Russian: «Он также уточнил, что …»', () => {
    assert.deepEqual(
      whoOf(
        'Над Курской областью сбиты два беспилотника, заявил губернатор Алексей Смирнов. В Курске объявлена тревога, сообщили в МЧС. Он также уточнил, что в Рыльске повреждён жилой дом.',
        'ru',
      ),
      [
        ['interception', 'RU-KRS', 'Алексей Смирнов'],
        ['damage', 'RU-KRS', 'Алексей Смирнов'],
      ],
    );
  });

  it('Russian: «По его данным, …» (whose data)', () => {
    assert.deepEqual(
      whoOf(
        'Над Курской областью сбиты два беспилотника, заявил губернатор Алексей Смирнов. В Курске объявлена тревога, сообщили в МЧС. По его данным, в Рыльске повреждён жилой дом.',
        'ru',
      ),
      [
        ['interception', 'RU-KRS', 'Алексей Смирнов'],
        ['damage', 'RU-KRS', 'Алексей Смирнов'],
      ],
    );
  });

  it('Russian: «По его данным» right after the source that named him', () => {
    assert.deepEqual(
      whoOf(
        'Украина сегодня ударила ракетами ATACMS по территории РФ, сообщил Иван Петров.\n\nПо его данным, ракеты поразили склад в Брянской области.',
        'ru',
      ),
      [
        ['strike', null, 'Иван Петров'],
        ['strike', 'RU-BRY', 'Иван Петров'],
      ],
    );
  });

  it('Ukrainian: «Він також уточнив, що …»', () => {
    assert.deepEqual(
      whoOf(
        'Над Харківщиною збито два дрони, повідомив голова ОВА Олег Синєгубов. У Харкові оголошено тривогу, повідомили в ДСНС. Він також уточнив, що в Чугуєві пошкоджено будинок.',
        'uk',
      ),
      [
        ['interception', 'UA-63', 'Олег Синєгубов'],
        ['alert', 'UA-63', 'emergency_service'],
        ['damage', 'UA-63', 'Олег Синєгубов'],
      ],
    );
  });

  it('a pronoun words away from the verb of saying is not its subject', () => {
    // "He met officials who said …": the officials speak, not the governor; the damage keeps the source before it.
    assert.deepEqual(
      whoOf(
        'Two drones were shot down over Kursk region, governor Roman Starovoit said. Sirens sounded in Kursk, the emergencies ministry said. He met local officials who said a house was damaged in Rylsk.',
        'en',
      ).map((f) => f[2]),
      ['Roman Starovoit', 'official'],
    );
  });
});

describe('"with X saying …": a participle of saying after "with" has its subject speak', () => {
  it('"with Ukraine\'s army saying it intercepted …"', () => {
    assert.deepEqual(
      whoOf("Russia attacked Kyiv overnight, with Ukraine's army saying it intercepted all 12 missiles.", 'en'),
      [['interception', 'UA-30', 'official']],
    );
  });

  it('"with Western officials saying that …"', () => {
    assert.deepEqual(
      whoOf(
        'Ukrainian forces struck two Russian air bases on Tuesday, with Western officials saying that ATACMS missiles were used.',
        'en',
      ),
      [['strike', null, 'official']],
    );
  });

  it('", saying …" without "with" gives the participle no speaker of its own', () => {
    assert.deepEqual(whoOf('Russia attacked Kyiv overnight with drones, saying it targeted military sites.', 'en'), [
      ['strike', 'UA-30', null],
    ]);
  });
});

describe("a headline's side gives way to the body or person that tells the same tally", () => {
  it('"Russia says 20 drones destroyed" over "Russian defence ministry says 20 drones were shot down"', () => {
    assert.deepEqual(
      whoOf(
        'Russia says 20 Ukrainian drones destroyed over Crimea\n\nRussian defence ministry says 20 Ukrainian drones were shot down in an early morning attack.',
        'en',
      ),
      [['interception', 'UA-43', 'ministry']],
    );
  });

  it("a side's statement in the body stays the side's when a person retells its tally", () => {
    assert.deepEqual(
      whoOf(
        'Refinery targeted in border region\n\nMoscow said troops destroyed three drones over Bryansk region. The regional governor, Alexander Bogomaz, said three drones were destroyed over Bryansk region.',
        'en',
      ),
      [['interception', 'RU-BRY', 'official']],
    );
  });

  it('a side in the headline stays over a body that only the outlet voices', () => {
    assert.deepEqual(
      whoOf(
        'Russia says 20 Ukrainian drones destroyed over Crimea\n\nTwenty Ukrainian drones were shot down over Crimea in an early morning attack, the agency reported.',
        'en',
      ).slice(0, 1),
      [['interception', 'UA-43', 'official']],
    );
  });
});
