// English news leads: weapon and region (issue 8, forty-first session, branch en41).
// Every text is invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-10T06:00:00Z';
const facts = (headline: string, lead = '') =>
  extractText(`---\ntitle: ${headline}\n---\n${headline}\n\n${lead}`, 'en', PUBLISHED)
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
    .sort();

describe('a capital that spurns, downplays or wins is the state acting, not the city (en41)', () => {
  it('"a day after Kyiv won pledges" places no strike or toll in Kyiv', () => {
    const got = facts(
      'Russia launched missiles and drones across Ukraine, killing at least nine people, a day after Kyiv won pledges of long-range weapons.',
    );
    assert.ok(got.includes('strike - missile') && got.includes('strike - uav'), got.join('; '));
    assert.ok(!got.some((f) => f.includes('UA-30')), got.join('; '));
  });

  it('"as Moscow spurned calls for a truce" places no strike in Moscow', () => {
    const got = facts('Missiles pounded Ukrainian cities overnight as Moscow spurned calls for a truce.');
    assert.ok(got.includes('strike - missile'), got.join('; '));
    assert.ok(!got.some((f) => f.includes('RU-MOW')), got.join('; '));
  });

  it('"Moscow downplays damage" after a strike on a port is no damage in Moscow', () => {
    const got = facts(
      'Ukraine hits Russian tanker in drone attack on oil port',
      'Moscow downplays damage to the terminal after drones struck overnight.',
    );
    assert.ok(!got.some((f) => f.includes('RU-MOW')), got.join('; '));
  });

  it('negative: the city itself struck stays the city', () => {
    for (const [text, fact] of [
      [
        'A drone hit a tower block in Moscow overnight, a day after Kyiv won pledges of fighter jets.',
        'strike RU-MOW uav',
      ],
      ['Moscow downplayed the damage after a Ukrainian drone attack on Moscow wounded two.', 'strike RU-MOW uav'],
      ['Russian missiles hit Kyiv overnight as Moscow spurned calls for a truce.', 'strike UA-30 missile'],
    ] as const) {
      const got = facts(text);
      assert.ok(got.includes(fact), `${text}: ${got.join('; ')}`);
    }
  });
});
