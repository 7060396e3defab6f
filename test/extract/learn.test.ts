// The learned step (src/extract/learn/): its features, the stored model's round trip, and a tiny model trained on
// texts written here that then finds what it was taught. The texts use made-up verbs ("kraxed") that no lexicon
// knows, so the rules find nothing and only the model can. Then the shipped model (data/learn/kinds-model.json):
// that it parses with what the step needs, and that the step is opt-in: prepareReport and `sitrep extract` use it
// only when asked (`learned: true`, `--learned`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, mock } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../src/cli/commands.ts';
import { fnv1a as featureKey } from '../../src/core/hash.ts';
import { FACT_KINDS, type Fact, type Lang } from '../../src/core/types.ts';
import { factFeatureNames, keysOf, sentenceFeatureNames } from '../../src/extract/learn/features.ts';
import {
  decodeModel,
  encodeModel,
  type KindModel,
  type KindModelData,
  probabilities,
} from '../../src/extract/learn/model.ts';
import { SHIPPED } from '../../src/extract/learn/shipped.ts';
import { type Example, trainModel } from '../../src/extract/learn/train.ts';
import type { SentenceView } from '../../src/extract/view.ts';
import { prepareReport } from '../../src/pipeline/index.ts';
import { DROPPED_BY_SHIPPED } from '../helpers/learned-drop.ts';

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
  // Taught that the made-up verb tells `kind` (a strike, unless a test needs a kind the rules did not find).
  const train = (kind = 'strike') => {
    const examples = [...positives, ...negatives].map((text, i) => {
      const p = prepare(text);
      assert.equal(p.ok && p.facts.length, 0, `the rules find nothing in «${text}»`);
      return { keys: p.ok ? p.reading!.keys : [], labels: new Set(i < positives.length ? [kind] : []) };
    });
    return trainModel(examples, { outputs: [kind], threshold: 0.5, minCount: 1, epochs: 40 });
  };

  // A sentence the rules read (an interception), so that the report tells an event the model may complete.
  const told = 'Air defences shot down two drones over Kursk Oblast.';

  it('adds a strike with its sentence as evidence, the place named there and the kind marked as read by the model', () => {
    const model = train();
    const text = `${told} Overnight, zorblat squads kraxed an oil terminal in Belgorod.`;
    const p = prepare(text, model);
    assert.ok(p.ok);
    const facts: Fact[] = p.facts;
    assert.deepEqual(
      facts.map((f) => f.kind),
      ['interception', 'strike'],
    );
    const fact = facts[1]!;
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
      learned: null,
    });
    assert.ok(p.ok);
    assert.deepEqual(p.facts, []);
  });

  // The guards (learn17): the model completes what the rules read, it does not overrule what they left out.
  const kinds = (text: string, model: KindModel) => prepare(text, model).facts.map((f) => f.kind);

  it('adds nothing to a report the rules found no event in (a question, a trend, a denial are left empty on purpose)', () => {
    assert.deepEqual(kinds('Overnight, zorblat squads kraxed an oil terminal in Belgorod.', train()), []);
  });

  it('adds nothing from a sentence the rules already read: they chose its kinds', () => {
    const text = 'Air defences shot down two drones over Kursk Oblast as zorblat squads kraxed a depot in Kursk.';
    assert.deepEqual(kinds(text, train()), ['interception']);
  });

  it('adds nothing from any sentence a rules fact spans, not only the one its evidence starts in (a paired toll)', () => {
    // The casualty rule pairs the killed of the first sentence with the injured of the second: its evidence covers
    // both, so the rules read the second sentence too, and a damage model must not add a fact from it.
    const text =
      'A drone attack on Belgorod killed two people. Another five were injured as zorblat squads kraxed a depot.';
    const rules = prepare(text).facts;
    const toll = rules.find((f) => f.kind === 'casualties');
    assert.ok(toll && toll.evidence.end > text.indexOf('Another'), 'the toll spans both sentences');
    assert.deepEqual(
      kinds(text, train('damage')),
      rules.map((f) => f.kind),
    );
  });

  it('adds nothing it cannot place in a region', () => {
    const text =
      'Air defences shot down two drones over Kursk Oblast and three over Bryansk Oblast. Zorblat squads kraxed a depot.';
    assert.deepEqual(kinds(text, train()), ['interception', 'interception']);
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

  it('drops a report whose only count is a recalled one: a past figure is not the body of the report', () => {
    const recalled =
      'A new kindergarten opened in Kursk Oblast. The governor recalled that last month air defences shot down 5 drones over the region.';
    const rules = prepare(recalled).facts;
    assert.ok(rules.length > 0 && rules.every((f) => f.historical && f.count !== null && f.region !== null));
    const p = prepare(recalled, silent(0.5));
    assert.deepEqual(p.facts, []);
    assert.ok(p.warnings.some((w) => w.startsWith('learned step: the model reads no event')));
  });

  it('never drops a report whose rules facts hold a count and a region: the figure of a place is its body', () => {
    const counted = 'Air defences shot down 12 drones over Belgorod Oblast overnight.';
    const rules = prepare(counted).facts;
    assert.ok(rules.some((f) => f.count !== null && f.region !== null));
    assert.deepEqual(
      prepare(counted, silent(0.5)).facts.map((f) => f.kind),
      rules.map((f) => f.kind),
    );
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

describe('a rules fact the step takes away is told, not lost silently', () => {
  const text = 'Overnight, drones struck an oil depot in Belgorod.';
  const silent: KindModel = { outputs: ['event'], threshold: 0.5, drop: 0.5, keep: 0, bias: [-5], weights: new Map() };

  it('warns with the kind and evidence of each fact the drop step removed, and why', () => {
    const p = prepare(text, silent);
    assert.deepEqual(p.facts, []);
    const line = p.warnings.find((w) => w.startsWith('learned step:'));
    assert.ok(line, `a warning among ${JSON.stringify(p.warnings)}`);
    assert.match(line, /no event/);
    assert.match(line, /drop 0\.5/);
    assert.match(line, /strike «Overnight, drones struck/);
  });

  it('warns of nothing when nothing was removed', () => {
    const p = prepare(text, { ...silent, drop: 0 });
    assert.ok(p.facts.length > 0);
    assert.equal(p.warnings.filter((w) => w.startsWith('learned step:')).length, 0);
  });
});

describe('the shipped model', () => {
  it('parses, decodes, and holds what the step needs: the event output, kinds to add, its settings and a note', () => {
    const data = SHIPPED;
    const model = decodeModel(data);
    assert.ok(model.outputs.includes('event'), 'the drop step needs the event output');
    assert.ok(
      model.outputs.some((o) => (FACT_KINDS as readonly string[]).includes(o)),
      'at least one kind to add',
    );
    assert.ok(model.weights.size > 1000, `${model.weights.size} keys`);
    for (const v of [model.threshold, model.drop, model.keep]) assert.ok(v >= 0 && v <= 1.5, String(v));
    assert.ok(model.keep === 0 || model.outputs.includes('fact'), 'a keep setting needs the per-fact output');
    assert.match(data._note ?? '', /dev split of test\/gold\/real/);
    assert.match(data._note ?? '', /commit \w+/);
  });

  it('is opt-in: prepareReport leaves it out when told nothing, and decodes and uses it only with learned: true', () => {
    // A child process: in this one other tests may already have extracted.
    const script = `
      const { prepareReport } = await import('./src/pipeline/prepare.ts');
      const { shippedModelDecoded, shippedModel } = await import('./src/extract/learn/shipped.ts');
      const opts = { input: 't', published: '2024-05-12T12:00:00+03:00', lang: 'en', now: new Date() };
      const bytes = new TextEncoder().encode(${JSON.stringify(`Overnight, drones struck an oil depot in Belgorod. ${'A new bakery opened on the main square. '.repeat(3)}`)});
      const byDefault = prepareReport(bytes, opts);
      const off = prepareReport(bytes, { ...opts, learned: false });
      const before = shippedModelDecoded();
      const flagged = prepareReport(bytes, { ...opts, learned: true });
      const after = shippedModelDecoded();
      const shipped = prepareReport(bytes, { ...opts, learned: shippedModel() });
      console.log(JSON.stringify({
        before,
        after,
        rulesByDefault: JSON.stringify(byDefault) === JSON.stringify(off),
        flagIsShipped: JSON.stringify(flagged) === JSON.stringify(shipped),
      }));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { before: false, after: true, rulesByDefault: true, flagIsShipped: true });
  });

  it('adds nothing to short ordinary reports the rules read on purpose (the shapes of the tests that failed with it in the sixteenth session)', () => {
    // Before the guards (learn17) the shipped model read a strike into each of these: an interception, a trend, a
    // denial, a question, ground combat, an alert, casualties of another war.
    const texts: [string, Lang][] = [
      ['Overnight air defences destroyed 5 drones over Kursk Oblast, channel 3 reported.', 'en'],
      ['Moscow has intensified its missile strikes on towns near the border, analysts say.', 'en'],
      ['Officials denied that munitions such as Russian missiles struck a school in Sumy on Friday.', 'en'],
      ['Two people were killed in Israeli airstrikes on Beirut, Lebanese officials said.', 'en'],
      ['Kyiv’s air raid sirens sounded overnight.', 'en'],
      ['Что известно об ударе дронов по нефтебазе в Брянске?', 'ru'],
      ['Прямо сейчас идёт атака по позициям ВСУ у Суджи Курской области.', 'ru'],
      ['Ми відповімо ударом на удар.', 'uk'],
    ];
    for (const [text, lang] of texts) {
      const run = (learned: boolean) => {
        const p = prepareReport(new TextEncoder().encode(text), {
          input: 't',
          published: PUBLISHED,
          lang,
          now: new Date(PUBLISHED),
          learned,
        });
        assert.ok(p.ok);
        return p.facts.map((f) => `${f.kind} ${f.region?.code ?? '-'}`);
      };
      assert.deepEqual(run(true), run(false), text);
    }
  });

  it('drops the fixture of the flag tests far below its drop, so that a retrain does not flip them', () => {
    // The tests that can only pass the flag (workers, `sitrep extract`, `sitrep watch`) need a text the shipped model
    // drops; one that sat just under the drop would flip with the next retrain (review of learn17). When this fails
    // after a retrain, pick another text for test/helpers/learned-drop.ts rather than loosen this.
    const model = decodeModel(SHIPPED);
    // With drop 1 the step drops the text whatever it reads, and its note tells the probability it read.
    const p = prepareReport(new TextEncoder().encode(DROPPED_BY_SHIPPED), {
      input: 'test',
      published: PUBLISHED,
      lang: 'ru',
      now: new Date(PUBLISHED),
      learned: { ...model, drop: 1 },
    });
    assert.ok(p.ok);
    const note = p.warnings.find((w) => w.startsWith('learned step:'));
    const read = Number(/\(p ([\d.]+) </.exec(note ?? '')?.[1]);
    assert.ok(read < model.drop / 2, `p ${read} against drop ${model.drop}`);
  });

  it('sitrep extract --learned runs it: the rules fact of a text the model reads as telling no event is dropped, and told', async () => {
    // An opening of a kindergarten that recalls last year's damage (test/helpers/learned-drop.ts): the rules read
    // the damage, the model reads no event in the report. The command runs in this process (a child costs three
    // seconds of CPU), its console captured; whether the model loads only when asked is the child test's above.
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-learned-'));
    try {
      const file = join(dir, 'report.txt');
      writeFileSync(file, `${DROPPED_BY_SHIPPED}\n`);
      const run = async (...flags: string[]) => {
        const out: string[] = [];
        const said: string[] = [];
        const log = mock.method(console, 'log', (...xs: unknown[]) => out.push(xs.join(' ')));
        const error = mock.method(console, 'error', (...xs: unknown[]) => said.push(xs.join(' ')));
        try {
          const code = await runCommand(['extract', '--published', PUBLISHED, '--lang', 'ru', ...flags, file]);
          assert.equal(code, 0, said.join('\n'));
        } finally {
          log.mock.restore();
          error.mock.restore();
        }
        const facts = (JSON.parse(out.join('\n')) as { facts: Fact[] }).facts;
        return { kinds: facts.map((f) => f.kind), said: said.join('\n') };
      };
      const rules = await run();
      const learned = await run('--learned');
      assert.deepEqual(rules.kinds, ['damage']);
      assert.deepEqual(learned.kinds, []);
      assert.match(learned.said, /learned step: the model reads no event/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
