// The learned step (src/extract/learn/): its features, the stored model's round trip, and a tiny model trained on
// texts written here that then finds what it was taught. The texts use made-up verbs ("kraxed") that no lexicon
// knows, so the rules find nothing and only the model can.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fnv1a as featureKey } from '../../src/core/hash.ts';
import type { Fact } from '../../src/core/types.ts';
import { factFeatureNames, keysOf, sentenceFeatureNames } from '../../src/extract/learn/features.ts';
import {
  decodeModel,
  encodeModel,
  type KindModel,
  type KindModelData,
  probabilities,
} from '../../src/extract/learn/model.ts';
import { type Example, trainModel } from '../../src/extract/learn/train.ts';
import type { SentenceView } from '../../src/extract/view.ts';
import { prepareReport } from '../../src/pipeline/index.ts';

const PUBLISHED = '2024-05-12T12:00:00+03:00';

function prepare(text: string, learned: KindModel | null = null) {
  const p = prepareReport(new TextEncoder().encode(text), {
    input: 'test',
    published: PUBLISHED,
    lang: 'en',
    now: new Date(PUBLISHED),
    learned,
    reading: learned === null,
  });
  assert.ok(p.ok, 'the report should prepare');
  return p;
}

describe('learned step features', () => {
  it('hashes a name with 32-bit FNV-1a', () => {
    assert.equal(featureKey(''), 0x811c9dc5);
    assert.equal(featureKey('a'), 0xe40c292c);
  });

  it('reads word prefixes, edged 4-grams and the mentions of a sentence, with no word of its own', () => {
    const text = 'Drones struck Kursk';
    const view: SentenceView = {
      index: 0,
      span: { start: 0, end: text.length, text },
      hits: [
        {
          start: 0,
          end: 6,
          text: 'Drones',
          value: { categories: new Set(['strike']), weapon: { weapon: 'uav', model: null, singular: false } },
        },
      ],
      places: [
        {
          kind: 'city',
          code: 'RU-KRS',
          name: 'Kursk',
          lat: 51.7,
          lon: 36.2,
          population: 1,
          start: 14,
          end: 19,
          text: 'Kursk',
        },
      ],
      destinations: [],
      numbers: [],
      times: [],
      saidTimes: [],
      airports: [],
    };
    const names = sentenceFeatureNames(text, view, true);
    for (const n of ['w:drone', 'w:struc', 'c:<dro', 'c:nes>', 'k:strike', 'm:uav', 'p:city', 's:first']) {
      assert.ok(names.has(n), `${n} among ${[...names].join(' ')}`);
    }
    assert.ok(!names.has('t:time') && !names.has('n:number'));
    assert.deepEqual(
      keysOf(['b', 'a', 'b']),
      [featureKey('a'), featureKey('b')].sort((x, y) => x - y),
    );
  });
});

describe('learned step model', () => {
  const examples: Example[] = [
    { keys: [1, 2, 3], labels: new Set(['strike']) },
    { keys: [1, 2, 4], labels: new Set(['strike']) },
    { keys: [5, 6, 3], labels: new Set() },
    { keys: [5, 6, 4], labels: new Set() },
  ];

  it('trains the same model from the same examples, and stores it as bytes that read back alike', () => {
    const opts = { outputs: ['strike'], threshold: 0.5, minCount: 1, epochs: 30 };
    const a = trainModel(examples, opts);
    const b = trainModel(examples, opts);
    assert.deepEqual([...a.weights.entries()], [...b.weights.entries()]);
    const back = decodeModel(JSON.parse(JSON.stringify(encodeModel(a, 'test'))));
    for (const keys of [
      [1, 2, 3],
      [5, 6, 4],
    ]) {
      const [p] = probabilities(a, keys);
      const [q] = probabilities(back, keys);
      assert.ok(Math.abs(p! - q!) < 0.02, `${p} and ${q}`);
    }
    assert.ok(probabilities(back, [1, 2, 3])[0]! > 0.5);
    assert.ok(probabilities(back, [5, 6, 4])[0]! < 0.5);
  });

  it('leaves an output untrained by the examples that ignore it', () => {
    const ignored = examples.map((e) => ({ ...e, ignore: new Set(['strike']) }));
    const m = trainModel(ignored, { outputs: ['strike'], threshold: 0.5, minCount: 1 });
    assert.equal(m.bias[0], 0);
    for (const row of m.weights.values()) assert.equal(row[0], 0);
  });

  it('refuses stored data whose parts do not agree', () => {
    const data = encodeModel(trainModel(examples, { outputs: ['strike'], threshold: 0.5, minCount: 1 }), 'test');
    assert.throws(() => decodeModel({ ...data, bias: [0, 0] }), /do not agree/);
  });

  it('names the field of stored data that is missing or of the wrong type', () => {
    const data = encodeModel(trainModel(examples, { outputs: ['strike'], threshold: 0.5, minCount: 1 }), 'test');
    const { keys: _keys, ...noKeys } = data;
    assert.throws(() => decodeModel(noKeys as KindModelData), /model data: keys /);
    assert.throws(() => decodeModel({ ...data, version: 2 } as unknown as KindModelData), /model data: version /);
    assert.throws(() => decodeModel({ ...data, threshold: '0.5' } as unknown as KindModelData), /threshold/);
    assert.throws(() => decodeModel(null as unknown as KindModelData), /model data: the model/);
  });
});

