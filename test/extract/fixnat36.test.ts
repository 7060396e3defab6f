// ux36 trial defect 1 on extraction: a total of no place keeps no town the report names only later. Every text is
// invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-09T11:40:00+03:00';
const counted = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.count?.value !== undefined && f.count?.value !== null && f.kind !== 'casualties')
    .map((f) => [f.count?.value ?? null, f.region?.code ?? null]);

// ux36 #1: «В общей сложности около 120 ракет и 90 дронов …» took Mykolaiv Oblast from «В Николаеве …» three
// sentences on, the report's one named region.
test('#1 a total of no place keeps no town the report names only later', () => {
  const ru = counted(
    'Президент заявил о массированной атаке на страну.\n«В общей сложности силы ПВО сбили 80 ракет», — сказал он.\n\nВ Днепре в результате удара ранены три человека.',
    'ru',
  );
  assert.ok(ru.some(([n]) => n === 80));
  assert.ok(!ru.some(([n, region]) => n === 80 && region !== null));
  const en = counted(
    'The president spoke of a heavy night. In total, air defences shot down 45 drones, he said.\n\nIn Odesa, debris damaged a house.',
    'en',
  );
  assert.ok(en.some(([n]) => n === 45));
  assert.ok(!en.some(([n, region]) => n === 45 && region !== null));
});

test('#1 negative: with no word of a total, the report names its one region for a tally told before it', () => {
  const ru = counted(
    'Ночью дежурные средства ПВО сбили 5 беспилотников.\n\nОбломки упали на окраине Курска, сообщил губернатор.',
    'ru',
  );
  assert.deepEqual(
    ru.filter(([n]) => n === 5),
    [[5, 'RU-KRS']],
  );
});
