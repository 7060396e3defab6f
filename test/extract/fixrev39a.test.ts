// fixrev39a (thirty-ninth session): review 39a's findings on claim39. The texts are ours, invented in the shape of
// real news leads and Telegram posts (after the reviewer's).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-20T08:00:00+03:00';
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string, lang: 'en' | 'uk' = 'en') => extractText(text, lang, PUBLISHED).map(who);

describe("fixrev39a: a side's headline takes the lead's voice only where the lead retells it", () => {
  it('a same-side voice that tells something else leaves the side its own words', () => {
    assert.deepEqual(
      whoOf(
        '# Russia says it shot down 20 Ukrainian drones overnight\n\nRussian Foreign Ministry spokeswoman Maria ' +
          "Zakharova said on Thursday that Ukraine's attacks on civilian targets would not go unpunished.",
      ),
      [['interception', null, 'official']],
    );
    assert.deepEqual(
      whoOf(
        '# Ukraine says Russia launched 70 drones overnight\n\nUkrainian President Volodymyr Zelensky said on Sunday ' +
          'that allies must deliver more air defence systems after a week of attacks.',
      ),
      [['strike', null, 'official']],
    );
    // His own fact is of another kind: the damage is his, the downing the side's.
    assert.deepEqual(
      whoOf(
        "# Ukraine says 45 drones shot down\n\nUkraine's Energy Minister Herman Halushchenko said Russian drones had " +
          'damaged energy infrastructure in several regions overnight.',
      ).find(([kind]) => kind === 'interception'),
      ['interception', null, 'official'],
    );
  });

  it('a lead that retells the headline still lends its voice', () => {
    // Its own fact of the headline's kind.
    assert.deepEqual(
      whoOf(
        "# Ukraine says it shot down 50 Russian drones overnight\n\nUkraine's air force said on Monday it had shot " +
          'down 50 of 73 drones Russia launched overnight.',
      ),
      [['interception', null, 'air_force']],
    );
    // Its sentence gives the headline's figure in its region, by a verb no rule reads.
    assert.deepEqual(
      whoOf(
        '# Russia Says Its Air Defences Downed Four Drones Near Moscow\n\nRussia’s Defence Ministry said four drones ' +
          'were brought down near Moscow in what it called an attempted attack.',
      ).find(([kind]) => kind === 'interception'),
      ['interception', 'RU-MOS', 'ministry'],
    );
    // No fact of its own, its sentence names the headline's weapon.
    assert.deepEqual(
      whoOf(
        '# Kyiv claims massive drone attack by Russia\n\nMoscow has used 80 Shahed drones in its night assault, the ' +
          'Ukrainian Air Force has said.',
      ),
      [['strike', null, 'air_force']],
    );
  });
});

describe("fixrev39a: a body's titled head speaks only as the subject of the verb of saying", () => {
  it('a head who is met, thanked or whose convoy was hit is no speaker, nor is his body', () => {
    assert.deepEqual(
      whoOf(
        "Zelensky met the head of Ukraine's armed forces, General Petro Ivanenko, and said 30 drones struck Odesa " +
          'region overnight.',
      ),
      [['strike', 'UA-51', null]],
    );
    assert.deepEqual(
      whoOf(
        'Zelensky thanked armed forces chief Petro Ivanenko and said air defences downed 40 drones over Kyiv region ' +
          'overnight.',
      ),
      [['interception', 'UA-32', null]],
    );
    assert.deepEqual(
      whoOf(
        'A drone hit the convoy of the head of the army, General Petro Ivanenko, in Donetsk region on Tuesday, ' +
          'killing his driver, a source said.',
      ).map(([, , speaker]) => speaker),
      [null, null],
    );
    // The ministry cites him: the ministry speaks.
    assert.deepEqual(
      whoOf(
        "Russia's defence ministry, citing the commander of the army, General Ivan Sidorov, said 14 drones " +
          'were destroyed over Belgorod region.',
      ),
      [['interception', 'RU-BEL', 'ministry']],
    );
  });

  it('the head whose phrase opens the clause and whose name the verb follows still speaks', () => {
    assert.deepEqual(
      whoOf(
        'The head of the SBU, Vasyl Petrenko, said Ukrainian drones struck an airfield in Tambov region overnight.',
      ),
      [['strike', 'RU-TAM', 'Vasyl Petrenko']],
    );
    assert.deepEqual(
      whoOf('Kharkiv police chief Ivan Tkachuk said on Monday a guided bomb struck a house in Kharkiv.').find(
        ([kind]) => kind === 'strike',
      ),
      ['strike', 'UA-63', 'Ivan Tkachuk'],
    );
  });
});

describe('fixrev39a: «колаборанти» speak only as the subject of a verb of saying', () => {
  it('a named occupation head keeps his name and role', () => {
    assert.deepEqual(whoOf('Колаборант Сальдо заявив, що ППО збила 4 ракети над Херсонською областю.', 'uk'), [
      ['interception', 'UA-65', 'Колаборант Сальдо'],
    ]);
  });

  it('collaborators as victims, targets or gatherers are no speaker', () => {
    assert.deepEqual(whoOf('Колаборанти загинули внаслідок вибуху в Каховці, пишуть місцеві пабліки.', 'uk'), [
      ['explosion', 'UA-65', 'media'],
    ]);
    assert.deepEqual(whoOf('Сили оборони вдарили по штабу колаборантів у Генічеську, кажуть партизани.', 'uk'), [
      ['strike', 'UA-65', null],
    ]);
    assert.deepEqual(
      whoOf('Вночі дрон атакував будівлю, де збиралися колаборанти, у Генічеську, повідомляють місцеві канали.', 'uk'),
      [['strike', 'UA-65', null]],
    );
  });

  it('collaborators who say so still speak', () => {
    assert.deepEqual(
      whoOf('Колаборанти з так званої адміністрації Каховки кажуть, що ЗСУ вдарили по школі, загинули двоє.', 'uk').map(
        ([, , speaker]) => speaker,
      ),
      ['official', 'official'],
    );
  });
});

describe("fixrev39a: a closing governor's attribution tells the sentence's event in his area", () => {
  it('over a body that opens the sentence with what it did', () => {
    assert.deepEqual(
      whoOf(
        "Belarus's armed forces said they scrambled jets as Russian drones attacked Volyn region overnight, Governor " +
          'Petro Kovalenko said.',
      ),
      [['strike', 'UA-07', 'Petro Kovalenko']],
    );
    assert.deepEqual(
      whoOf(
        "Ukraine's army said it repelled 20 assaults, as Russian drones attacked Sumy region overnight, Governor Petro " +
          'Kovalenko said on Monday.',
      ).map(([, , speaker]) => speaker),
      ['Petro Kovalenko'],
    );
  });

  it('a body alone, or a governor who opens the sentence, is as before', () => {
    assert.deepEqual(whoOf("Ukraine's armed forces said 12 drones were shot down over Sumy region overnight."), [
      ['interception', 'UA-59', 'official'],
    ]);
    assert.deepEqual(
      whoOf(
        'Governor Petro Kovalenko said Russian drones attacked Sumy region overnight, and the air force said 12 were ' +
          'shot down.',
      ).map(([, , speaker]) => speaker),
      ['Petro Kovalenko'],
    );
  });
});
