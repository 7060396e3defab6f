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
