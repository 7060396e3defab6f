// ux35 #18: "a kindergarten" beside an apartment block read "homes: kindergarten", as if it were part of the homes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../../web/i18n/en.ts';
import { ru } from '../../web/i18n/ru.ts';
import { effectText } from '../../web/src/format.ts';

test('#18 a building named beside the object is listed beside it, not as its part', () => {
  const e = { kind: 'damage', object: 'residential_building', detail: 'windows, kindergarten' };
  assert.equal(
    effectText(e, ru),
    `${ru.kinds.damage}: ${ru.objects.residential_building}: ${ru.details.windows}, ${ru.details.kindergarten}`,
  );
  assert.equal(
    effectText({ ...e, detail: 'kindergarten' }, en),
    `${en.kinds.damage}: ${en.objects.residential_building}, ${en.details.kindergarten}`,
  );
});

test('#18 negative: parts of the object stay its parts; a building alone is the whole phrase', () => {
  assert.equal(
    effectText({ kind: 'damage', object: 'residential_building', detail: 'windows, roof' }, en),
    `${en.kinds.damage}: ${en.objects.residential_building}: ${en.details.windows}, ${en.details.roof}`,
  );
  assert.equal(
    effectText({ kind: 'damage', object: null, detail: 'school' }, en),
    `${en.kinds.damage}: ${en.details.school}`,
  );
});
