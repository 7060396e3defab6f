// ux39b trial item 6: the closure plan told of a town with one airport. Texts are ours, in the shape of real posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const at = '2025-09-15T01:05:00+03:00';
const closures = (text: string) =>
  extractText(text, 'ru', at)
    .filter((f) => f.kind === 'airport_disruption')
    .map((f) => ({ airports: f.airports, detail: f.detail, span: f.fields.airports?.text }));

describe('a town beside the closure plan is its one airport', () => {
  it('«в Жуковском» and «Ковёр» is Zhukovsky airport (ZIA), as «в аэропорту Жуковский» is', () => {
    assert.deepEqual(closures('В Жуковском введён план «Ковёр», самолёты уходят на запасные аэродромы.'), [
      { airports: ['ZIA'], detail: null, span: 'Жуковском' },
    ]);
  });

  it('a town with one airport of its own: Kaluga (KLF); the plan cancelled there is a lifting', () => {
    assert.deepEqual(closures('В Калуге ввели план «Ковёр».'), [{ airports: ['KLF'], detail: null, span: 'Калуге' }]);
    assert.deepEqual(closures('В Жуковском план «Ковёр» отменён.')[0]?.detail, 'restrictions lifted');
  });

  it('negative: a town with several airports, or a town far from the plan, names none', () => {
    assert.deepEqual(closures('В Москве введён план «Ковёр».'), []);
    assert.deepEqual(
      closures(
        'Губернатор, который вчера проводил совещание в Калуге по вопросам дорог и школ, сообщил: введён план «Ковёр».',
      ),
      [],
    );
  });
});

it('«отменили план «Ковёр»» of a town is a lifting, not a closure', () => {
  assert.deepEqual(closures('В Калуге отменили план «Ковёр».')[0]?.detail, 'restrictions lifted');
});
