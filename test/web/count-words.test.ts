// The page's words for a weapon's count: destroyed only in an interception; a strike's count is how many struck.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STRINGS, UI_LANGS } from '../../web/i18n/index.ts';
import { weaponsSummary } from '../../web/src/bits.ts';
import type { Ctx } from '../../web/src/ctx.ts';
import { countWord, fieldLabel } from '../../web/src/format.ts';
import { makeIncident } from '../helpers/incidents.ts';

const en = STRINGS.en;
const ctx = { t: en } as unknown as Ctx;
const two = { value: 2, min: 2, max: 2, approx: false };

test('the list says a strike\'s "2 struck", an interception\'s "2 destroyed"', () => {
  const strike = makeIncident('s', { kind: 'strike', weapons: [{ type: 'uav', count: two }] });
  const interception = makeIncident('i', { kind: 'interception', weapons: [{ type: 'uav', count: two }] });
  assert.equal(weaponsSummary(ctx, strike), `${en.weapons.uav}: 2 struck`);
  assert.equal(weaponsSummary(ctx, interception), `${en.weapons.uav}: 2 destroyed`);
});

test("a fact's count is labelled by its kind in every language", () => {
  for (const lang of UI_LANGS) {
    const t = STRINGS[lang];
    assert.equal(countWord('interception', t), t.destroyed);
    for (const kind of ['strike', 'damage', 'casualties']) {
      assert.equal(countWord(kind, t), t.struck);
      assert.notEqual(t.struck, t.destroyed);
      assert.equal(fieldLabel('count', kind, t), t.struck);
    }
    assert.equal(fieldLabel('region', 'strike', t), t.fields.region);
  }
});

test('ru and uk say a strike\'s count got through («долетело»), never "used", which reads as the number launched (ux35 #13)', () => {
  for (const lang of ['ru', 'uk'] as const) {
    const t = STRINGS[lang];
    assert.doesNotMatch(t.struck, /примен|застосов|использ|використ/, `${lang}: "${t.struck}"`);
    assert.notEqual(t.struck, t.launched);
    assert.notEqual(t.struck, t.hit);
  }
});
