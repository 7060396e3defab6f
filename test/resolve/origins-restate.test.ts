import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang, Report } from '../../src/core/types.ts';
import { lshBands, minhashSignature } from '../../src/resolve/minhash.ts';
import { assignOrigins, type OriginInput } from '../../src/resolve/origins.ts';
import { isRoundup } from '../../src/resolve/wording.ts';
import { makeReport } from './make.ts';

// Invented posts in the style of news channels; none is a real text. A channel restates its own statement when its
// later post moves the earlier one's lead to the other place and keeps its story in both (restatesOwn, leadLink);
// these are the channel's new stories that only repeat the old one as background.
function post(id: string, publisher: string, time: string, text: string, lang: Lang = 'ru'): OriginInput {
  const report: Report = makeReport({ id, publisher, published_at: `2025-03-14T${time}:00+03:00`, lang, text });
  const signature = minhashSignature(report.text, report.lang);
  return { report, signature, bands: lshBands(signature), facts: [] };
}

const CHANNEL = 'Служба новостей';
const law = post(
  'rep_law',
  CHANNEL,
  '08:30',
  'Парламент утвердил новый порядок призыва резервистов\n\nДепутаты приняли закон в третьем чтении, документ ' +
    'вступит в силу после подписи президента.',
);

function apart(a: OriginInput, b: OriginInput): void {
  const { origins } = assignOrigins([a, b]);
  assert.notEqual(origins.get(a.report.id), origins.get(b.report.id));
}

test('a reaction that repeats the channel’s earlier headline as background is a new story', () => {
  const reaction = post(
    'rep_react',
    CHANNEL,
    '15:10',
    'Правозащитники потребовали отменить закон о резервистах\n\nНакануне парламент утвердил новый порядок призыва ' +
      'резервистов. Правозащитники считают, что он нарушает права граждан, и готовят обращение в суд.',
  );
  apart(law, reaction);
});

test('an English reaction whose body repeats the channel’s earlier sentence is a new story', () => {
  const decision = post(
    'rep_doc',
    'World Desk',
    '08:30',
    'President approves new naval doctrine for the northern fleet\n\nThe president signed a decree approving the new ' +
      'naval doctrine, which allows the fleet to patrol disputed waters year round.',
    'en',
  );
  const reaction = post(
    'rep_resp',
    'World Desk',
    '11:40',
    'Neighbours call the move an irresponsible escalation\n\nThe president signed a decree approving the new naval ' +
      'doctrine on Friday. Foreign ministers of three neighbouring states said in a joint statement that the decision ' +
      'threatens shipping lanes and called for talks at the regional security forum next month.',
    'en',
  );
  apart(decision, reaction);
});

test('two one-line posts, one adding a new first statement before the other’s, are two statements', () => {
  const rate = post('rep_rate', CHANNEL, '13:30', 'Центробанк сохранил ключевую ставку на прежнем уровне.');
  const rouble = post(
    'rep_rub',
    CHANNEL,
    '14:05',
    'Рубль укрепился к доллару на открытии вечерних торгов. Центробанк сохранил ключевую ставку на прежнем уровне.',
  );
  apart(rate, rouble);
});

test('a denial that repeats the report it denies is a statement of its own', () => {
  const report = post(
    'rep_media',
    CHANNEL,
    '10:00',
    'СМИ: стороны готовят обмен пленными до конца месяца\n\nОбмен может пройти через посредников, пишет издание со ' +
      'ссылкой на источники.',
  );
  const denial = post(
    'rep_deny',
    CHANNEL,
    '12:20',
    'В администрации президента назвали ложью сообщения о переговорах\n\nСМИ: стороны готовят обмен пленными до конца ' +
      'месяца, писали утром. Пресс-секретарь заявил, что такие вопросы не обсуждаются.',
  );
  apart(report, denial);
});

test('a correction that repeats the headline it corrects is a statement of its own', () => {
  const bridge = post(
    'rep_bridge',
    CHANNEL,
    '10:00',
    'Мэрия перенесла открытие нового моста через Волгу на весну\n\nРаботы задерживаются из-за поставок ' +
      'металлоконструкций.',
  );
  const correction = post(
    'rep_fix',
    CHANNEL,
    '11:15',
    'Уточнение к предыдущему посту: речь о пешеходной части, движение машин откроют в срок.\n\nМэрия перенесла ' +
      'открытие нового моста через Волгу на весну, сообщали мы утром.',
  );
  apart(bridge, correction);
});

test('a digest of the day, numbered, with emoji bullets or in prose under a heading, does not restate its item', () => {
  const rest = [
    'Правительство одобрило проект бюджета на следующий год.',
    'Парламент утвердил новый порядок призыва резервистов.',
    'Синоптики обещают на выходных мокрый снег и гололёд.',
  ];
  const numbered = `Главное за день:\n\n${rest.map((r, i) => `${i + 1}. ${r}`).join('\n')}`;
  const emoji = `Главное за день:\n\n${rest.map((r) => `🔹 ${r}`).join('\n')}`;
  const prose = `Главное за день\n\n${rest.join(' ')}`;
  assert.ok(isRoundup(numbered));
  assert.ok(isRoundup(emoji));
  for (const text of [numbered, emoji, prose]) apart(law, post('rep_digest', CHANNEL, '20:00', text));
});

test('a restatement does not join two groups that each hold another channel’s retelling, on one link', () => {
  // The channel's appeal story repeats its arrest story in the other place and keeps its words in both; two outlets
  // copied one post each. Read alone the two posts are a restatement; their texts share little else.
  const arrest = post(
    'rep_arrest',
    CHANNEL,
    '09:00',
    'Суд арестовал бывшего главу района Петрова\n\nЕго обвиняют во взятке при строительстве моста через реку Суру.',
  );
  const appeal = post(
    'rep_appeal',
    CHANNEL,
    '16:00',
    'Защита обжалует арест по делу о взятке при строительстве моста\n\nСуд арестовал бывшего главу района ' +
      'Петрова. Адвокаты называют решение незаконным, жалобу рассмотрят на следующей неделе в краевом суде.',
  );
  const copy = (p: OriginInput, id: string, publisher: string, time: string) =>
    post(id, publisher, time, `${p.report.text}\n\nПодписывайтесь на канал`);
  const items = [
    arrest,
    appeal,
    copy(arrest, 'rep_o1', 'Канал два', '09:10'),
    copy(appeal, 'rep_o2', 'Канал три', '16:10'),
  ];
  const { origins } = assignOrigins(items);
  assert.equal(origins.get('rep_o1'), 'rep_arrest');
  assert.equal(origins.get('rep_o2'), 'rep_appeal');
  // Either post alone is brought into the other's group.
  assert.equal(assignOrigins(items.slice(0, 3)).origins.get('rep_appeal'), 'rep_arrest');
});
