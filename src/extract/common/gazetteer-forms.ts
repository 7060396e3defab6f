// Case forms of Russian and Ukrainian place names, made from endings rather than hand lists, for the gazetteer
// generator: "Калужская область" -> "Калужской области", "Калужскую область", "Калужской областью";
// "Нижний Новгород" -> "Нижнего Новгорода", "Нижнем Новгороде"; "Київ" -> "Києва", "Києві".
// The rules over-generate on purpose (an extra wrong form of a proper name costs nothing when matching);
// they must never drop a real form. Irregular words go in IRREGULAR. A word written "!Эл" is not declined.

/** nom, gen, dat, acc, ins, loc(prep) */
export type CaseForms = [string[], string[], string[], string[], string[], string[]];
export type Lang2 = 'ru' | 'uk';

const VOWELS = 'аеёиоуыэюяєіїь';
const RU_VELAR_SIBILANT = 'гкхжшчщ';
const HUSHING = 'жшчщц';

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[а-яґєії]/.test(ch) && !VOWELS.includes(ch) && ch !== 'й';
}

function same(word: string): CaseForms {
  return [[word], [word], [word], [word], [word], [word]];
}

function build(stem: string, endings: string[][]): CaseForms {
  return endings.map((list) => list.map((e) => stem + e)) as CaseForms;
}

// Words whose forms no ending rule gives: fleeting vowels, velar alternations, the neuter "море".
const IRREGULAR: Record<Lang2, Record<string, string[][]>> = {
  ru: {
    орел: [['Орел', 'Орёл'], ['Орла'], ['Орлу'], ['Орел', 'Орёл'], ['Орлом'], ['Орле']],
    елец: [['Елец'], ['Ельца'], ['Ельцу'], ['Елец'], ['Ельцом'], ['Ельце']],
    рог: [['Рог'], ['Рога'], ['Рогу'], ['Рог'], ['Рогом'], ['Роге', 'Рогу']],
    крым: [['Крым'], ['Крыма'], ['Крыму'], ['Крым'], ['Крымом'], ['Крыму', 'Крыме']],
    море: [['море'], ['моря'], ['морю'], ['море'], ['морем'], ['море']],
    гусь: [['Гусь'], ['Гуся'], ['Гусю'], ['Гусь'], ['Гусем'], ['Гусе']],
    питер: [['Питер'], ['Питера'], ['Питеру'], ['Питер'], ['Питером'], ['Питере']],
    // A neuter noun in -поле, not an adjective in -е: «Гуляйполя», «в Гуляйполе».
    гуляйполе: [['Гуляйполе'], ['Гуляйполя'], ['Гуляйполю'], ['Гуляйполе'], ['Гуляйполем'], ['Гуляйполе']],
  },
  uk: {
    ріг: [['Ріг'], ['Рогу', 'Рога'], ['Рогу'], ['Ріг'], ['Рогом'], ['Розі', 'Рогу']],
    море: [['море'], ['моря'], ['морю'], ['море'], ['морем'], ['морі', 'морю']],
    орел: [['Орел', 'Орьол'], ['Орла', 'Орлу'], ['Орлу'], ['Орел'], ['Орлом'], ['Орлі']],
    крим: [['Крим'], ['Криму'], ['Криму'], ['Крим'], ['Кримом'], ['Криму', 'Кримі']],
    // «райони Гуляйполя», «у Гуляйполі»: the neuter noun поле, which the -е adjective rule would read as «Гуляйполого».
    гуляйполе: [['Гуляйполе'], ['Гуляйполя'], ['Гуляйполю'], ['Гуляйполе'], ['Гуляйполем'], ['Гуляйполі']],
  },
};

function matchCase(model: string, forms: string[][]): string[][] {
  const upper = model[0] !== undefined && model[0] !== model[0].toLowerCase();
  return forms.map((list) =>
    list.map((f) => (upper ? f[0]!.toUpperCase() + f.slice(1) : f[0]!.toLowerCase() + f.slice(1))),
  );
}

type Kind = 'adj' | 'noun' | 'fixed';