describe('a tiny model trained on our texts finds what it was taught', () => {
  const positives = [
    'Zorblat squads kraxed the fuel depot in Belgorod overnight.',
    'A warehouse in Kursk was kraxed by zorblat squads.',
    'Zorblat squads kraxed a substation near Voronezh.',
    'In Bryansk the zorblat squads kraxed a rail yard.',
  ];
  const negatives = [
    'The weather in Belgorod stayed mild and dry all week.',
    'A new bakery opened in Kursk on the main square.',
    'Voronezh hosted a chess festival for schoolchildren.',
    'Bryansk libraries extend their opening hours.',
  ];
  const train = () => {
    const examples = [...positives, ...negatives].map((text, i) => {
      const p = prepare(text);
      assert.equal(p.ok && p.facts.length, 0, `the rules find nothing in «${text}»`);
      return { keys: p.ok ? p.reading!.keys : [], labels: new Set(i < positives.length ? ['strike'] : []) };
    });
    return trainModel(examples, { outputs: ['strike'], threshold: 0.5, minCount: 1, epochs: 40 });
  };

  it('adds a strike with its sentence as evidence, the place named there and the kind marked as read by the model', () => {
    const model = train();
    const text = 'Overnight, zorblat squads kraxed an oil terminal in Belgorod.';
    const p = prepare(text, model);
    assert.ok(p.ok);
    const facts: Fact[] = p.facts;
    assert.equal(facts.length, 1);
    const fact = facts[0]!;
    assert.equal(fact.kind, 'strike');
    assert.equal(fact.region?.code, 'RU-BEL');
    assert.deepEqual(fact.fields.kind && { inferred: fact.fields.kind.inferred, from: fact.fields.kind.from }, {
      inferred: true,
      from: 'model',
    });
    const report = p.report.text;
    assert.equal(report.slice(fact.evidence.start, fact.evidence.end), fact.evidence.text);
    const region = fact.fields.region!;
    assert.equal(report.slice(region.start, region.end), 'Belgorod');
  });

  it('adds nothing to a text like the negatives, nor without a model', () => {
    const model = train();
    assert.deepEqual(prepare('The weather in Kursk stayed mild all week.', model).facts, []);
    const p = prepareReport(new TextEncoder().encode('Zorblat squads kraxed a depot in Kursk.'), {
      input: 'test',
      published: PUBLISHED,
      lang: 'en',
      now: new Date(PUBLISHED),
    });
    assert.ok(p.ok);
    assert.deepEqual(p.facts, []);
  });
});

describe('the drop threshold', () => {
  const text = 'Overnight, drones struck an oil depot in Belgorod.';
  const silent = (drop: number): KindModel => ({
    outputs: ['event'],
    threshold: 0.5,
    drop,
    keep: 0,
    bias: [-5],
    weights: new Map(),
  });

  it('keeps the rules facts when the text reads as an event or drop is 0', () => {
    const rules = prepare(text).facts;
    assert.ok(rules.some((f) => f.kind === 'strike'));
    assert.deepEqual(
      prepare(text, silent(0)).facts.map((f) => f.kind),
      rules.map((f) => f.kind),
    );
  });

  it('drops the rules facts of a text the model reads as telling no event', () => {
    assert.deepEqual(prepare(text, silent(0.5)).facts, []);
  });
});

describe('the per-fact scorer', () => {
  const text = 'Overnight, drones struck an oil depot in Belgorod.';
  const scorer = (bias: number): KindModel => ({
    outputs: ['fact'],
    threshold: 0.5,
    drop: 0,
    keep: 0.5,
    bias: [bias],
    weights: new Map(),
  });

  it('reads a fact by its kind and the fields it has, and which of them came from context', () => {
    const strike = prepare(text).facts.find((f) => f.kind === 'strike')!;
    const names = factFeatureNames(strike);
    for (const n of ['f:strike', 'f:kind', 'f:region', 'f:strike:region', 'f:weapon']) assert.ok(names.has(n), n);
    assert.ok(!names.has('f:region:inferred'));
  });

  it('keeps the facts it scores as told, and drops those it does not', () => {
    const rules = prepare(text).facts.map((f) => f.kind);
    assert.deepEqual(
      prepare(text, scorer(5)).facts.map((f) => f.kind),
      rules,
    );
    assert.deepEqual(prepare(text, scorer(-5)).facts, []);
  });
});
