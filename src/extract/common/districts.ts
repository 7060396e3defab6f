import { findPlaces, type PlaceMatch } from './gazetteer.ts';

// «Белгородский район», «Джанкойским районом», «Грайворонский округ», «Харківський район»: a district named by the
// adjective of its town. The gazetteer knows towns, not districts, so read the adjective back to its town.
const DISTRICT =
  /(?<![\p{L}-])((?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+?)(ский|ского|скому|ским|ском|ская|ской|ськ(?:ий|ого|ому|им|ій|а|ої))\s+(?:район\p{L}*|округ\p{L}*|городск\p{L}*\s+округ\p{L}*|муниципальн\p{L}*\s+округ\p{L}*|громад\p{L}*)/gu;

function townOf(stem: string, ending: string): PlaceMatch | undefined {
  // «Курский» -> Курск, «Белгородский» -> Белгород, «Шебекинский» -> Шебекино, «Харківський» -> Харків.
  const candidates = [
    `${stem}${ending.startsWith('ськ') ? 'ськ' : 'ск'}`,
    stem,
    `${stem}о`,
    `${stem}а`,
    `${stem}ь`,
    `${stem}и`,
    // Towns named by an adjective: «Новгород-Сіверській громаді» -> Новгород-Сіверський.
    `${stem}${ending.startsWith('ськ') ? 'ський' : 'ский'}`,
  ];
  for (const name of candidates) {
    const found = findPlaces(name).find((p) => p.kind === 'city' && p.start === 0 && p.end === name.length);
    if (found) return found;
  }
  return undefined;
}

const DISTRICTS = new WeakSet<PlaceMatch>();

/** True for a match findDistricts made. */
export function isDistrict(place: PlaceMatch): boolean {
  return DISTRICTS.has(place);
}

export function findDistricts(text: string): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  if (!/район|округ|громад/u.test(text)) return out;
  DISTRICT.lastIndex = 0;
  for (let m = DISTRICT.exec(text); m !== null; m = DISTRICT.exec(text)) {
    const town = townOf(m[1] ?? '', m[2] ?? '');
    if (!town) continue;
    const district: PlaceMatch = {
      ...town,
      kind: 'region',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      name: m[0],
    };
    DISTRICTS.add(district);
    out.push(district);
  }
  return out;
}
