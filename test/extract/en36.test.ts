// English news leads: a country that counts its own night's shoot-downs speaks for the whole country (issue 8,
// thirty-sixth session, branch en36). Every text is invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-10T06:00:00Z';
const facts = (headline: string, lead = '') =>
  extractText(`---\ntitle: ${headline}\n---\n${headline}\n\n${lead}`, 'en', PUBLISHED)
    .filter((f) => f.kind === 'interception')
    .map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.count?.value ?? f.count?.min ?? '-'}`)
    .sort();

describe("a country's own tally takes no place from another sentence (en36)", () => {
  it('"Ukraine shot down 27 of 33 drones" under a headline on Kyiv is the country\'s count', () => {
    const got = facts(
      'Kyiv shaken by blasts as drones return for a third night',
      'Ukraine shot down 27 of 33 drones launched overnight, officials said.',
    );
    assert.deepEqual(got, ['- uav 27']);
  });

  it('"Russia says it downed 18 drones" over a lead naming Moscow is Russia\'s count', () => {
    const got = facts('Russia Says It Downed 18 Drones', 'The attack came hours before a parade in Moscow.');
    assert.deepEqual(got, ['- uav 18']);
  });

  it("a mayor or governor quoted on the country's shoot-downs counts their own area (review)", () => {
    const got = facts(
      'Drones strike Kharkiv overnight',
      'Kharkiv Mayor Ihor Terekhov said drones struck the city overnight. Ukraine destroyed 2 Russian drones, he said.',
    );
    assert.deepEqual(got, ['UA-63 uav 2']);
  });

  it('a count that names its own place keeps it', () => {
    const got = facts('Night of drones', 'Ukraine said 12 drones were shot down over the Odesa region.');
    assert.deepEqual(got, ['UA-51 uav 12']);
  });

  it('a country after a place preposition says where, not who counted', () => {
    const got = facts(
      'Two hurt in Russia as a downed drone falls on a house',
      'The drone was shot down over the Kursk region, the governor said.',
    );
    assert.ok(
      got.every((f) => f.startsWith('RU-KRS')),
      got.join('; '),
    );
  });

  it('the lead that lent the place tells the same count there: the place stays', () => {
    const got = facts(
      'Russia Says It Shot Down 26 Drones',
      'Russia said its air defences shot down 26 drones overnight, mostly over the Bryansk region.',
    );
    assert.ok(got.includes('RU-BRY uav 26') || got.includes('RU-BRY uav -'), got.join('; '));
  });
});