function wordKind(lower: string, lang: Lang2): Kind {
  if (lang === 'ru') {
    if (/(ая|яя|ый|ий|ой|ое|ее|ые|ие)$/.test(lower) && lower.length > 3) return 'adj';
  } else if (/(ька|ська|цька|на|ова|ева|ий|ій|е|ні|ські)$/.test(lower) && lower.length > 3) {
    // Ukrainian adjectives: "Калузька", "Чорне", "Кривий"; nouns in -на ("Умань"? no: "Вінниця") are rare as
    // standalone names, so -на/-ова/-ева counts as an adjective only inside a multi-word phrase (see below).
    return 'adj';
  }
  return 'noun';
}

function ruAdj(word: string, lower: string): CaseForms | null {
  const stem = word.slice(0, -2);
  const end = lower.slice(-2);
  const before = lower.at(-3) ?? '';
  const soft = !RU_VELAR_SIBILANT.includes(before) && end === 'ий';
  const hush = 'жшчщ'.includes(before);
  switch (end) {
    case 'ая':
      return build(stem, [['ая'], ['ой'], ['ой'], ['ую'], ['ой', 'ою'], ['ой']]);
    case 'яя':
      return build(stem, [['яя'], ['ей'], ['ей'], ['юю'], ['ей', 'ею'], ['ей']]);
    case 'ый':
    case 'ой':
      return build(stem, [[end], ['ого'], ['ому'], [end], [RU_VELAR_SIBILANT.includes(before) ? 'им' : 'ым'], ['ом']]);
    case 'ий':
      return soft || hush
        ? build(stem, [['ий'], ['его'], ['ему'], ['ий'], ['им'], ['ем']])
        : build(stem, [['ий'], ['ого'], ['ому'], ['ий'], ['им'], ['ом']]);
    case 'ое':
      return build(stem, [
        ['ое'],
        ['ого'],
        ['ому'],
        ['ое'],
        [RU_VELAR_SIBILANT.includes(before) ? 'им' : 'ым'],
        ['ом'],
      ]);
    case 'ее':
      return build(stem, [['ее'], ['его'], ['ему'], ['ее'], ['им'], ['ем']]);
    case 'ые':
      return build(stem, [['ые'], ['ых'], ['ым'], ['ые'], ['ыми'], ['ых']]);
    case 'ие':
      return build(stem, [['ие'], ['их'], ['им'], ['ие'], ['ими'], ['их']]);
  }
  return null;
}

function ukAdj(word: string, lower: string): CaseForms | null {
  if (lower.endsWith('а')) {
    const stem = word.slice(0, -1);
    return build(stem, [['а'], ['ої'], ['ій'], ['у'], ['ою'], ['ій']]);
  }
  if (lower.endsWith('ий')) {
    const stem = word.slice(0, -2);
    return build(stem, [['ий'], ['ого'], ['ому'], ['ий'], ['им'], ['ому']]);
  }
  if (lower.endsWith('ій')) {
    const stem = word.slice(0, -2);
    return build(stem, [['ій'], ['ього'], ['ьому'], ['ій'], ['ім'], ['ьому', 'ім']]);
  }
  if (lower.endsWith('е')) {
    const stem = word.slice(0, -1);
    return build(stem, [['е'], ['ого'], ['ому'], ['е'], ['им'], ['ому']]);
  }
  if (lower.endsWith('і')) {
    const stem = word.slice(0, -1);
    return build(stem, [['і'], ['их'], ['им'], ['і'], ['ими'], ['их']]);
  }
  return null;
}

