import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cleanText } from '../../src/ingest/normalize.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function clean(s: string) {
  const r = cleanText(enc(s));
  assert.ok(r.ok, `expected ok, got ${JSON.stringify(r)}`);
  return r;
}

function failure(bytes: Uint8Array): string {
  const r = cleanText(bytes);
  assert.equal(r.ok, false);
  return r.ok ? '' : r.message;
}

describe('cleanText: bad input', () => {
  test('invalid UTF-8 names the first bad byte', () => {
    const bytes = Uint8Array.from([...enc('Kyiv '), 0xe9, ...enc(' night')]);
    assert.equal(failure(bytes), 'not valid UTF-8 text (byte 5); convert it to UTF-8');
  });
  test('a truncated multi-byte sequence at the end is invalid too', () => {
    const bytes = enc('Сбит дрон');
    assert.match(failure(bytes.subarray(0, bytes.length - 1)), /byte 15\)/);
  });
  test('encoded surrogates and overlong forms are invalid UTF-8', () => {
    assert.match(failure(Uint8Array.from([0x41, 0xed, 0xa0, 0x80])), /byte 1\)/);
    assert.match(failure(Uint8Array.from([0x41, 0x42, 0xc0, 0xaf])), /byte 2\)/);
  });
  test('NUL bytes mean binary', () => {
    assert.equal(failure(Uint8Array.from([0x41, 0x00, 0x42, 0x43])), 'binary file, not text');
  });
  test('many control characters mean binary, a few do not', () => {
    const noisy = new Uint8Array(100).fill(0x41);
    for (let i = 0; i < 20; i++) noisy[i * 5] = 0x01;
    assert.equal(failure(noisy), 'binary file, not text');
    const ok = clean(`Two drones were shot down.\u0007 No damage.`);
    assert.equal(ok.text, 'Two drones were shot down. No damage.');
  });
  test('UTF-16 with a byte-order mark is decoded', () => {
    const body = 'Збито 2 дрони.';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      bytes[2 + i * 2] = c & 0xff;
      bytes[3 + i * 2] = c >> 8;
    }
    assert.equal(clean(new TextDecoder('utf-16le').decode(bytes.subarray(2))).text, body);
    const r = cleanText(bytes);
    assert.ok(r.ok);
    assert.equal(r.text, body);
  });
  test('whitespace only', () => {
    assert.equal(failure(enc(' \n\t \u00a0\n\n')), 'no text after cleaning');
  });
  test('nothing but adverts is no text either', () => {
    assert.equal(failure(enc('❗️ [Подписывайся](https://t.me/+abc)\nhttps://t.me/example')), 'no text after cleaning');
  });
});

describe('cleanText: whitespace and Unicode', () => {
  test('BOM, CRLF and lone CR, tabs and no-break spaces, line ends, blank runs', () => {
    const r = clean('\ufeffFirst\tline\u00a0\u00a0here.  \r\nSecond line.\rThird.\r\n\r\n\r\n\r\n\r\nLast.   ');
    assert.equal(r.text, 'First line here.\nSecond line.\nThird.\n\nLast.');
  });
  test('NFC: a decomposed й becomes one code point', () => {
    const r = clean('Сбит беспилотник над Таганрогом и Белгородом, сообщил губернатор и\u0306 мэр.');
    assert.ok(r.text.includes('й'));
    assert.ok(!r.text.includes('\u0306'));
  });
  test('zero-width spaces and soft hyphens vanish', () => {
    assert.equal(clean('Бел\u00adгород\u200b атакован.').text, 'Белгород атакован.');
  });
});

