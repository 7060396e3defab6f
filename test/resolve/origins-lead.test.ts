import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../../src/core/types.ts';
import { leadOf, leadsOf } from '../../src/resolve/lead.ts';
import { lshBands, minhashSignature } from '../../src/resolve/minhash.ts';
import { assignOrigins, type OriginInput } from '../../src/resolve/origins.ts';
import { exact, makeFact, makeReport } from './make.ts';

// Invented posts in the style of news channels retelling one statement; none is a real text.
function post(id: string, publisher: string, time: string, text: string): OriginInput {
  const report: Report = makeReport({ id, publisher, published_at: `2025-03-14T${time}:00+03:00`, lang: 'ru', text });
  const signature = minhashSignature(report.text, report.lang);
  return { report, signature, bands: lshBands(signature), facts: [] };
}

test('the lead: a heading line is skipped, the first sentence kept, an attribution after a dash left out', () => {
  const heading = leadOf('Министр:\n\n— Завод по выпуску новых тягачей заработает весной;\n\n— Другое.', 'ru');
  const plain = leadOf('Завод по выпуску новых тягачей заработает весной — министр промышленности', 'ru');
  assert.deepEqual([...heading.words].sort(), [...plain.words].sort());
  for (const w of leadOf('промышленности', 'ru').words) assert.ok(!plain.words.has(w), 'attribution left out');
  const numbers = leadOf('Над областью сбиты 17 беспилотников. Ещё 3 упали в поле.', 'ru').numbers;
  assert.deepEqual([...numbers], ['17']);
});

