// The Russian inflection helper (src/extract/lang/ru/inflect.ts) and the trigger classes of the Russian lexicon that
// it feeds: every form a class should read, generated from words written here, must be matched by that class.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declension, long, noun, past, present, short, without } from '../../src/extract/lang/ru/inflect.ts';
import { ru } from '../../src/extract/lang/ru/lexicon.ts';
import { compilePatterns, scan } from '../../src/extract/lexicon.ts';

describe('Russian inflection helper', () => {
  it('gives the past tense in every gender and number, plain and reflexive, with or without -л', () => {
    assert.deepEqual(past('атаковал'), ['атаковал', 'атаковала', 'атаковало', 'атаковали']);
    assert.deepEqual(past('погиб'), ['погиб', 'погибла', 'погибло', 'погибли']);
    assert.deepEqual(past('взорвался'), ['взорвался', 'взорвалась', 'взорвалось', 'взорвались']);
    assert.deepEqual(past('подвергся'), ['подвергся', 'подверглась', 'подверглось', 'подверглись']);
  });

  it('gives short participles in every gender and number', () => {
    assert.deepEqual(short('поврежден'), ['поврежден', 'повреждена', 'повреждено', 'повреждены']);
    assert.deepEqual(short('сбит'), ['сбит', 'сбита', 'сбито', 'сбиты']);
  });

  it('gives long participles in every gender, number and case, with the spelling after hushing letters', () => {
    const hard = long('поврежденн');
    assert.equal(hard.length, 12);
    for (const f of ['поврежденный', 'поврежденная', 'поврежденное', 'поврежденную', 'поврежденных', 'поврежденными'])
      assert.ok(hard.includes(f), f);
    const hushing = long('упавш');
    for (const f of ['упавший', 'упавшее', 'упавшего', 'упавшей', 'упавшими']) assert.ok(hushing.includes(f), f);
    assert.ok(!hushing.includes('упавшый') && !hushing.includes('упавшого'));
  });

  it('gives the present third person of both conjugations, and reflexive', () => {
    assert.deepEqual(present('атаку', 'e'), ['атакует', 'атакуют']);
    assert.deepEqual(present('нес', 'e'), ['несет', 'несут']);
    assert.deepEqual(present('гор', 'i'), ['горит', 'горят']);
    assert.deepEqual(present('слыш', 'i'), ['слышит', 'слышат']);
    assert.deepEqual(present('взрыва', 'e', true), ['взрывается', 'взрываются']);
  });

  it('declines nouns of each class in every case, singular and plural apart', () => {
    assert.deepEqual(declension('удар', 'm'), {
      singular: ['удар', 'удара', 'удару', 'ударом', 'ударе'],
      plural: ['удары', 'ударов', 'ударам', 'ударами', 'ударах'],
    });
    assert.deepEqual(noun('атак', 'f'), [
      'атака',
      'атаки',
      'атаке',
      'атаку',
      'атакой',
      'атак',
      'атакам',
      'атаками',
      'атаках',
    ]);
    assert.ok(noun('танк', 'm').includes('танки'));
    assert.ok(!noun('танк', 'm').includes('танкы'));
    assert.deepEqual(declension('истребител', 'm-soft').plural, [
      'истребители',
      'истребителей',
      'истребителям',
      'истребителями',
      'истребителях',
    ]);
    assert.deepEqual(declension('подстанци', 'f-ia').singular, [
      'подстанция',
      'подстанции',
      'подстанцию',
      'подстанцией',
    ]);
    assert.ok(noun('повреждени', 'n-ie').includes('повреждений'));
    // «дом» has the plural «дома», which the genitive singular already gives: the regular «домы» is left out.
    assert.deepEqual(without(noun('дом', 'm'), 'домы'), [
      'дом',
      'дома',
      'дому',
      'домом',
      'доме',
      'домов',
      'домам',
      'домами',
      'домах',
    ]);
  });
});

type Listed = 'strike' | 'interception' | 'shoot_down' | 'fell' | 'damage' | 'explosion' | 'fire' | 'killed';
type More = 'injured' | 'launched' | 'attack_noun' | 'downed' | 'hit' | 'debris';