describe('cleanText: Telegram markup', () => {
  test('bold and italic markers go, their text stays', () => {
    assert.equal(clean('**Сбито 5 БПЛА** над __Курской__ областью.').text, 'Сбито 5 БПЛА над Курской областью.');
  });
  test('markdown links keep their text; inline bare links stay', () => {
    const r = clean('По данным [губернатора](https://t.me/gov/12), см. https://example.org/a__b сегодня.');
    assert.equal(r.text, 'По данным губернатора, см. https://example.org/a__b сегодня.');
  });
  test('lines that are only a link are removed and recorded', () => {
    const r = clean('Сбиты два дрона.\nhttps://t.me/example_channel\nПодробнее: https://example.org/news/5');
    assert.equal(r.text, 'Сбиты два дрона.');
    assert.deepEqual(r.removed, ['https://t.me/example_channel', 'Подробнее: https://example.org/news/5']);
  });
  test('promo lines in three languages', () => {
    const r = clean(
      [
        'Main text stays here.',
        'Subscribe to our channel',
        'Read more: Drone Attack on Airport',
        'Подписывайтесь на наш канал',
        'Читайте также: новая атака',
        'Підписатися на канал',
      ].join('\n'),
    );
    assert.equal(r.text, 'Main text stays here.');
    assert.equal(r.removed.length, 5);
  });
  test('a sentence that merely mentions subscribing is news, not promo', () => {
    const s = 'Губернатор призвал жителей подписаться на официальный канал области, чтобы получать оповещения.';
    assert.equal(clean(s).text, s);
  });
  test('«Подписан» is not «Подписаться»', () => {
    const s = 'Подписан указ о защите энергосистемы';
    assert.equal(clean(s).text, s);
  });
  test('emoji bullets become "- ", a lone decorative emoji goes', () => {
    const r = clean('⚡️ Ночная атака\n\n▪️ Сбиты 3 дрона.\n▪️ Пострадавших нет.\n\n🔥 Работают пожарные 🚒.');
    assert.equal(r.text, 'Ночная атака\n\n- Сбиты 3 дрона.\n- Пострадавших нет.\n\nРаботают пожарные.');
  });
  test('a repeated leading emoji is a list even if it is not a usual bullet', () => {
    const r = clean('Итоги ночи:\n✈️ Аэропорт закрыт.\n✈️ Рейсы задержаны.');
    assert.equal(r.text, 'Итоги ночи:\n- Аэропорт закрыт.\n- Рейсы задержаны.');
  });
  test('a bullet list flattened onto one line is split back', () => {
    const r = clean('**Итоги**  ◽️ Сбиты 4 БПЛА над морем.   ◽️ Ещё 2 над Крымом.');
    assert.equal(r.text, 'Итоги\n- Сбиты 4 БПЛА над морем.\n- Ещё 2 над Крымом.');
  });
  test('text symbols © and ™ are not emoji', () => {
    assert.equal(clean('Example™ News © 2025 reported it.').text, 'Example™ News © 2025 reported it.');
  });
  test('hashtag-only and channel-advert lines go', () => {
    const r = clean('Сбит дрон над морем.\n[Пример Новости](https://t.me/example_news)\n#новости #ПВО');
    assert.equal(r.text, 'Сбит дрон над морем.');
    assert.equal(r.removed.length, 2);
  });
  test("a channel link as the post's last line is its signature: the name stays, as plain text", () => {
    const r = clean('Уничтожены 3 БПЛА над Курской областью.\n\n🔹 [Минобороны России](https://t.me/mod_russia)');
    assert.equal(r.text, 'Уничтожены 3 БПЛА над Курской областью.\n\nМинобороны России');
    const promo = clean('Уничтожены 3 БПЛА.\n[Подписаться на канал](https://t.me/example_news)');
    assert.equal(promo.text, 'Уничтожены 3 БПЛА.');
  });
});

