// Places real texts name and the gazetteer did not place (issue 8, twentieth session). Texts are ours, in the style
// of real posts and headlines; how the rules add up on real texts is measured by `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { findDistricts } from '../../src/extract/common/districts.ts';
import { extractText } from '../helpers/extract-text.ts';

const districts = (text: string) => findDistricts(text).map((p) => [p.text, p.code] as [string, string]);
const regions = (facts: Fact[]) => facts.map((f) => f.region?.code ?? null);

describe('a district followed by its city is that city’s district', () => {
  it('Russian: «в Петровском районе Донецка» is Donetsk’s, not Petrovsk’s (Saratov Oblast)', () => {
    assert.deepEqual(districts('Снаряд попал в дом в Петровском районе Донецка'), [['Петровском районе', 'UA-14']]);
  });

  it('Ukrainian: «у Калінінському районі Санкт-Петербурга», «у Кам’янобродському районі Луганська»', () => {
    assert.deepEqual(districts('Пожежа у Калінінському районі Санкт-Петербурга'), [['Калінінському районі', 'RU-SPE']]);
    assert.deepEqual(districts('Вибухи у Кам’янобродському районі Луганська'), [['Кам’янобродському районі', 'UA-09']]);
  });

  it('a headline of a strike there has the city’s region only', () => {
    const facts = extractText(
      'Артиллерия нанесла удар по нефтебазе в Петровском районе Донецка.',
      'ru',
      '2023-02-02T12:00:00+03:00',
    );
    assert.ok(facts.length > 0 && regions(facts).every((r) => r === 'UA-14'), JSON.stringify(regions(facts)));
  });

  it('a village after the district does not own it: «в Белгородском районе Октябрьский» stays Belgorod’s', () => {
    assert.deepEqual(districts('в Белгородском районе Октябрьский'), [['Белгородском районе', 'RU-BEL']]);
  });
});

describe('villages cities500 lacks, from data/gazetteer/villages-source.tsv', () => {
  it('Russian and Ukrainian forms of a front-line village place it: «Угледара», «Вугледарі», «Крынок», «Кринках»', () => {
    const at = (text: string, lang: 'ru' | 'uk') => regions(extractText(text, lang, '2023-02-18T12:00:00+03:00'));
    const ru = at('Артиллерия уничтожила склад боеприпасов в районе Угледара.', 'ru');
    assert.ok(ru.length > 0 && ru.every((r) => r === 'UA-14'), JSON.stringify(ru));
    assert.ok(at('Вночі ворожий дрон атакував склад у Вугледарі.', 'uk').includes('UA-14'));
    assert.ok(at('Дроны нанесли удары по складу у Крынок на левом берегу.', 'ru').includes('UA-65'));
    assert.ok(at('Дрон уразив склад боєприпасів у Кринках.', 'uk').includes('UA-65'));
  });

  it('a name the list shares with a town stays the town’s unless the report’s places choose the village', () => {
    // Pyatykhatky of Dnipropetrovsk Oblast (18,000 people) and the Zaporizhzhia village of that name.
    const town = regions(extractText('Дрон атакував підприємство у П’ятихатках.', 'uk', '2024-05-10T12:00:00+03:00'));
    assert.ok(town.includes('UA-12'), JSON.stringify(town));
    const village = regions(
      extractText('Артиллерия уничтожила склад в Пятихатках (Запорожская область).', 'ru', '2023-05-27T12:00:00+03:00'),
    );
    assert.ok(village.includes('UA-23') && !village.includes('UA-12'), JSON.stringify(village));
  });

  it('corrected Ukrainian names: «Мар’їнці», «Лисках» (Voronezh Oblast)', () => {
    assert.ok(
      regions(extractText('Ворог скинув КАБ на Мар’їнку, поранено двох.', 'uk', '2023-03-01T12:00:00+02:00')).includes(
        'UA-14',
      ),
    );
    assert.ok(
      regions(extractText('Дрони атакували нафтобазу в Лисках.', 'uk', '2024-01-22T12:00:00+02:00')).includes('RU-VOR'),
    );
  });
});

describe('Crimea is the frame of a Sevastopol village or site named with it', () => {
  it('«В Крыму – взрывы в районе аэродрома Бельбек» is Sevastopol, whatever the order', () => {
    const facts = extractText(
      'В Крыму – взрывы и пожар в районе аэродрома Бельбек.',
      'ru',
      '2024-05-16T12:00:00+03:00',
    );
    assert.ok(facts.length > 0 && regions(facts).every((r) => r === 'UA-40'), JSON.stringify(regions(facts)));
  });

  it('the next sentence’s context is Sevastopol too', () => {
    const facts = extractText(
      'Уражено склад на аеродромі Херсонес у м. Севастополі, на території тимчасово окупованого Криму. За результатами удару знищено два БпЛА.',
      'uk',
      '2024-08-24T12:00:00+03:00',
    );
    assert.ok(facts.length > 0 && regions(facts).every((r) => r === 'UA-40'), JSON.stringify(regions(facts)));
  });

  it('«у Козачій бухті окупованого Криму»: the bay is a Sevastopol site', () => {
    const facts = extractText('У Козачій бухті окупованого Криму вибухнув склад.', 'uk', '2023-07-29T12:00:00+03:00');
    assert.deepEqual(regions(facts), ['UA-40']);
  });

  it('a Crimean town keeps Crimea beside a Sevastopol site: «в Джанкое и на аэродроме Бельбек»', () => {
    const facts = extractText(
      'В Крыму слышны взрывы в Джанкое и на аэродроме Бельбек.',
      'ru',
      '2024-05-16T12:00:00+03:00',
    );
    assert.ok(regions(facts).includes('UA-43'), JSON.stringify(regions(facts)));
  });
});
