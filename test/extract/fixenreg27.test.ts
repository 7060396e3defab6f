// enreg27's whole-country clause after review (twenty-seventh session, branch fixenreg27): it applies only to kinds the
// whole country has by nature (alert, power cut, interception, airports); a strike, damage, a fire or a toll told
// beside a nationwide wave keeps the town named in another clause. Every text is invented, in the style of news leads
// and posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-10T08:00:00+03:00';
const pairs = (text: string, lang: Lang = 'en') =>
  extractText(text, lang, PUBLISHED).map((f) => [f.kind, f.region?.code ?? null] as const);
const show = (text: string, lang: Lang = 'en') => JSON.stringify(pairs(text, lang));
/** Every fact of `kind` has a region, and `codes` are among them. */
const keeps = (text: string, kind: string, codes: string[], lang: Lang = 'en') => {
  const of = pairs(text, lang).filter(([k]) => k === kind);
  assert.ok(of.length > 0, show(text, lang));
  assert.ok(
    of.every(([, c]) => c !== null),
    show(text, lang),
  );
  for (const code of codes)
    assert.ok(
      of.some(([, c]) => c === code),
      show(text, lang),
    );
};

describe('a wave across the country and the town it hit, in another clause', () => {
  it('a participle or a second clause tells the town', () => {
    keeps(
      'Russia launched a massive attack across Ukraine, hitting energy facilities in Lviv and Ivano-Frankivsk.',
      'strike',
      ['UA-46', 'UA-26'],
    );
    keeps('Ukraine struck targets across Russia, hitting an oil depot in Bryansk.', 'strike', ['RU-BRY']);
    keeps(
      'A thermal power plant in Kyiv Oblast was destroyed as Russia pounded energy infrastructure across the country.',
      'strike',
      ['UA-32'],
    );
    const toll = 'Russia launched a large missile attack across Ukraine overnight, killing two people in Kharkiv.';
    keeps(toll, 'strike', ['UA-63']);
    keeps(toll, 'casualties', ['UA-63']);
    keeps('Russia struck targets across Ukraine; in Kharkiv, a missile hit a hospital.', 'strike', ['UA-63']);
  });

  it('the same in Russian and Ukrainian posts', () => {
    keeps(
      'Россия атаковала объекты энергетики по всей Украине, поразив ТЭС в Харьковской области.',
      'strike',
      ['UA-63'],
      'ru',
    );
    const uk = 'Росія завдала масованого удару по всій Україні, у Києві пошкоджено ТЕЦ.';
    keeps(uk, 'strike', ['UA-30'], 'uk');
    keeps(uk, 'damage', ['UA-30'], 'uk');
  });

  it('"including" words the part-marker exception does not count', () => {
    keeps('Russia fired missiles across Ukraine, notably at a substation in Rivne.', 'strike', ['UA-56']);
    keeps('Russia fired missiles across Ukraine, particularly at a depot in Poltava.', 'strike', ['UA-53']);
    keeps('Russian drones hit sites across Ukraine, such as a grain terminal in Odesa.', 'strike', ['UA-51']);
    keeps('Russia struck power plants across Ukraine, from Lutsk in the west to Sumy in the east.', 'strike', [
      'UA-07',
    ]);
    keeps('Росія вдарила ракетами по всій Україні, зокрема по Рівному.', 'strike', ['UA-56'], 'uk');
    keeps('Росія вдарила ракетами по всій Україні, в тому числі по Житомиру.', 'strike', ['UA-18'], 'uk');
    keeps("Росія атакувала об'єкти по всій Україні, серед них підстанцію у Вінниці.", 'strike', ['UA-05'], 'uk');
    keeps('Россия нанесла удары по всей Украине, в частности по Житомиру.', 'strike', ['UA-18'], 'ru');
  });

  it('a list after a dash or a colon keeps every town', () => {
    keeps('Russia struck energy sites across Ukraine - in Lviv, Rivne and Kyiv.', 'strike', [
      'UA-46',
      'UA-56',
      'UA-30',
    ]);
    keeps('Russia struck energy sites across Ukraine: in Lviv, Rivne and Kyiv.', 'strike', ['UA-46', 'UA-56', 'UA-30']);
  });
});

describe('the kinds the whole country has by nature still take no town from another clause', () => {
  const has = (text: string, kind: string, code: string | null, lang: Lang = 'en') =>
    pairs(text, lang).some(([k, c]) => k === kind && c === code);
  it('a power cut and an interception count across the country', () => {
    const outage = 'Blackouts rolled across Ukraine after a missile hit a substation in Kherson.';
    assert.ok(has(outage, 'power_outage', null) && !has(outage, 'power_outage', 'UA-65'), show(outage));
    assert.ok(has(outage, 'strike', 'UA-65'), show(outage));
    const downed = 'Explosions rocked Lutsk; air defence downed 25 drones across the country, the air force said.';
    assert.ok(has(downed, 'interception', null) && !has(downed, 'interception', 'UA-07'), show(downed));
  });

  it('an alert across the country beside blasts in a town (Ukrainian)', () => {
    const text = 'Вибухи пролунали у Луцьку, по всій країні оголошено повітряну тривогу.';
    assert.ok(has(text, 'alert', null, 'uk') && !has(text, 'alert', 'UA-07', 'uk'), show(text, 'uk'));
    assert.ok(has(text, 'explosion', 'UA-07', 'uk'), show(text, 'uk'));
  });
});