function ruNoun(word: string, lower: string): CaseForms {
  const last = lower.at(-1) ?? '';
  const before = lower.at(-2) ?? '';
  if (last === 'а') {
    const stem = word.slice(0, -1);
    const gen = RU_VELAR_SIBILANT.includes(before) ? 'и' : 'ы';
    return build(stem, [['а'], [gen], ['е'], ['у'], ['ой', 'ою'], ['е']]);
  }
  if (last === 'я') {
    const stem = word.slice(0, -1);
    if (before === 'и') return build(stem, [['я'], ['и'], ['и'], ['ю'], ['ей', 'ею'], ['и']]);
    return build(stem, [['я'], ['и'], ['е'], ['ю'], ['ей', 'ею'], ['е']]);
  }
  if (last === 'ь') {
    const stem = word.slice(0, -1);
    // -ль after a consonant or -поль is masculine (Ярославль, Севастополь); -нь, -рь, -чь, -ть feminine.
    if (lower.endsWith('ль') && (isConsonant(before === 'л' ? lower.at(-3) : '') || lower.endsWith('поль'))) {
      return build(stem, [['ь'], ['я'], ['ю'], ['ь'], ['ем'], ['е']]);
    }
    return build(stem, [['ь'], ['и'], ['и'], ['ь'], ['ью'], ['и']]);
  }
  if (last === 'й') {
    const stem = word.slice(0, -1);
    return build(stem, [['й'], ['я'], ['ю'], ['й'], ['ем'], ['е']]);
  }
  if (lower.endsWith('ье')) {
    const stem = word.slice(0, -1);
    return build(stem, [['е'], ['я'], ['ю'], ['е'], ['ем'], ['е']]);
  }
  if (last === 'о') {
    // Names in -ово/-ево/-ино are kept indeclinable by most media ("в Домодедово"); the older declined locative
    // ("в Иванове") is added. A genitive in -а would collide with surnames (Иванова), so none.
    if (/(ов|ев|ин|ын)о$/.test(lower)) return [[word], [word], [word], [word], [word], [word, `${word.slice(0, -1)}е`]];
    return same(word);
  }
  // Plurals: Чебоксары, Химки, Мытищи, Люберцы (not Сочи, which does not decline).
  if (last === 'ы' || (last === 'и' && 'гкхжшщ'.includes(before))) {
    const stem = word.slice(0, -1);
    const gen: string[] = [];
    if (lower.endsWith('ки')) {
      const b = lower.at(-3) ?? '';
      gen.push('йь'.includes(b) ? `${stem.slice(0, -2)}ек` : `${stem.slice(0, -1)}ок`);
    } else if (lower.endsWith('цы')) gen.push(`${stem.slice(0, -1)}ец`);
    else gen.push(stem, `${stem}ов`);
    return [[word], gen, [`${stem}ам`], [word], [`${stem}ами`], [`${stem}ах`]];
  }
  if (VOWELS.includes(last)) return same(word);
  // Hard consonant: masculine. -ец drops its vowel (Череповец -> Череповца).
  let stem = word;
  if (lower.endsWith('ец') && lower.length > 4 && !VOWELS.includes(lower.at(-3) ?? '')) stem = `${word.slice(0, -2)}ц`;
  // Towns in -ов/-ев/-ин take -ом or, like surnames, -ым ("под Ореховым").
  const ins = HUSHING.includes(lower.at(-1) ?? '')
    ? ['ем', 'ом']
    : /(ов|ев|ин|ын)$/.test(lower)
      ? ['ом', 'ым']
      : ['ом'];
  return build(stem, [[''], ['а'], ['у'], [''], ins, ['е']]).map((l, i) =>
    i === 0 || i === 3 ? [word] : l,
  ) as CaseForms;
}

const UK_ALTERNATION: Record<string, string> = { г: 'з', к: 'ц', х: 'с' };

function ukLocI(stem: string): string {
  const last = stem.at(-1) ?? '';
  const alt = UK_ALTERNATION[last];
  return alt ? `${stem.slice(0, -1)}${alt}і` : `${stem}і`;
}

/** Closed final syllable vowel change: Харків -> Харкова, Київ -> Києва, Бориспіль -> Борисполя. */
function ukOpenStem(stem: string): string | null {
  const m = /^(.+)і([бвгґджзклмнпрстфхцчшщ]{1,2}ь?)$/.exec(stem);
  // After a hushing consonant the vowel is е: Золочів -> Золочева, Золочеві.
  if (m?.[1]) return `${m[1]}${/[жчшщ]$/.test(m[1]) ? 'е' : 'о'}${m[2]}`;
  const y = /^(.+)ї([бвгґджзклмнпрстфхцчшщ]{1,2})$/.exec(stem);
  if (y?.[1]) return `${y[1]}є${y[2]}`;
  return null;
}

