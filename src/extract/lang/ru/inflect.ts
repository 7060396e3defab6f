// Russian word forms for the lexicon, generated from one form and an ending class, so that a word added to a list gets
// every form real text uses («атаковал» gives атаковала, атаковало, атаковали; «поврежден» gives повреждена, повреждено,
// повреждены) instead of the forms someone thought to type. Spelling follows the rules of Russian orthography the
// endings need (ы → и after к, г, х and the hushing letters; о → е after the hushing letters when unstressed); ё is
// written е, as the matcher folds it. A stem with `*` in the lexicon still matches what it always did; these helpers
// are for the words a stem cannot take without taking other words too («попал*» would take «попалась» and «попалось»
// as well, but «порт*» takes «портрет»).

const VELAR = /[кгх]$/u;
const HUSHING = /[жшчщ]$/u;
const VOWEL = /[аеёиоуыэюя]$/u;

function y(stem: string): string {
  return VELAR.test(stem) || HUSHING.test(stem) ? 'и' : 'ы';
}

/** Past tense in every gender and number from the masculine: «атаковал» → атаковал, атаковала, атаковало, атаковали;
 *  «погиб» → погиб, погибла, погибло, погибли; a reflexive «взорвался» → взорвался, взорвалась, взорвалось,
 *  взорвались; «подвергся» → подверглась. */
export function past(masculine: string): string[] {
  const reflexive = masculine.endsWith('ся');
  const base = reflexive ? masculine.slice(0, -2) : masculine;
  const stem = base.endsWith('л') ? base : `${base}л`;
  const forms = [base, `${stem}а`, `${stem}о`, `${stem}и`];
  return reflexive ? forms.map((f, i) => f + (i === 0 ? 'ся' : 'сь')) : forms;
}

/** Short passive participle (or short adjective) in every gender and number from the masculine: «поврежден» →
 *  поврежден, повреждена, повреждено, повреждены; «сбит» → сбит, сбита, сбито, сбиты. */
export function short(masculine: string): string[] {
  return [masculine, `${masculine}а`, `${masculine}о`, `${masculine}${y(masculine)}`];
}

/** Long adjective or participle in every gender, number and case from its stem: «поврежденн» → поврежденный,
 *  поврежденная, поврежденное, поврежденные, поврежденного, поврежденной, поврежденному, поврежденным, поврежденную,
 *  поврежденных, поврежденными, поврежденном; «упавш» → упавший, упавшая, упавшее, упавшего… */
export function long(stem: string): string[] {
  const i = y(stem);
  const o = HUSHING.test(stem) ? 'е' : 'о';
  const endings = [
    `${i}й`,
    'ая',
    `${o}е`,
    `${i}е`,
    `${o}го`,
    `${o}й`,
    `${o}му`,
    `${i}м`,
    'ую',
    `${i}х`,
    `${i}ми`,
    `${o}м`,
  ];
  return endings.map((e) => stem + e);
}

/** Present (or perfective future) third person, singular and plural: «атаку», 'e' → атакует, атакуют; «гор», 'i' →
 *  горит, горят; «поража», 'e' → поражает, поражают. With `reflexive`, «взрыва» → взрывается, взрываются. */
export function present(stem: string, conjugation: 'e' | 'i', reflexive = false): string[] {
  const forms =
    conjugation === 'e'
      ? [`${stem}ет`, `${stem}${VOWEL.test(stem) ? 'ют' : 'ут'}`]
      : [`${stem}ит`, `${stem}${HUSHING.test(stem) ? 'ат' : 'ят'}`];
  return reflexive ? forms.map((f) => `${f}ся`) : forms;
}

/** Declension classes of the nouns the lexicon needs:
 *  - `m`: masculine, hard stem, named by its nominative («удар», «танк»);
 *  - `m-soft`: masculine in -ь, named by the stem without it («истребител» for истребитель);
 *  - `f`: feminine in -а, named by the stem («атак» for атака; the genitive plural is the bare stem, «атак»);
 *  - `f-ia`: feminine in -ия, named by the stem before -я («подстанци» for подстанция);
 *  - `n-ie`: neuter in -ие, named by the stem before -е («повреждени» for повреждение). */
export type NounClass = 'm' | 'm-soft' | 'f' | 'f-ia' | 'n-ie';

export interface NounForms {
  singular: string[];
  plural: string[];
}

/** Every case of a noun, singular and plural apart (a weapon's singular says one): «удар», 'm' → удар, удара, удару,
 *  ударом, ударе; удары, ударов, ударам, ударами, ударах. */
export function declension(stem: string, cls: NounClass): NounForms {
  const i = y(stem);
  const o = HUSHING.test(stem) ? 'е' : 'о';
  switch (cls) {
    case 'm':
      return {
        singular: [stem, `${stem}а`, `${stem}у`, `${stem}${o}м`, `${stem}е`],
        plural: [`${stem}${i}`, `${stem}${HUSHING.test(stem) ? 'ей' : 'ов'}`, `${stem}ам`, `${stem}ами`, `${stem}ах`],
      };
    case 'm-soft':
      return {
        singular: [`${stem}ь`, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`],
        plural: [`${stem}и`, `${stem}ей`, `${stem}ям`, `${stem}ями`, `${stem}ях`],
      };
    case 'f':
      return {
        singular: [`${stem}а`, `${stem}${i}`, `${stem}е`, `${stem}у`, `${stem}${o}й`],
        plural: [`${stem}${i}`, stem, `${stem}ам`, `${stem}ами`, `${stem}ах`],
      };
    case 'f-ia':
      return {
        singular: [`${stem}я`, `${stem}и`, `${stem}ю`, `${stem}ей`],
        plural: [`${stem}и`, `${stem}й`, `${stem}ям`, `${stem}ями`, `${stem}ях`],
      };
    case 'n-ie':
      return {
        singular: [`${stem}е`, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}и`],
        plural: [`${stem}я`, `${stem}й`, `${stem}ям`, `${stem}ями`, `${stem}ях`],
      };
  }
}

/** All the forms of a noun, each once: «атак», 'f' → атака, атаки, атаке, атаку, атакой, атак, атакам, атаками,
 *  атаках. */
export function noun(stem: string, cls: NounClass): string[] {
  const { singular, plural } = declension(stem, cls);
  return [...new Set([...singular, ...plural])];
}

/** Forms without the ones named: «самолетом» is the means («уничтожен самолетом»), not a target. */
export function without(forms: string[], ...omit: string[]): string[] {
  return forms.filter((f) => !omit.includes(f));
}
