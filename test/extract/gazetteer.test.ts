import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  capitalAirports,
  findAirports,
  findPlaces,
  mainAirportOf,
  type PlaceMatch,
  regionInfo,
  regionPlace,
} from '../../src/extract/common/gazetteer.ts';
import { declineAll } from '../../src/extract/common/gazetteer-forms.ts';
import { tokenize } from '../../src/extract/common/gazetteer-tokens.ts';

/** The one place found in `text`, with its offsets checked against the text. */
function only(text: string): PlaceMatch {
  const found = findPlaces(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found.map((f) => f.text))}`);
  const m = found[0] as PlaceMatch;
  assert.equal(text.slice(m.start, m.end), m.text);
  return m;
}

function expectPlace(text: string, surface: string, kind: PlaceMatch['kind'], code: string, name?: string): void {
  const found = findPlaces(text);
  const m = found.find((f) => f.text === surface);
  assert.ok(m, `${text}: no "${surface}" among ${JSON.stringify(found.map((f) => f.text))}`);
  assert.equal(m.kind, kind, `${surface} kind`);
  assert.equal(m.code, code, `${surface} code`);
  if (name !== undefined) assert.equal(m.name, name);
  assert.equal(text.slice(m.start, m.end), m.text);
}

describe('gazetteer: English', () => {
  it('finds regions under every region word, longest match first', () => {
    for (const s of ['Kaluga Oblast', 'Kaluga oblast', 'Kaluga region', 'Kaluga Region', 'Kaluga province']) {
      const m = only(`40 UAVs were destroyed over ${s} overnight.`);
      assert.deepEqual([m.kind, m.code, m.name, m.text], ['region', 'RU-KLU', 'Kaluga Oblast', s]);
    }
    expectPlace('Drones hit Krasnodar Krai.', 'Krasnodar Krai', 'region', 'RU-KDA');
    expectPlace('the Republic of Tatarstan said', 'Republic of Tatarstan', 'region', 'RU-TA');
    expectPlace('Kursk region governor', 'Kursk region', 'region', 'RU-KRS');
  });

  it('tells a city from its region', () => {
    expectPlace('In Kaluga, sirens.', 'Kaluga', 'city', 'RU-KLU', 'Kaluga');
    expectPlace('flights over the Moscow region', 'Moscow region', 'region', 'RU-MOS', 'Moscow Oblast');
    const moscow = only('In Moscow, 32 drones were shot down.');
    assert.deepEqual([moscow.kind, moscow.code, moscow.name], ['city', 'RU-MOW', 'Moscow']);
    assert.ok(moscow.lat !== null && Math.abs(moscow.lat - 55.75) < 0.2);
    assert.ok((moscow.population ?? 0) > 10_000_000);
    expectPlace('The attack in Belgorod city.', 'Belgorod', 'city', 'RU-BEL');
  });

  it('prefers the longest name: Nizhny Novgorod over Novgorod, Rostov-on-Don over Rostov', () => {
    expectPlace('diverted to Nizhny Novgorod', 'Nizhny Novgorod', 'city', 'RU-NIZ', 'Nizhny Novgorod');
    expectPlace('struck near Rostov-on-Don', 'Rostov-on-Don', 'city', 'RU-ROS');
    expectPlace('Veliky Novgorod', 'Veliky Novgorod', 'city', 'RU-NGR');
  });

  it('knows Ukrainian places and both spellings', () => {
    for (const s of ['Kyiv', 'Kiev']) expectPlace(`Explosions in ${s} tonight.`, s, 'city', 'UA-30');
    for (const s of ['Kharkiv', 'Kharkov']) expectPlace(`A strike on ${s}.`, s, 'city', 'UA-63');
    expectPlace('Kharkiv Oblast', 'Kharkiv Oblast', 'region', 'UA-63');
    expectPlace('the Kyiv region', 'Kyiv region', 'region', 'UA-32');
    expectPlace('over Crimea', 'Crimea', 'region', 'UA-43');
    expectPlace('the Republic of Crimea', 'Republic of Crimea', 'region', 'UA-43');
    expectPlace('in Sevastopol', 'Sevastopol', 'city', 'UA-40');
    expectPlace("Kyiv's mayor", 'Kyiv', 'city', 'UA-30');
  });

  it('spreads a plural region word over a list', () => {
    const found = findPlaces('Drones were downed over the Bryansk, Kursk and Belgorod regions.');
    assert.deepEqual(
      found.map((f) => [f.text, f.kind, f.code]),
      [
        ['Bryansk', 'region', 'RU-BRY'],
        ['Kursk', 'region', 'RU-KRS'],
        ['Belgorod regions', 'region', 'RU-BEL'],
      ],
    );
  });
});

describe('gazetteer: Russian', () => {
  it('finds every case form of an oblast, in any letter case', () => {
    for (const s of [
      'Калужская область',
      'Калужской области',
      'Калужскую область',
      'Калужской областью',
      'калужской области',
    ]) {
      const m = only(`Над территорией: ${s}.`);
      assert.deepEqual([m.code, m.kind, m.text], ['RU-KLU', 'region', s]);
    }
  });

  it('takes the dot of "обл." into the match', () => {
    const text = 'В Калужской обл. сбиты дроны';
    const m = only(text);
    assert.equal(m.text, 'Калужской обл.');
    assert.equal(m.code, 'RU-KLU');
  });

  it('knows krais, republics and colloquial names', () => {
    for (const s of ['Краснодарский край', 'Краснодарского края', 'Краснодарском крае', 'Кубани']) {
      expectPlace(`События: ${s}.`, s, 'region', 'RU-KDA');
    }
    for (const s of ['Республика Татарстан', 'Республики Татарстан', 'Татарстана', 'Татарстане']) {
      expectPlace(`Дроны над ${s}`, s, 'region', 'RU-TA');
    }
    for (const s of ['Башкирии', 'Башкортостане', 'Чувашии', 'Мордовии', 'Адыгее', 'Чечне']) {
      assert.equal(only(`Атака в ${s}`).kind, 'region', s);
    }
    for (const s of ['Подмосковье', 'Подмосковья', 'Московской области'])
      expectPlace(`В ${s} сбит`, s, 'region', 'RU-MOS');
    expectPlace('Белгородчина под ударом', 'Белгородчина', 'region', 'RU-BEL');
    expectPlace('Ставрополье', 'Ставрополье', 'region', 'RU-STA');
  });

  it('maps federal cities and Crimea', () => {
    for (const s of ['Москва', 'Москвы', 'Москве', 'Москву', 'Москвой']) expectPlace(`Мэр: ${s}`, s, 'city', 'RU-MOW');
    for (const s of ['Санкт-Петербург', 'Петербурга', 'Санкт-Петербурге'])
      expectPlace(`Рейсы в ${s}`, s, 'city', 'RU-SPE');
    for (const s of ['Республика Крым', 'Республике Крым', 'Крыму', 'Крыма'])
      expectPlace(`В ${s} сбиты`, s, 'region', 'UA-43');
    expectPlace('в Севастополе', 'Севастополе', 'city', 'UA-40');
    expectPlace('удар по Харькову', 'Харькову', 'city', 'UA-63');
    expectPlace('в Киеве', 'Киеве', 'city', 'UA-30');
  });

  it('declines town names, longest first', () => {
    expectPlace('в Нижнем Новгороде', 'Нижнем Новгороде', 'city', 'RU-NIZ', 'Nizhny Novgorod');
    expectPlace('в Воронеже', 'Воронеже', 'city', 'RU-VOR', 'Voronezh');
    expectPlace('из Ростова-на-Дону', 'Ростова-на-Дону', 'city', 'RU-ROS');
    expectPlace('в Орле взрыв', 'Орле', 'city', 'RU-ORL');
    expectPlace('над Старым Осколом', 'Старым Осколом', 'city', 'RU-BEL');
  });

  it('spreads a plural region noun over a list', () => {
    const found = findPlaces('Над Брянской, Курской и Белгородской областями сбиты 20 БПЛА');
    assert.deepEqual(
      found.map((f) => [f.text, f.code]),
      [
        ['Брянской', 'RU-BRY'],
        ['Курской', 'RU-KRS'],
        ['Белгородской областями', 'RU-BEL'],
      ],
    );
  });
});

describe('gazetteer: Ukrainian', () => {
  it('finds case forms of oblasts and colloquial names', () => {
    for (const s of ['Калузька область', 'Калузької області', 'Калузькій області', 'Калузьку область']) {
      expectPlace(`Над ${s}`, s, 'region', 'RU-KLU');
    }
    for (const [s, code] of [
      ['Київщині', 'UA-32'],
      ['Харківщина', 'UA-63'],
      ['Бєлгородщині', 'RU-BEL'],
      ['Курщині', 'RU-KRS'],
      ['Брянщини', 'RU-BRY'],
      ['Одещині', 'UA-51'],
    ] as const) {
      expectPlace(`Атака на ${s}`, s, 'region', code);
    }
    expectPlace('у Краснодарському краї', 'Краснодарському краї', 'region', 'RU-KDA');
    expectPlace('в Автономній Республіці Крим', 'Автономній Республіці Крим', 'region', 'UA-43');
  });

  it('declines cities with the vowel change of closed syllables', () => {
    for (const s of ['Київ', 'Києва', 'Києві', 'Києвом']) expectPlace(`Атака на ${s}`, s, 'city', 'UA-30');
    for (const s of ['Харків', 'Харкова', 'Харкові']) expectPlace(`Удар по ${s}`, s, 'city', 'UA-63');
    for (const s of ['Львові', 'Одесі', 'Дніпрі', 'Запоріжжі', 'Кривому Розі', 'Севастополі']) {
      assert.equal(only(`Вибухи у ${s}`).kind, 'city', s);
    }
  });
});

describe('gazetteer: seas', () => {
  it('finds seas in three languages, as areas without a region', () => {
    expectPlace('над акваторией Черного моря', 'Черного моря', 'sea', 'sea:black', 'Black Sea');
    expectPlace('над акваторией Чёрного моря', 'Чёрного моря', 'sea', 'sea:black');
    expectPlace('над Азовського моря', 'Азовського моря', 'sea', 'sea:azov', 'Sea of Azov');
    expectPlace('over the Black Sea', 'Black Sea', 'sea', 'sea:black');
    expectPlace('in the Sea of Azov', 'Sea of Azov', 'sea', 'sea:azov');
    expectPlace('над Каспийским морем', 'Каспийским морем', 'sea', 'sea:caspian');
    expectPlace('the Baltic Sea', 'Baltic Sea', 'sea', 'sea:baltic');
    const m = only('over the Black Sea');
    assert.deepEqual([m.lat, m.lon, m.population], [null, null, null]);
  });
});

describe('gazetteer: negatives', () => {
  const NONE = [
    'mir and bor are not places here',
    'the moscow-based reporter wrote in lowercase about kursk',
    'орел летел над лесом',
    'орелик',
    'Мирный житель пострадал',
    'мирный житель',
    'Донбасс',
    'Курской битвы годовщина',
    'попытка киевского режима',
    'в Павлово-Посадском районе',
    'Владимир Путин заявил',
    'в Купянском районе',
    'нефтепровод «Дружба»',
    'представитель Белого дома',
    'Новый дрон будет больше',
    'Ровно в полночь',
    'губернатор Гусев сообщил',
    'Доброе утро',
    'Kalugaville',
    'Москвабад',
  ];
  for (const text of NONE) {
    it(`finds nothing in "${text}"`, () => {
      assert.deepEqual(
        findPlaces(text).map((m) => m.text),
        [],
      );
    });
  }

  it('finds no airport in ordinary capitals or lowercase codes', () => {
    assert.deepEqual(findAirports('LED lights and the EGO of the ROV pilot'), []);
    assert.deepEqual(findAirports('svo and dme in lowercase'), []);
    assert.deepEqual(findAirports('в Жуковском открыли парк'), []);
  });
});

describe('gazetteer: airports', () => {
  const codes = (text: string) => findAirports(text).map((a) => a.iata);

  it('finds airports by name in three languages', () => {
    assert.deepEqual(codes('Ограничения в аэропорту Шереметьево и «Внуково», затем Домодедово.'), [
      'SVO',
      'VKO',
      'DME',
    ]);
    assert.deepEqual(codes('Аэропорт Пулково временно закрыт'), ['LED']);
    assert.deepEqual(codes('Аэропорт «Жуковский» не принимает рейсы'), ['ZIA']);
    assert.deepEqual(codes('аеропорт Бориспіль'), ['KBP']);
    assert.deepEqual(codes('Flights at Sheremetyevo and Vnukovo were delayed'), ['SVO', 'VKO']);
    assert.deepEqual(codes('restrictions at Kazan airport'), ['KZN']);
    assert.deepEqual(codes('в аэропорту Казани'), ['KZN']);
  });

  it('finds IATA codes in capitals, with context for the ambiguous ones', () => {
    assert.deepEqual(codes('SVO, DME and VKO closed'), ['SVO', 'DME', 'VKO']);
    assert.deepEqual(codes('Pulkovo airport (LED)'), ['LED', 'LED']);
    assert.deepEqual(codes('closed until six (LED)'), ['LED']);
    const a = findAirports('Рейсы перенаправлены из SVO')[0];
    assert.ok(a);
    assert.deepEqual([a.iata, a.city, a.region, a.text], ['SVO', 'Moscow', 'RU-MOW', 'SVO']);
  });

  it('gives offsets that slice to the text', () => {
    const text = 'Самолёты ушли на запасные аэродромы; в аэропорту Шереметьево очереди.';
    for (const a of findAirports(text)) assert.equal(text.slice(a.start, a.end), a.text);
  });

  it('maps diversion cities to their main airport', () => {
    const places = findPlaces('Flights were diverted to St Petersburg, Nizhny Novgorod and Kazan.');
    assert.deepEqual(
      places.map((p) => mainAirportOf(p)),
      ['LED', 'GOJ', 'KZN'],
    );
    const ru = findPlaces('Рейсы ушли в Санкт-Петербург, Нижний Новгород и Казань');
    assert.deepEqual(
      ru.map((p) => mainAirportOf(p)),
      ['LED', 'GOJ', 'KZN'],
    );
    assert.equal(mainAirportOf(only('над Татарстаном')), 'KZN');
    assert.equal(mainAirportOf(only('в Черном море')), null);
    assert.deepEqual(capitalAirports('RU'), ['SVO', 'DME', 'VKO', 'ZIA']);
    assert.deepEqual(capitalAirports('UA'), ['KBP', 'IEV']);
  });
});

describe('gazetteer: region table', () => {
  const RU = (
    'AD AL BA BU CE CU DA IN KB KL KC KR KK KO ME MO SA SE TA TY UD ALT KAM KHA KDA KYA PER PRI STA ZAB ' +
    'AMU ARK AST BEL BRY CHE IRK IVA KGD KLU KEM KIR KOS KGN KRS LEN LIP MAG MOS MUR NIZ NGR NVS OMS ORE ORL ' +
    'PNZ PSK ROS RYA SAK SAM SAR SMO SVE TAM TOM TUL TVE TYU ULY VLA VGG VLG VOR YAR MOW SPE YEV CHU KHM NEN YAN'
  )
    .split(' ')
    .map((c) => `RU-${c}`);
  const UA = (
    '05 07 09 12 14 18 21 23 26 32 35 46 48 51 53 56 59 61 63 65 68 71 74 77 ' + // 24 oblasts
    '30 40 43'
  )
    .split(' ')
    .map((c) => `UA-${c}`);

  it('lists the 83 Russian federal subjects and 27 Ukrainian units', () => {
    assert.equal(new Set(RU).size, 83);
    assert.equal(new Set(UA).size, 27);
    for (const code of [...RU, ...UA]) {
      const r = regionInfo(code);
      assert.ok(r, code);
      assert.equal(r.code, code);
      assert.equal(r.country, code.slice(0, 2));
      assert.match(r.name_en, /^[A-Z][A-Za-z .'’()–-]+$/, `${code} en`);
      assert.match(r.name_ru, /^[А-ЯЁ][А-Яа-яЁё .()—-]+$/, `${code} ru`);
      assert.match(r.name_uk, /^[А-ЯІЇЄҐ][А-Яа-яІіЇїЄєҐґ' .()—-]+$/, `${code} uk`);
      assert.ok(r.centre && Number.isFinite(r.centre.lat) && Number.isFinite(r.centre.lon), `${code} centre`);
    }
  });

  it('fixes the Natural Earth mix-ups', () => {
    assert.equal(regionInfo('UA-32')?.name_en, 'Kyiv Oblast');
    assert.equal(regionInfo('UA-32')?.name_uk, 'Київська область');
    assert.equal(regionInfo('RU-MOW')?.name_ru, 'Москва');
    assert.equal(regionInfo('RU-MOS')?.name_ru, 'Московская область');
    assert.equal(regionInfo('RU-ALT')?.name_ru, 'Алтайский край');
    assert.equal(regionInfo('RU-XXX'), undefined);
  });

  it('gives each region its place by code, and nothing for a code no region has', () => {
    for (const code of [...RU, ...UA]) {
      const p = regionPlace(code);
      assert.ok(p, code);
      assert.equal(p.kind, 'region', code);
      assert.equal(p.code, code);
      assert.equal(p.name, regionInfo(code)?.name_en, code);
    }
    // A town's own row is no region, whatever its code: the lookup never falls through to the towns.
    assert.equal(regionPlace('RU-XXX'), undefined);
    assert.equal(regionPlace(''), undefined);
    assert.equal(findPlaces('Kharkiv').find((p) => p.kind === 'city')?.code, 'UA-63');
    assert.equal(regionPlace('UA-63')?.kind, 'region');
  });
});

describe('gazetteer: building blocks', () => {
  it('tokenizes with folded keys and unsplit Ukrainian apostrophes', () => {
    const t = tokenize('Ростов-на-Дону, Кам’янське, Kursk’s Орёл');
    assert.deepEqual(
      t.starts.map((_, i) => t.text.slice(t.starts[i], t.ends[i])),
      ['Ростов', 'на', 'Дону', 'Кам’янське', 'Kursk', 's', 'Орёл'],
    );
    assert.deepEqual(t.caps, [true, false, true, true, true, false, true]);
  });

  it('declines by rule', () => {
    assert.deepEqual(declineAll('Калужская область', 'ru').slice(0, 4), [
      'Калужская область',
      'Калужской области',
      'Калужскую область',
      'Калужской областью',
    ]);
    assert.ok(declineAll('Нижний Новгород', 'ru').includes('Нижнего Новгорода'));
    assert.ok(declineAll('Київ', 'uk').includes('Києві'));
    assert.ok(declineAll('Бориспіль', 'uk').includes('Борисполя'));
    assert.ok(declineAll('Запоріжжя', 'uk').includes('Запоріжжі'));
    assert.ok(declineAll('Біла Церква', 'uk').includes('Білій Церкві'));
    assert.ok(declineAll('Ростов-на-Дону', 'ru').includes('Ростове-на-Дону'));
  });
});
