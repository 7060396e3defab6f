// English news leads, region and weapon (issue 8, thirty-fifth session, branch en35). Every text is invented, in the
// style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-09-10T06:00:00Z';
const facts = (headline: string, lead: string) =>
  extractText(`---\ntitle: ${headline}\n---\n${headline}\n\n${lead}`, 'en', PUBLISHED)
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
    .sort();

describe('a city that is a region of its own, then the region around it, is the city (en35)', () => {
  it('"Sevastopol, Crimea"', () => {
    const got = facts(
      'Navy fuel tanks burn after drone raid',
      'Flames rose from a fuel depot in Sevastopol, Crimea, after a drone attack early on Saturday, the city governor said.',
    );
    assert.ok(
      got.some((f) => f.includes('UA-40')),
      got.join('; '),
    );
    assert.ok(!got.some((f) => f.includes('UA-43')), got.join('; '));
  });

  it('"Moscow, Moscow region", «Москвой, Московской областью», "St. Petersburg, Leningrad region": two regions listed', () => {
    const moscow = facts(
      'Drones downed near Russian capital',
      'Air defences shot down nine drones over Moscow, Moscow region, the mayor said on Sunday.',
    );
    assert.ok(moscow.some((f) => f.includes('RU-MOW')) && moscow.some((f) => f.includes('RU-MOS')), moscow.join('; '));
    const ru = extractText('Над Москвой, Московской областью ночью сбиты четыре беспилотника.', 'ru', PUBLISHED).map(
      (f) => f.region?.code,
    );
    assert.ok(ru.includes('RU-MOW') && ru.includes('RU-MOS'), ru.join('; '));
    const spb = facts(
      'Debris falls near Russia’s second city',
      'Drone debris fell in St. Petersburg, Leningrad region, local authorities said.',
    );
    assert.ok(spb.some((f) => f.includes('RU-SPE')) && spb.some((f) => f.includes('RU-LEN')), spb.join('; '));
  });

  it('"Sevastopol in Crimea"', () => {
    const got = facts(
      'Drones target naval port Sevastopol in Crimea, Russia says',
      'Russian forces fought off the drone attack on the harbour overnight, the governor said.',
    );
    assert.ok(
      got.some((f) => f.includes('UA-40')),
      got.join('; '),
    );
    assert.ok(!got.some((f) => f.includes('UA-43')), got.join('; '));
  });

  it('negative: the city and its region opening a list of alerts stay two places', () => {
    const got = extractText('Загроза балістики! Київ, Київська, Полтавська області — в укриття!', 'uk', PUBLISHED)
      .map((f) => f.region?.code)
      .sort();
    assert.ok(got.includes('UA-30') && got.includes('UA-32'), got.join('; '));
  });

  it('negative: two places of a list stay two', () => {
    const got = facts(
      'Drones downed over Crimea and Sevastopol',
      'Air defences shot down drones over Kherson, Crimea and Sevastopol overnight, Russian officials said.',
    );
    assert.ok(
      got.some((f) => f.includes('UA-43')),
      got.join('; '),
    );
  });
});