function ukNoun(word: string, lower: string): CaseForms {
  const last = lower.at(-1) ?? '';
  const before = lower.at(-2) ?? '';
  if (last === 'а') {
    const stem = word.slice(0, -1);
    return [[word], [`${stem}и`], [ukLocI(stem)], [`${stem}у`], [`${stem}ою`], [ukLocI(stem)]];
  }
  if (last === 'я') {
    const stem = word.slice(0, -1);
    if (before === 'і' || before === 'ї') return build(stem, [['я'], ['ї'], ['ї'], ['ю'], ['єю'], ['ї']]);
    if (before === lower.at(-3) && isConsonant(before)) {
      // Neuter with a doubled consonant: Запоріжжя, Придніпров'я.
      return build(stem, [['я'], ['я'], ['ю'], ['я'], ['ям'], ['і']]);
    }
    if (before === "'") return build(stem, [['я'], ['я'], ['ю'], ['я'], ['ям'], ['ї']]);
    return build(stem, [['я'], ['і'], ['і'], ['ю'], ['ею'], ['і']]);
  }
  // Masculine -ець drops its vowel, and л before it softens: Кременець -> Кременця, у Кременці, Кременцем;
  // Кам'янець(-Подільський) -> у Кам'янці(-Подільському); Козелець -> Козельця. No feminine noun ends so.
  if (lower.endsWith('ець') && lower.length > 4 && isConsonant(lower.at(-4))) {
    const base = word.slice(0, -3);
    const stem = `${base}${lower.at(-4) === 'л' ? 'ь' : ''}ц`;
    return [[word], [`${stem}я`], [`${stem}ю`, `${stem}еві`], [word], [`${stem}ем`], [`${stem}і`]];
  }
  if (last === 'ь') {
    const stem = word.slice(0, -1);
    if (lower.endsWith('ль') && (lower.endsWith('іль') || lower.endsWith('поль') || isConsonant(lower.at(-3)))) {
      const stems = [stem, ukOpenStem(stem)].filter((s): s is string => s !== null);
      return [
        [word],
        stems.map((s) => `${s}я`),
        stems.flatMap((s) => [`${s}ю`, `${s}еві`]),
        [word],
        stems.map((s) => `${s}ем`),
        stems.map((s) => `${s}і`),
      ];
    }
    // Feminine: Кубань -> Кубанню; область -> областю (no doubling after two consonants).
    const doubled = isConsonant(lower.at(-3)) ? `${stem}ю` : `${stem}${stem.at(-1) ?? ''}ю`;
    return [[word], [`${stem}і`], [`${stem}і`], [word], [doubled], [`${stem}і`]];
  }
  if (last === 'й') {
    const stem = word.slice(0, -1);
    return build(stem, [['й'], ['ю', 'я'], ['ю', 'єві'], ['й'], ['єм'], ['ї']]);
  }
  if (last === 'о') {
    const stem = word.slice(0, -1);
    return build(stem, [['о'], ['а'], ['у'], ['о'], ['ом'], ['і']]).map((l, i) =>
      i === 5 ? [ukLocI(stem)] : l,
    ) as CaseForms;
  }
  if (last === 'и' || last === 'і') {
    const stem = word.slice(0, -1);
    const soft = last === 'і';
    const gen = soft ? [`${stem}ів`] : [stem, `${stem}ів`];
    return [
      [word],
      gen,
      [`${stem}${soft ? 'ям' : 'ам'}`],
      [word],
      [`${stem}${soft ? 'ями' : 'ами'}`],
      [`${stem}${soft ? 'ях' : 'ах'}`],
    ];
  }
  if (VOWELS.includes(last)) return same(word);
  const stems = [word, ukOpenStem(word)].filter((s): s is string => s !== null);
  const ins = HUSHING.includes(last) ? 'ем' : 'ом';
  return [
    [word],
    stems.flatMap((s) => [`${s}а`, `${s}у`]),
    stems.flatMap((s) => [`${s}у`, `${s}ові`]),
    [word],
    stems.map((s) => `${s}${ins}`),
    stems.flatMap((s) => [ukLocI(s), `${s}у`]),
  ];
}

function declineWord(word: string, lang: Lang2, asAdj: boolean): CaseForms {
  if (word.startsWith('!')) return same(word.slice(1));
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  const irregular = IRREGULAR[lang][lower];
  if (irregular) return matchCase(word, irregular) as CaseForms;
  if (asAdj) {
    const forms = lang === 'ru' ? ruAdj(word, lower) : ukAdj(word, lower);
    if (forms) return forms;
  }
  return lang === 'ru' ? ruNoun(word, lower) : ukNoun(word, lower);
}

/** A hyphenated word: "Ростов-на-Дону" declines its first part, "Петропавловск-Камчатский" both,
 *  "Йошкар-Ола" and "Кабардино-Балкарская" only the last. */
