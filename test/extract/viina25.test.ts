// Issue 8, twenty-fifth session: a headline whose weapon is the subject of a verb that tells a strike only with a
// weapon before it («Дрони атакують аеродром», «дрони ГУР рознесли склади», «дрони долетіли до НПЗ»): the lexicon's
// `weapon_verb`, read by detect/attack.ts `subjectStrikes`, with a target word or a place right after the verb and,
// between the weapon and the verb, at most the acronym of the body whose weapon it is. Texts are ours, written in the
// shape of real headlines; each must-fire case has a near miss that must not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-20T10:00:00+03:00';
const facts = (text: string): Fact[] => extractText(text, 'uk', PUBLISHED).filter((f) => !f.historical);
const strikes = (text: string) =>
  facts(text)
    .filter((f) => f.kind === 'strike')
    .map((f) => [f.region?.code ?? null, f.weapon]);

describe('a weapon as the subject of a verb of striking (uk)', () => {
  it('«Дрони атакують аеродром …»: present tense, a target word then the place', () => {
    assert.deepEqual(strikes('Дрони атакують аеродром Саки'), [['UA-43', 'uav']]);
  });

  it('«Дрони ГУР рознесли склади …»: the owner’s acronym between the weapon and its verb', () => {
    assert.deepEqual(strikes('Дрони ГУР рознесли склади пального окупантів у Джанкої'), [['UA-43', 'uav']]);
  });

  it('«висадили в повітря», «запалили» after the weapon', () => {
    assert.deepEqual(strikes('Дрони СБУ висадили в повітря нафтобазу на Луганщині'), [['UA-09', 'uav']]);
    assert.deepEqual(strikes('Дрони СБУ запалили склад боєприпасів на Херсонщині'), [['UA-65', 'uav']]);
  });

  it('«долетіли до НПЗ у …»: the verb with its preposition', () => {
    assert.deepEqual(strikes('Українські дрони долетіли до НПЗ у Татарстані'), [['RU-TA', 'uav']]);
  });

  it('no weapon subject: saboteurs who blew up a substation, troops who assault a town', () => {
    assert.deepEqual(strikes('Бійці ГУР висадили в повітря електропідстанцію у Мелітополі'), []);
    assert.deepEqual(strikes('Окупанти атакують Куп’янськ і ще два напрямки'), []);
  });

  it('a habit, not an event: «щоночі»', () => {
    assert.deepEqual(strikes('Дрони щоночі атакують Харків'), []);
  });

  it('a weapon word not right before the verb is no subject', () => {
    assert.deepEqual(strikes('Через дрони фермери запалили стерню на Полтавщині'), []);
  });
});