describe('cleanText: title and trailing headline', () => {
  const body = [
    'Air defences shot down 40 drones over the region overnight, the governor said.',
    'There were no casualties, according to officials.',
  ];
  test('a headline-like first line above a blank line is the title and stays in the text', () => {
    const r = clean(['Forty Drones Downed Over Region Overnight', '', ...body].join('\n'));
    assert.equal(r.title, 'Forty Drones Downed Over Region Overnight');
    assert.ok(r.text.startsWith('Forty Drones Downed Over Region Overnight\n\n'));
  });
  test('a first line that is a sentence is no title', () => {
    assert.equal(clean(body.join('\n\n')).title, null);
  });
  test('a title may end in a question mark or a closing quote, not a full stop', () => {
    assert.equal(
      clean(`What Happened at the Airport Overnight?\n\n${body[0]}`).title,
      'What Happened at the Airport Overnight?',
    );
    assert.equal(clean(`Губернатор: «Атака отражена»\n\n${body[0]}`).title, 'Губернатор: «Атака отражена»');
    assert.equal(clean(`Атака отражена.\n\n${body[0]}`).title, null);
  });
  test('a stray headline glued to the end is removed with a warning', () => {
    const stray = 'Celebrity Chef Opens Floating Restaurant on City Lake';
    const r = clean([...body, stray].join('\n\n'));
    assert.equal(r.text, body.join('\n\n'));
    assert.deepEqual(r.removed, [stray]);
    assert.deepEqual(r.warnings, [`removed trailing headline: ${stray.slice(0, 60)}`]);
  });
  test('a long title-case trailing line (15+ words) is still a headline', () => {
    const stray =
      'Conspiracy Theories Emerge After Collision Between Two Small Planes Above the Old Harbour Near the City';
    assert.deepEqual(clean([...body, stray].join('\n\n')).removed, [stray]);
  });
  test('a long unpunctuated sentence-case last line stays', () => {
    const tail =
      'officials did not say when the airport would reopen or how many flights had been cancelled in total so far';
    assert.ok(clean([...body, tail].join('\n\n')).text.endsWith(tail));
  });
  test('kept: a last line that ends a sentence, a short signature, a list item, a one-paragraph text', () => {
    for (const tail of ['No one was hurt.', 'Governor Alexander Petrov', '- Two flights delayed']) {
      const r = clean([...body, tail].join('\n\n'));
      assert.ok(r.text.endsWith(tail), tail);
      assert.deepEqual(r.warnings, []);
    }
    const single = 'Над областью ночью сбиты три беспилотника';
    assert.equal(clean(single).text, single);
  });
  test('no removal when nothing else in the text is a sentence', () => {
    const r = clean('Взрывы в Белгороде\n\nРаботает ПВО\n\nПодробности уточняются позже сегодня');
    assert.deepEqual(r.removed, []);
  });
});

describe('cleanText: front matter', () => {
  test('parsed into meta and cut from the text', () => {
    const r = clean(
      "---\npublished: 2025-05-07T08:00:00+03:00\nsource: Example Daily\n\nforwarded_from: '@chan'\n---\nText.",
    );
    assert.deepEqual(r.meta, {
      published: '2025-05-07T08:00:00+03:00',
      source: 'Example Daily',
      forwarded_from: '@chan',
    });
    assert.equal(r.text, 'Text.');
  });
  test('a title in front matter is the title', () => {
    assert.equal(
      clean('---\ntitle: Drones over Kaluga\n---\nForty drones were shot down.').title,
      'Drones over Kaluga',
    );
  });
  test('no front matter: empty meta', () => {
    assert.deepEqual(clean('Text.').meta, {});
  });
  test('unclosed block stays as text, with a warning', () => {
    const r = clean('---\npublished: 2025-05-07\nA drone was shot down.');
    assert.deepEqual(r.meta, {});
    assert.ok(r.text.includes('published: 2025-05-07'));
    assert.match(r.warnings[0] ?? '', /no closing ---/);
  });
  test('a rule above prose is not front matter', () => {
    const r = clean('---\nA drone was shot down over the city.\n---\nMore text.');
    assert.deepEqual(r.meta, {});
    assert.ok(r.text.includes('A drone was shot down over the city.'));
  });
});
