import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../../src/core/types.ts';
import { lshBands, minhashSignature } from '../../src/resolve/minhash.ts';
import { assignOrigins, type OriginInput } from '../../src/resolve/origins.ts';
import { makeReport } from './make.ts';

// Invented posts in the style of news channels; none is a real text. Each pair below shares its lead word for word
// but not its whole text, so only the lead rule could join it.
function post(id: string, publisher: string, time: string, text: string): OriginInput {
  const report: Report = makeReport({ id, publisher, published_at: `2025-03-14T${time}:00+03:00`, lang: 'ru', text });
  const signature = minhashSignature(report.text, report.lang);
  return { report, signature, bands: lshBands(signature), facts: [] };
}

const LEAD = 'Директора энского водоканала задержали в аэропорту по делу о растрате';

test('two outlets credited for one story are two origins; a rewrite crediting an outlet joins its own post', () => {
  const items = [
    post('rep_mash', 'Mash', '09:00', `${LEAD}. Его встретили у трапа, изъяли телефон и ноутбук.`),
    post('rep_rw', 'Канал один', '09:20', `${LEAD}, пишет Mash. Подписывайтесь на наш канал.`),
    post('rep_baza', 'Канал два', '09:25', `${LEAD}, по данным Baza. Суд изберёт меру пресечения завтра.`),
  ];
  const { origins, reasons } = assignOrigins(items);
  assert.equal(origins.get('rep_rw'), 'rep_mash');
  assert.ok(reasons.get('rep_rw')!.some((r) => r.includes('rep_mash')));
  assert.equal(origins.get('rep_baza'), 'rep_baza');
});

test('a chain through an uncredited rewrite does not join two credited speakers', () => {
  const items = [
    post('rep_a', 'Канал один', '09:00', `${LEAD}, пишет Mash. Его встретили у трапа.`),
    post('rep_b', 'Канал два', '09:10', `${LEAD}. Ему грозит до шести лет.`),
    post('rep_c', 'Канал три', '09:20', `${LEAD}, заявил Песков. Кремль следит за делом.`),
  ];
  const { origins } = assignOrigins(items);
  assert.notEqual(origins.get('rep_a'), origins.get('rep_c'));
  // The uncredited one joins one of them: it credits no one, so the speakers say nothing against it.
  assert.ok([origins.get('rep_a'), origins.get('rep_c')].includes(origins.get('rep_b')));
});

test('the same speaker, or one credited in two forms, does not keep rewrites apart', () => {
  const items = [
    post('rep_a', 'Канал один', '09:00', `${LEAD} — NYT. Подробностей издание не приводит.`),
    post('rep_b', 'Канал два', '09:10', `${LEAD}. Об этом сообщает The New York Times.`),
  ];
  const { origins } = assignOrigins(items);
  assert.equal(origins.get('rep_b'), 'rep_a');
});