test('three outlets retelling one statement in their own words share its origin; another statement does not', () => {
  const items = [
    post(
      'rep_a',
      'Лента один',
      '10:16',
      'Правительство выделит новые субсидии на ремонт школ в пострадавших районах, заявил премьер на встрече с ' +
        'губернаторами. По его словам, деньги поступят до конца квартала, а список школ утвердят сами регионы.',
    ),
    post(
      'rep_b',
      'Канал два',
      '10:18',
      '⚡️Правительство выделит новые субсидии на ремонт школ в пострадавших районах — премьер\n\n👉 Подписаться',
    ),
    post(
      'rep_c',
      'Канал три',
      '10:31',
      'Премьер:\n\n— правительство выделит субсидии на ремонт школ в пострадавших районах;\n\n— поставки угля в ' +
        'котельные идут по графику;\n\n— цены на топливо под контролем.',
    ),
    post(
      'rep_d',
      'Канал четыре',
      '10:40',
      'Премьер провёл совещание о ремонте дорог в пострадавших районах и поручил закончить работы к лету.',
    ),
  ];
  const { origins, reasons } = assignOrigins(items);
  assert.equal(origins.get('rep_b'), 'rep_a');
  assert.equal(origins.get('rep_c'), 'rep_a');
  assert.equal(origins.get('rep_d'), 'rep_d');
  assert.ok(reasons.get('rep_b')!.some((r) => /^same lead as rep_a \(lead J=/.test(r)));
});

test('leads that give other numbers are other statements', () => {
  const { origins } = assignOrigins([
    post('rep_a', 'Лента один', '07:00', 'Средства ПВО за ночь уничтожили 25 беспилотников над областями центра.'),
    post('rep_b', 'Канал два', '07:20', 'Средства ПВО за ночь уничтожили 14 беспилотников над областями центра.'),
  ]);
  assert.equal(origins.get('rep_b'), 'rep_b');
});

test('two posts of one channel stay two statements, even through outlets that retell each', () => {
  // The mayor's successive posts read alike; each outlet retells one of them.
  const lead = 'Силами ПВО отражена атака ещё одного беспилотника, летевшего на город';
  const mayor1 = `${lead}. На месте падения обломков работают экстренные службы, пострадавших нет.`;
  const mayor2 = `${lead}. Всего с утра их уже шесть, аэропорты принимают рейсы с задержками.`;
  const { origins } = assignOrigins([
    post('rep_m1', 'Мэр', '06:10', mayor1),
    post('rep_m2', 'Мэр', '06:40', mayor2),
    post('rep_o1', 'Канал два', '06:15', `⚡️${lead} — мэр\n\nСледите за новостями.`),
    post('rep_o2', 'Канал три', '06:45', `Мэр: ${lead.toLowerCase()}. Других данных пока нет.`),
  ]);
  assert.notEqual(origins.get('rep_m1'), origins.get('rep_m2'));
  // Each outlet joins the post closest in time to it.
  assert.equal(origins.get('rep_o1'), 'rep_m1');
  assert.equal(origins.get('rep_o2'), 'rep_m2');
});

test('one lead retold half a day later is a new statement', () => {
  const lead = 'Правительство выделит новые субсидии на ремонт школ в пострадавших районах';
  const late = post('rep_b', 'Канал два', '10:00', `${lead} — премьер\n\nЭто уже второе такое решение за год.`);
  late.report = { ...late.report, published_at: '2025-03-15T01:30:00+03:00' };
  const early = post('rep_a', 'Лента один', '10:00', `${lead}, заявил премьер. Подробности позже.`);
  assert.equal(
    assignOrigins([
      early,
      { ...late, report: { ...late.report, published_at: '2025-03-14T11:00:00+03:00' } },
    ]).origins.get('rep_b'),
    'rep_a',
  );
  const { origins } = assignOrigins([early, late]);
  assert.equal(origins.get('rep_b'), 'rep_b');
});

test("an outlet's own headline over the statement: its body's first sentence retells the other's lead", () => {
  const { origins, reasons } = assignOrigins([
    post(
      'rep_a',
      'Лента один',
      '09:00',
      'Власти области закроют три моста через реку на ремонт с понедельника, сообщил губернатор. Объезд пройдёт ' +
        'по трассе на север.',
    ),
    post(
      'rep_b',
      'Канал два',
      '09:20',
      '**Три моста закроют на ремонт**\n\nВласти области с понедельника закроют на ремонт три моста через реку, [сообщил]' +
        '(https://example.org/news/2025-03-14/bridges) губернатор. Водителям советуют выезжать заранее.',
    ),
    post('rep_c', 'Канал три', '09:30', 'В городе начали красить перила двух пешеходных мостов через реку.'),
  ]);
  assert.equal(origins.get('rep_b'), 'rep_a');
  assert.equal(origins.get('rep_c'), 'rep_c');
  assert.ok(reasons.get('rep_b')!.some((r) => /^same lead as rep_a/.test(r)));
});

test('a link keeps its text in the lead, not its address: the numbers of a dated address are no figures', () => {
  const [lead] = leadsOf('Завод выпустил [300 тягачей](https://example.org/2025/03/14/report-17) за квартал', 'ru');
  assert.deepEqual([...lead!.numbers], ['300']);
});

test('two events told over the same closing boilerplate are two origins; other figures up front are other statements', () => {
  const boiler = 'На месте работают все оперативные и экстренные службы региона.';
  const items = [
    post(
      'rep_roof',
      'Лента один',
      '08:10',
      `Обломки беспилотника повредили забор частного дома в Грайвороне.\n${boiler}`,
    ),
    post('rep_hall', 'Канал два', '15:40', `Снаряд попал в здание администрации села Журавлевка.\n${boiler}`),
    post(
      'rep_25',
      'Лента один',
      '07:00',
      `Над Курской областью ночью сбиты 25 беспилотников, сообщил губернатор.\n${boiler}`,
    ),
    post('rep_14', 'Канал два', '07:30', `Ночью ПВО уничтожила 14 дронов над Курской областью.\n${boiler}`),
  ];
  const { origins } = assignOrigins(items);
  assert.notEqual(origins.get('rep_roof'), origins.get('rep_hall'));
  assert.notEqual(origins.get('rep_25'), origins.get('rep_14'));
});

test('a tally’s further step is no retelling of its first report, however alike their leads', () => {
  // A mayor's template: «Силами ПВО в Северном округе сбит беспилотник, летевший на город», then «Силами
  // ПВО в Южном округе сбит ещё один беспилотник, летевший на город» (another step), each on its own channel.
  const uav = (id: string, report_id: string, code: string, increment: boolean) =>
    makeFact({
      id,
      report_id,
      weapon: 'uav',
      count: exact(1),
      increment,
      region: { code, name: code },
    });
  const first = post(
    'rep_first',
    'Канал один',
    '01:10',
    'Силами ПВО в Северном округе сбит беспилотник, летевший на город — мэр',
  );
  const step = post(
    'rep_step',
    'Канал два',
    '01:50',
    'Силами ПВО в Южном округе сбит ещё один беспилотник, летевший на город — мэр',
  );
  // "Approaching the city" and "over the oblast" are one tally's places (nested regions).
  const items = [
    { ...first, facts: [uav('f1', 'rep_first', 'RU-MOS', false)] },
    { ...step, facts: [uav('s1', 'rep_step', 'RU-MOW', true)] },
  ];
  assert.equal(assignOrigins(items).origins.get('rep_step'), 'rep_step');
  // Read without facts, the two leads alone would be one statement.
  assert.equal(assignOrigins([first, step]).origins.get('rep_step'), 'rep_first');
});

test('a channel that restates its own statement, its earlier headline as the new body’s first sentence, is one origin', () => {
  // A channel's headline, then 80 minutes later a follow-up under a new headline whose body opens on the first
  // headline's words (a follow-up article, a podcast's note); an outlet retold the first post meanwhile. The new
  // headline keeps the story of the first post's body (the law passed in its third reading): a restatement, not a new
  // story that repeats the old one as background (origins-restate.test.ts).
  const first = post(
    'rep_ch1',
    'Служба новостей',
    '08:30',
    'Парламент утвердил новый порядок призыва резервистов\n\nДепутаты приняли закон в третьем чтении, документ ' +
      'вступит в силу после подписи президента.',
  );
  const outlet = post(
    'rep_x',
    'Канал два',
    '08:45',
    'Парламент утвердил новый порядок призыва резервистов — депутаты приняли закон сразу в третьем чтении.',
  );
  const later = post(
    'rep_ch2',
    'Служба новостей',
    '09:50',
    'Что меняет принятый в третьем чтении закон о резервистах\n\nПарламент утвердил новый порядок призыва резервистов, сообщили в ' +
      'пресс-службе. Разбираемся, кого он коснётся.',
  );
  const { origins, reasons } = assignOrigins([first, outlet, later]);
  assert.equal(origins.get('rep_x'), 'rep_ch1');
  assert.equal(origins.get('rep_ch2'), 'rep_ch1');
  assert.ok(reasons.get('rep_ch2')!.some((r) => r.includes('rep_ch1')));

  // Two of its posts that open alike are its successive posts on one story (the exercise, then its footage).
  const exercise = post('rep_e1', 'Служба новостей', '13:50', 'Флот провёл в Северном море учения с пусками ракет.');
  const footage = post(
    'rep_e2',
    'Служба новостей',
    '14:10',
    'Кадры поражения мишеней после пусков ракет на учениях флота в Северном море.',
  );
  assert.equal(assignOrigins([exercise, footage]).origins.get('rep_e2'), 'rep_e2');
  // On two channels the same openings are one statement retold: the channel alone keeps them apart.
  const elsewhere = { ...footage, report: { ...footage.report, publisher: 'Канал два' } };
  assert.equal(assignOrigins([exercise, elsewhere]).origins.get('rep_e2'), 'rep_e1');

  // Its digest of the day holds its earlier post as its second item: a list of its own, no restatement.
  const digest = post(
    'rep_d',
    'Служба новостей',
    '18:00',
    'Главное к вечеру:\n\n— Правительство одобрило проект бюджета на следующий год;\n\n— Парламент утвердил новый ' +
      'порядок призыва резервистов;\n\n— Синоптики обещают на выходных мокрый снег.',
  );
  assert.equal(assignOrigins([first, digest]).origins.get('rep_d'), 'rep_d');

  // Posts that tell facts are its updates, each a statement of its own, in whatever place they repeat each other.
  const hit = (id: string, report_id: string) =>
    makeFact({ id, report_id, kind: 'strike', weapon: 'uav', region: { code: 'RU-BEL', name: 'RU-BEL' } });
  const told = assignOrigins([
    { ...first, facts: [hit('h1', 'rep_ch1')] },
    { ...later, facts: [hit('h2', 'rep_ch2')] },
  ]);
  assert.equal(told.origins.get('rep_ch2'), 'rep_ch2');
});