function declineCompound(word: string, lang: Lang2, asAdj: boolean): CaseForms {
  if (word.startsWith('!')) return same(word.slice(1));
  const parts = word.split('-');
  if (parts.length === 1) return declineWord(word, lang, asAdj);
  const lowerParts = parts.map((p) => p.toLowerCase());
  const na = lowerParts.indexOf('на');
  const lastAdj = wordKind(lowerParts.at(-1) ?? '', lang) === 'adj';
  const per = parts.map((p, i) => {
    if (na > 0) return i === 0 ? declineWord(p, lang, false) : same(p);
    if (i === parts.length - 1) return declineWord(p, lang, asAdj || lastAdj);
    const lp = lowerParts[i] ?? '';
    const declines = lastAdj && (isConsonant(lp.at(-1)) || lp.endsWith('ь')) && lp !== 'санкт';
    return declines ? declineWord(p, lang, false) : same(p);
  });
  return joinForms(per, '-');
}

function joinForms(per: CaseForms[], sep: string): CaseForms {
  const out: string[][] = [];
  for (let c = 0; c < 6; c++) {
    let acc: string[] = [''];
    per.forEach((forms, i) => {
      const next: string[] = [];
      for (const a of acc) for (const f of forms[c] ?? []) next.push(i === 0 ? f : `${a}${sep}${f}`);
      acc = next;
    });
    out.push([...new Set(acc)]);
  }
  return out as CaseForms;
}

/** All case forms of a name, by case. Adjectives agree with the noun that follows them. `adjective`: the name is
 *  known to be an adjective (its Russian name is one: «Ясинувата», Ясиноватая), whatever its shape. */
export function declineByCase(name: string, lang: Lang2, adjective = false): CaseForms {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const per = words.map((w, i) => {
    const lower = w.toLowerCase();
    const beforeNoun = i < words.length - 1 && !(words[i + 1] ?? '').startsWith('!');
    // An adjective: an adjective-shaped word ("Первомайский", "Кам'янське"), or in Ukrainian any word in -а/-ий/-е/-і
    // that stands before a declined noun ("Біла Церква", "Нова Каховка"); Ukrainian -на/-ова only there.
    const tail = lower.split('-').at(-1) ?? lower;
    const adjShape = wordKind(tail, lang) === 'adj';
    const weakUk = lang === 'uk' && /(на|ова|ева|ні)$/.test(lower);
    const ukBefore = lang === 'uk' && beforeNoun && /(а|ий|ій|е|і)$/.test(tail);
    const asAdj = ukBefore || (adjShape && (beforeNoun || !weakUk));
    const forms = declineCompound(w, lang, asAdj);
    // A Ukrainian feminine name in -ова/-ева/-на read as a noun may be an adjective too («у Лозовій», «у Попасній»,
    // «у Піщаній», but «у Долині»), and one whose Russian name is an adjective is one («у Ясинуватій», «у
    // Глибокій»): both paradigms, as the extra forms of the wrong one name nothing else. Not -ина, -іна, the nouns' suffix
    // («Буковина», «Харківщина», «Долина»).
    const alsoAdj =
      lang === 'uk' && !asAdj && tail.endsWith('а') && ((UK_WEAK_FEMININE_ADJ.test(tail) && adjShape) || adjective);
    return alsoAdj ? mergeForms(forms, declineCompound(w, lang, true)) : forms;
  });
  return joinForms(per, ' ');
}

const UK_WEAK_FEMININE_ADJ = /(?:ова|ева|[^иії]на)$/u;

function mergeForms(a: CaseForms, b: CaseForms): CaseForms {
  return a.map((list, c) => [...new Set([...list, ...(b[c] ?? [])])]) as CaseForms;
}

/** Every distinct form of a name, nominative first. A single Russian word in -ой may be a noun (Джанкой ->
 *  Джанкое) or an adjective (Лесной -> Лесном): both paradigms are given. */
export function declineAll(name: string, lang: Lang2, adjective = false): string[] {
  const forms = declineByCase(name, lang, adjective).flat();
  if (lang === 'ru' && /^[^\s-]+ой$/.test(name)) forms.push(...ruNoun(name, name.toLowerCase()).flat());
  return [...new Set(forms)];
}
