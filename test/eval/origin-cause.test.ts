import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apartCause, reasonKind, reasonKinds } from '../../src/eval/origin-cause.ts';

// Invented reason lines in the shapes origins.ts and wordingBlockers print them, and invented posts of one day
// (times in UTC; Moscow is three hours ahead, so 19:10 UTC is 22:10 there).

test('a reason without its report ids, figures and scores', () => {
  assert.equal(reasonKind('same wording as rep_0a1b2c3d4e5f6a7b (cos=0.31)'), 'same wording');
  assert.equal(reasonKind('near-duplicate of rep_0a1b2c3d4e5f6a7b (J~1.00)'), 'near-duplicate');
  assert.equal(reasonKind('same figure 12 (interception, uav) from ministry as rep_0a1b2c3d4e5f6a7b'), 'same figure');
  assert.equal(
    reasonKind('same claimant governor, same facts as rep_0a1b2c3d4e5f6a7b (facts J=1.00)'),
    'same claimant, same facts',
  );
  assert.equal(reasonKind("lead within rep_0a1b2c3d4e5f6a7b's lead (1.00 of 6 words)"), 'lead within another lead');
  assert.equal(reasonKind('cosine 0.11 under 0.25'), 'cosine under the threshold');
  assert.equal(reasonKind('3 content words shared'), 'few content words shared');
  assert.equal(reasonKind('none (groups hold posts of one channel)'), 'none (groups hold posts of one channel)');
  assert.equal(reasonKind("a tally's other step"), "a tally's other step");
});

test('the kinds of a pair: each once, sorted; commas inside parentheses and before "same facts" stay in their part', () => {
  assert.equal(
    reasonKinds([
      'same figure 12 (interception, uav) from ministry as rep_aa; same wording as rep_bb (cos=0.40)',
      'same claimant ministry, same facts as rep_cc (facts J=1.00); same wording as rep_dd (cos=0.33)',
    ]),
    'same claimant, same facts + same figure + same wording',
  );
  assert.equal(
    reasonKinds(['cosine 0.08 under 0.25, 2 content words shared, other counts']),
    'cosine under the threshold + few content words shared + other counts',
  );
});

test('two posts never compared: either side of 22:00, two days, or facts told of another block', () => {
  const evening = { published: '2024-10-09T17:30:00Z', blocks: ['2024-10-09'], hasFacts: false };
  const late = { published: '2024-10-09T19:10:00Z', blocks: ['2024-10-10'], hasFacts: false };
  assert.equal(apartCause(evening, late), 'two blocks: published either side of 22:00');
  const nextDay = { published: '2024-10-10T09:00:00Z', blocks: ['2024-10-10'], hasFacts: false };
  assert.equal(apartCause(evening, nextDay), 'two blocks: published on two days');
  // A morning post whose fact is told of the day before («накануне»): its block is that day's, the reaction's today's.
  const retold = { published: '2024-10-10T07:00:00Z', blocks: ['2024-10-09'], hasFacts: true };
  const reaction = { published: '2024-10-10T07:20:00Z', blocks: ['2024-10-10'], hasFacts: false };
  assert.equal(apartCause(retold, reaction), 'two blocks: facts told of another block than the post');
  // Posts that share a block were compared: the blockers say why they were not linked.
  assert.equal(apartCause(late, nextDay), null);
  assert.equal(apartCause({ ...retold, blocks: ['2024-10-09', '2024-10-10'] }, reaction), null);
});
