// Synthetic reports for the benchmark: varied templates in three languages over many nights and regions, with
// rewrites of one statement, so every stage (cleaning, extraction, origins, incidents) does realistic work.
// Deterministic: a seeded PRNG, so two runs measure the same texts.
import { longReport } from './synth-long.ts';

export interface SynthReport {
  text: string;
  published_at: string;
  lang: 'en' | 'ru' | 'uk';
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RU_REGIONS = [
  { en: 'Kursk Oblast', gen: 'Курской области', gov: 'Alexander Khinshtein', govRu: 'Александр Хинштейн' },
  { en: 'Bryansk Oblast', gen: 'Брянской области', gov: 'Alexander Bogomaz', govRu: 'Александр Богомаз' },
  { en: 'Belgorod Oblast', gen: 'Белгородской области', gov: 'Vyacheslav Gladkov', govRu: 'Вячеслав Гладков' },
  { en: 'Kaluga Oblast', gen: 'Калужской области', gov: 'Vladislav Shapsha', govRu: 'Владислав Шапша' },
  { en: 'Voronezh Oblast', gen: 'Воронежской области', gov: 'Alexander Gusev', govRu: 'Александр Гусев' },
  { en: 'Oryol Oblast', gen: 'Орловской области', gov: 'Andrei Klychkov', govRu: 'Андрей Клычков' },
  { en: 'Tula Oblast', gen: 'Тульской области', gov: 'Dmitry Milyaev', govRu: 'Дмитрий Миляев' },
  { en: 'Rostov Oblast', gen: 'Ростовской области', gov: 'Yuri Slyusar', govRu: 'Юрий Слюсарь' },
];
const UA_REGIONS = [
  { en: 'Kharkiv Oblast', gen: 'Харківської області' },
  { en: 'Sumy Oblast', gen: 'Сумської області' },
  { en: 'Odesa Oblast', gen: 'Одеської області' },
  { en: 'Dnipropetrovsk Oblast', gen: 'Дніпропетровської області' },
  { en: 'Kyiv Oblast', gen: 'Київської області' },
];
const FILLER_EN = [
  'Emergency services worked at the scene through the morning, and the situation is under control.',
  'Officials asked residents to stay calm and to follow updates only from official channels.',
  'The statement did not say what the targets of the attack had been.',
  'Traffic in the area was restored by the afternoon, according to the local administration.',
];
const FILLER_RU = [
  'На месте работают оперативные и экстренные службы, ситуация под контролем.',
  'Жителей просят сохранять спокойствие и следить за официальными сообщениями.',
  'Информация о последствиях уточняется, подробности будут сообщены дополнительно.',
];
const FILLER_UK = [
  'На місці працюють усі екстрені служби, ситуація під контролем.',
  'Мешканців просять зберігати спокій і стежити за офіційними повідомленнями.',
];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)] as T;
}

function isoDay(base: number, day: number, hour: number, offset: string): string {
  const d = new Date(base + day * 86_400_000);
  const date = d.toISOString().slice(0, 10);
  return `${date}T${String(hour).padStart(2, '0')}:${String(Math.floor(hour * 7) % 60).padStart(2, '0')}:00${offset}`;
}

/** n reports over n/60 nights. With `padTo`, each report tells the same event at about that many bytes of UTF-8
 *  (synth-long.ts), and one in fifty is a repost of the one before. */
export function synthReports(n: number, opts: { seed?: number; padTo?: number } = {}): SynthReport[] {
  const rand = mulberry32(opts.seed ?? 42);
  const nights = Math.max(1, Math.ceil(n / 60));
  const base = Date.parse('2024-01-01T00:00:00Z');
  const out: SynthReport[] = [];
  for (let i = 0; i < n; i++) {
    const day = Math.floor(rand() * nights);
    const count = 2 + Math.floor(rand() * 40);
    const t = rand();
    let r: SynthReport;
    let region = 0;
    if (t < 0.35) {
      region = Math.floor(rand() * RU_REGIONS.length);
      const reg = RU_REGIONS[region]!;
      r = {
        lang: 'ru',
        published_at: isoDay(base, day, 7 + Math.floor(rand() * 3), '+03:00'),
        text: `Минувшей ночью дежурными средствами ПВО перехвачены и уничтожены ${count} украинских беспилотных летательных аппаратов над территорией ${reg.gen}. ${pick(rand, FILLER_RU)}`,
      };
    } else if (t < 0.55) {
      region = Math.floor(rand() * RU_REGIONS.length);
      const reg = RU_REGIONS[region]!;
      r = {
        lang: 'en',
        published_at: isoDay(base, day, 8 + Math.floor(rand() * 4), '+03:00'),
        text: `Air defences destroyed ${count} drones over ${reg.en} overnight, Governor ${reg.gov} said on Telegram. Windows of several residential buildings were damaged and a fire broke out at an industrial site. ${pick(rand, FILLER_EN)}`,
      };
    } else if (t < 0.7) {
      region = Math.floor(rand() * RU_REGIONS.length);
      const reg = RU_REGIONS[region]!;
      const injured = Math.floor(rand() * 4);
      r = {
        lang: 'ru',
        published_at: isoDay(base, day, 9 + Math.floor(rand() * 5), '+03:00'),
        text: `Губернатор ${reg.gen} ${reg.govRu} сообщил, что в результате атаки беспилотника повреждены частный дом и автомобиль. ${injured > 0 ? `Ранены ${injured} человека.` : 'Пострадавших нет.'} ${pick(rand, FILLER_RU)}`,
      };
    } else if (t < 0.85) {
      region = Math.floor(rand() * UA_REGIONS.length);
      const reg = UA_REGIONS[region]!;
      const launched = count + 10 + Math.floor(rand() * 30);
      r = {
        lang: 'uk',
        published_at: isoDay(base, day, 8 + Math.floor(rand() * 3), '+02:00'),
        text: `У ніч проти сьогодні противник атакував ${launched} ударними БпЛА типу Shahed. Збито/подавлено ${count} ворожих БпЛА. Внаслідок атаки на території ${reg.gen} пошкоджено житлові будинки. ${pick(rand, FILLER_UK)}`,
      };
    } else {
      region = Math.floor(rand() * RU_REGIONS.length);
      const reg = RU_REGIONS[region]!;
      r = {
        lang: 'en',
        published_at: isoDay(base, day, 10 + Math.floor(rand() * 6), '+03:00'),
        text: `According to the Russian Defence Ministry, ${count} Ukrainian UAVs were intercepted and destroyed over ${reg.en} last night. Restrictions were imposed at Moscow's Vnukovo and Domodedovo airports. ${pick(rand, FILLER_EN)}`,
      };
    }
    if (opts.padTo) {
      // The same event and publication time, written out at length (synth-long.ts) instead of the short text.
      r.text = longReport(rand, { lang: r.lang, side: r.lang === 'uk' ? 'ua' : 'ru', region, count }, opts.padTo);
    }
    // A fifth of the reports are light rewrites of the previous one (another outlet's copy); with `padTo`, one in
    // fifty more is the previous text again, byte for byte (a repost).
    const copy = i > 0 ? rand() : 1;
    if (copy < 0.2) {
      const prev = out[out.length - 1]!;
      r = { ...prev, text: `${prev.text}\n\nReported by outlet ${i % 17}.`, published_at: prev.published_at };
    } else if (opts.padTo && copy < 0.22) {
      r = { ...out[out.length - 1]! };
    }
    out.push(r);
  }
  return out;
}