function reads(patterns: readonly string[], form: string): boolean {
  const compiled = compilePatterns(patterns.map((pattern) => ({ pattern, value: true })));
  return scan(compiled, form).some((h) => h.start === 0 && h.end === form.length);
}

// The forms each class must read, from the words written here (not from the lexicon's own calls).
const CLASSES: Record<Listed | More, string[]> = {
  strike: [
    ...past('атаковал'),
    ...short('атакован'),
    ...past('атаковывал'),
    ...past('обстрелял'),
    ...short('обстрелян'),
    ...past('поразил'),
    ...short('поражен'),
    ...past('попал'),
    ...past('врезался'),
    ...past('подвергся'),
    ...past('ударил'),
    ...past('сбросил'),
    ...short('сброшен'),
    ...past('упал').map((f) => `${f} на`),
  ],
  interception: [
    ...short('сбит'),
    ...past('сбил'),
    ...short('уничтожен'),
    ...past('уничтожил'),
    ...short('перехвачен'),
    ...past('перехватил'),
    ...short('подавлен'),
    ...past('подавил'),
    ...short('нейтрализован'),
    ...noun('уничтожени', 'n-ie'),
  ],
  shoot_down: [...short('сбит'), ...past('сбил')],
  fell: [...past('упал'), ...past('рухнул')],
  damage: [
    ...short('поврежден'),
    ...long('поврежденн'),
    ...past('повредил'),
    ...short('разрушен'),
    ...past('разрушил'),
    ...past('разрушился'),
    ...short('выбит'),
    ...noun('повреждени', 'n-ie'),
    ...noun('разрушени', 'n-ie'),
    ...noun('ущерб', 'm'),
  ],
  explosion: [...noun('взрыв', 'm'), ...past('взорвался')],
  fire: [
    ...noun('пожар', 'm'),
    ...present('гор', 'i'),
    ...present('пыла', 'e'),
    ...past('горел'),
    ...past('загорелся'),
  ],
  killed: [...past('погиб'), ...past('убил'), ...short('убит'), ...long('погибш'), ...long('убит')],
  injured: [...short('ранен'), ...past('ранил'), ...past('пострадал'), ...long('пострадавш'), ...long('раненн')],
  launched: [...past('выпустил'), ...short('выпущен'), ...past('запустил'), ...short('запущен'), ...past('атаковал')],
  attack_noun: [...noun('атак', 'f'), ...noun('удар', 'm'), ...noun('обстрел', 'm')],
  downed: long('сбит'),
  hit: noun('попадани', 'n-ie'),
  debris: [...noun('обломк', 'm'), ...long('упавш')],
};

describe('Russian trigger classes read every form of their words', () => {
  for (const [cls, forms] of Object.entries(CLASSES) as [Listed | More, string[]][]) {
    it(`${cls}: ${forms.length} forms`, () => {
      const missed = forms.filter((f) => !reads(ru[cls], f));
      assert.deepEqual(missed, []);
    });
  }

  it('weapon and object nouns read every case, and not their look-alikes', () => {
    const weapons = ru.weapons.map((w) => w.pattern);
    const objects = ru.objects.map((o) => o.pattern);
    for (const f of [...noun('дрон', 'm'), ...noun('беспилотник', 'm')]) assert.ok(reads(weapons, f), f);
    for (const f of [...noun('порт', 'm'), ...noun('дом', 'm').slice(0, 3), 'самолету', 'истребителях'])
      assert.ok(reads(objects, f), f);
    // «портрет» is no port; «уничтожен самолетом» names the means, not the target.
    for (const f of ['портрет', 'самолетом', 'самолетами', 'истребителем']) assert.ok(!reads(objects, f), f);
  });

  it('the singular of a weapon noun says one, its genitive (also «2 дрона») does not', () => {
    const singular = new Set(ru.weapons.filter((w) => w.singular).map((w) => w.pattern));
    for (const f of ['дрон', 'дрону', 'дроном', 'дроне', 'беспилотник']) assert.ok(singular.has(f), f);
    for (const f of ['дрона', 'дронов', 'дронах', 'беспилотника']) assert.ok(!singular.has(f), f);
  });

  it('the check can fail: a class without a form is seen', () => {
    assert.equal(reads(['атаковала'], 'атаковали'), false);
  });
});
