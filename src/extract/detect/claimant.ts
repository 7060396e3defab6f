import { type Claimant, LOCAL_ROLES, type Span } from '../../core/types.ts';
import type { PlaceMatch } from '../common/gazetteer.ts';
import { officialRole } from '../common/officials.ts';
import { type Hit, listsSaidFirst, namesScript, nounModifiersFirst } from '../compile.ts';
import { anyOf, type GrammarList } from '../grammar.ts';
import { hitsOf, type ReportContext, type SentenceView, spanOf, withoutSaidTimes } from '../view.ts';
import { attributionTail } from './attribution-tail.ts';

export interface ClaimantFound {
  claimant: Claimant;
  span: Span;
  inferred: boolean;
  /** The speaker is an institution (a lexicon role marked `institution`: «Минобороны России»), not a person's role
   *  («губернатор»): only a body is what a later «ведомство» points back to. */
  body?: boolean;
}

// «А.В. Богомаз»: initials count as part of a name.
const INITIALS = /^(?:\p{Lu}\.){1,2}$/u;
const CAP_WORD = /^[\p{Lu}][\p{Ll}'’ʼ-]+$/u;
// Words allowed between a role and the name: "Governor of Kursk Oblast Alexei Smirnov",
// «губернатор Курской области Алексей Смирнов», "regional governor Vladislav Shapsha", and a rank
// («Командувач Повітряних Сил генерал-лейтенант Андрій Коваль»).
// Ranks are read in lower case only: a capitalised word there is a name («сообщил Майоров»).
const SKIPPABLE = new RegExp(`^(?:${anyOf('region_title')})$`, 'iu');
const RANK = new RegExp(`^(?:${anyOf('rank')})$`, 'u');
// «повідомив генерал-майор Іван Петренко»: only ranks between a verb of saying and the name after it.
const RANKS_GAP = new RegExp(`^\\s*(?:(?:${anyOf('rank')})\\s+)*$`, 'u');
const rightAfter = (text: string, said: Span, name: Span) =>
  name.start - said.end <= 2 || RANKS_GAP.test(text.slice(said.end, name.start));
// «Командувач Повітряних Сил»: a head's title right before a body in a signature; the name after is the head's.
const HEAD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf('head_title')})\\s+$`, 'iu');

type Spans = readonly { start: number; end: number }[];

/** Words that are no part of anyone's name: a time ("said Sunday"), a number, or a word of the lexicons ("Russian",
 *  "Shot Down", "Drones" in a headline written in capitals). */
function notNames(view: SentenceView): Spans {
  return [...view.times, ...view.saidTimes, ...view.numbers, ...view.hits];
}

const inSpans = (spans: Spans, start: number, end: number) => spans.some((p) => start < p.end && p.start < end);

/** Up to three capitalised words after `from`, skipping place names and the words of a role's title. A name never
 *  runs over a line break, and holds no time, number or lexicon word (`stop`). */
function nameAfter(text: string, from: number, placeSpans: Spans, stop: Spans = []): Span | null {
  const re = /[\p{L}'’ʼ.-]+/gu;
  re.lastIndex = from;
  const parts: { start: number; end: number }[] = [];
  let skipped = 0;
  let cursor = from;
  for (let m = re.exec(text); m !== null && parts.length < 3; m = re.exec(text)) {
    const between = text.slice(cursor, m.index);
    if (/[^\s«»"'‘’“”,]/u.test(between) || (parts.length > 0 && /,/.test(between)) || between.includes('\n')) break;
    // "Богомаз." ends the sentence: the dot is not part of the name (initials «А.В.» keep theirs).
    const word = INITIALS.test(m[0]) ? m[0] : m[0].replace(/\.+$/u, '');
    cursor = m.index + word.length;
    const inPlace = placeSpans.some((p) => m!.index >= p.start && m!.index < p.end);
    if (parts.length === 0 && (inPlace || SKIPPABLE.test(word) || RANK.test(word))) {
      if (++skipped > 4) break;
      continue;
    }
    // «А.В. Богомаз»: initials may hold a letter that is a word of the lexicons («в»).
    if (!INITIALS.test(word) && inSpans(stop, m.index, cursor)) break;
    if (!(CAP_WORD.test(word) || INITIALS.test(word)) || inPlace) break;
    parts.push({ start: m.index, end: cursor });
  }
  const first = parts[0];
  const last = parts[parts.length - 1];
  return first && last ? spanOf(text, first.start, last.end) : null;
}

/** A post's signature: a short last line («🔹 Минобороны России», «Глава Республики Крым Сергей Аксёнов»,
 *  «Александр Гусев») or a trailing dash («…, — губернатор Подмосковья Андрей Воробьёв»). It attributes the whole
 *  post to its author. */
export function signatureClaimant(ctx: ReportContext, view: SentenceView): ClaimantFound | null {
  const text = ctx.report.text;
  const dash = /\s[—–]\s+(?=[^—–]+$)/u.exec(view.span.text);
  const tailStart = dash ? view.span.start + dash.index + dash[0].length : view.span.start;
  const tail = text
    .slice(tailStart, view.span.end)
    .replace(/[.\s]+$/u, '')
    .replace(/^[—–-]\s*/u, '');
  if (tail.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 7) return null;
  // «Росавиация ситуацию не комментирует.», "Rosaviatsia did not comment.": a body that says nothing signs nothing.
  if (NOT_WORD.test(tail)) return null;
  if (!dash && view.index === 0) return null;
  // "With reporting by Reuters and AP": a line crediting the outlets that helped write the report names no one
  // who claims its facts.
  if (hitsOf(view, 'passive_agent').some((h) => h.start === tailStart)) return null;
  // "(Gleb Garanich/Reuters)", "(Libkos/AP Photo)": a line in brackets closing a lead credits the photograph.
  if (/^\([^()]*\)$/u.test(tail)) return null;
  const role = view.hits.find((h) => h.value.role && h.start >= tailStart);
  // «На месте работают подразделения МЧС.» is a clause about the role, not a signature: a signature line is a title and
  // a name («Мэр Москвы Сергей Собянин», «В'ячеслав Чаус, начальник Чернігівської ОВА»), with few plain words before
  // the role.
  const lead = role
    ? text
        .slice(tailStart, role.start)
        .split(/\s+/u)
        .filter((w) => /^\p{Ll}/u.test(w))
    : [];
  if (!dash && lead.length > MAX_SIGNATURE_LEAD) return null;
  if (role?.value.role) {
    const person = !role.value.role.institution || HEAD_BEFORE.test(text.slice(tailStart, role.start));
    const after = person ? nameAfter(text, role.end, view.places, notNames(view)) : null;
    // «Олег Синєгубов, начальник Харківської ОВА»: the name may come first, before a comma.
    const first = after ? null : NAME_FIRST.exec(tail);
    const firstAt = first?.[1] ? text.indexOf(first[1], tailStart) : -1;
    const name = after ?? (first?.[1] && firstAt >= 0 ? spanOf(text, firstAt, firstAt + first[1].length) : null);
    return {
      claimant: {
        name: name?.text ?? null,
        role: role.value.role.role,
        channel: null,
        ...(person ? {} : namedBody(role.value.role, name?.text ?? null)),
      },
      span: spanOf(text, Math.min(role.start, name?.start ?? role.start), Math.max(role.end, name?.end ?? role.end)),
      inferred: true,
    };
  }
  // «Александр Гусев» alone: the author signs the post.
  const name = NAME_LINE.exec(tail);
  const placeInTail = view.places.some((p) => p.start >= tailStart);
  if (!name?.[1] || placeInTail || view.hits.some((h) => h.start >= tailStart)) return null;
  return {
    claimant: { name: name[1], role: null, channel: null },
    span: spanOf(text, text.indexOf(name[1], tailStart), text.indexOf(name[1], tailStart) + name[1].length),
    inferred: true,
  };
}

/** The body's own name when the lexicon's entry names one body and no person speaks for it: «сообщили в Росавиации»
 *  -> { institution: 'Росавиация' }; a head named with it ("Tymur Tkachenko, head of the … administration") is the
 *  claimant instead. */
function namedBody(role: { named?: string }, person: string | null): { institution?: string } {
  return role.named !== undefined && person === null ? { institution: role.named } : {};
}

const MAX_SIGNATURE_LEAD = 2;
const NOT_WORD = new RegExp(`(?<![\\p{L}])(?:${anyOf('not')})(?![\\p{L}])`, 'iu');
/** A subject's own words (its noun and what qualifies it, no clause mark) and then, right before its verb, maybe an
 *  insertion set off by commas ("…, which is known by its acronym HUR, said"). */
const SUBJECT_GAP = /^([^,.;:!?()\n\u2013\u2014]*)(,[^,.;:!?()\n]*,)?\s*$/u;
/** The most a subject's own words run before its verb or its insertion. */
const SUBJECT_WORDS = 40;

/** Whether an institution's word `h`, with the noun it modifies, is the subject of the verb of saying `s` after it:
 *  only its own words and no other role between them, and maybe an insertion right before the verb ("the military
 *  intelligence agency, which …, said"; not "hit a military airfield, officials said", nor "a military airfield near
 *  Kursk, which is close to the border, a source said"). */
function subjectOfSaying(text: string, h: Hit, s: Hit, roles: readonly Hit[]): boolean {
  if (s.value.categories.has('according') || s.start < h.end) return false;
  const m = SUBJECT_GAP.exec(text.slice(h.end, s.start));
  const own = m?.[1];
  if (own === undefined || own.length > SUBJECT_WORDS) return false;
  const ownEnd = h.end + own.length;
  return !roles.some((r) => r.start >= h.end && r.end <= ownEnd);
}

/** A word in lower case right after: the word before it modifies it. */
const MODIFIES = /^\s\p{Ll}/u;
const HEAD_AFTER = new RegExp(`^\\s+(?:${anyOf('head_title')})(?![\\p{L}])`, 'iu');
// «подчеркнули в ведомстве», «по данным ведомства»: only a short preposition between the verb and the noun.
const BODY_GAP = /^\s+(?:\p{Ll}{1,2}\s+)?$/u;
// A first name and a surname closing a sentence («… Светлана Иванова.»), the surname ending as the language's
// surnames end (`surname_endings`): not «представитель Вооруженных Сил», «житель улицы Мирная Долина».
const CLOSING_NAME = new RegExp(
  `\\s(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}*(?:${anyOf('surname_endings')}))[\\s"»”)]*[.!?…]?\\s*$`,
  'u',
);
// After an outlet that was told: the person who told it («представитель», «местные жители»), a word in lower case at
// most between («сообщил РИА Новости высокопоставленный источник»).
const TOLD_BY_GAP = /^\s+(?:\p{Ll}+\s+)?$/u;
// Words that point back to a source only when they close the sentence («…, — говорится в сообщении.», «…, по их
// словам.») or open it or a clause after a comma, a comma after them («По его данным, …»): not «говорится в сообщении
// городской администрации» nor «говорится в сообщении, опубликованном на сайте администрации» (an owner of its own).
const ENDS_SENTENCE = /^[^\p{L}\p{N}]*$/u;
const OPENS_WITH_COMMA = /(?:^[^\p{L}\p{N}]*|[,;:]\s*)$/u;
const COMMA_NEXT = /^\s*,/u;
const NAME_FIRST = /^(\p{Lu}[\p{Ll}'’ʼ]+\s+\p{Lu}[\p{Ll}'’ʼ]+(?:\s+\p{Lu}[\p{Ll}'’ʼ]+)?),/u;
const NAME_BEFORE = /(?<![\p{L}'’ʼ])(\p{Lu}[\p{Ll}'’ʼ]+(?:\s+\p{Lu}[\p{Ll}'’ʼ]+){1,2}),?\s+$/u;
const NAME_LINE = /^(\p{Lu}[\p{Ll}'’ʼ]+\s+\p{Lu}[\p{Ll}'’ʼ]+(?:\s+\p{Lu}[\p{Ll}'’ʼ]+)?)\.?$/u;
const APPOSITIVE = new RegExp(
  String.raw`(\p{Lu}[\p{Ll}'’ʼ]+(?:\s+\p{Lu}[\p{Ll}'’ʼ]+){1,2}),\s+(?:${anyOf('head_title')})(?:\s+[\p{Ll}'’ʼ]+){0,4}\s+$`,
  'u',
);
// "Ivan Marchenko, spokesperson for the Poltava military administration, said": a name, then an apposition that
// closes with a comma right after the institution, is that institution's speaker, whatever words the apposition uses.
const APPOSITION_OPEN = /(?<![\p{L}'’ʼ])(\p{Lu}[\p{Ll}'’ʼ]+(?:\s+\p{Lu}[\p{Ll}'’ʼ]+){1,2}),\s+[^,.;:!?\n]{0,60}$/u;
const APPOSITION_CLOSE = /^[^,.;:!?\n]{0,20},/u;

function closedApposition(text: string, view: SentenceView, h: Hit): RegExpExecArray | null {
  if (!APPOSITION_CLOSE.test(text.slice(h.end, view.span.end))) return null;
  const open = APPOSITION_OPEN.exec(text.slice(Math.max(view.span.start, h.start - 80), h.start));
  if (!open?.[1]) return null;
  // The name is a person's: no place, no lexicon word ("Russia's Defence Ministry, the …").
  const start = h.start - open[0].length;
  const end = start + open[1].length;
  if (view.places.some((p) => p.start < end && start < p.end) || inSpans(notNames(view), start, end)) return null;
  // "Human Rights Watch, citing the regional administration, said": an apposition that itself cites or says is
  // another source's, not the name's office.
  if (
    view.hits.some(
      (s) =>
        (s.value.categories.has('said') || s.value.categories.has('according')) && s.start >= end && s.end <= h.start,
    )
  )
    return null;
  return open;
}

// A person's name (two or three capitalised words), a comma, and the apposition that runs to `at`.
const APPOSED_NAME =
  /(?<![\p{L}\p{N}'’ʼ.-])(\p{Lu}[\p{Ll}'’ʼ-]+(?:\s+\p{Lu}[\p{Ll}'’ʼ-]+){1,2}),\s+[^,.;:!?()\n\u2013\u2014"“”«»]{2,80}$/u;
// After the office: a few words of its title ("of Kyiv"), the comma that closes the apposition, and the verb of saying.
const APPOSITION_TO_VERB = /^[^,.;:!?()\n]{0,30},\s*$/u;

/** "Oksana Bilyk, the mayor of Poltava, said", "Taras Hnatiuk, an adviser to the president's staff, told": the
 *  person a verb of saying closes an apposition on. `at` is the office's word in the apposition, or the verb itself
 *  when the apposition names no office the lexicon knows. The name is no place, time, number or lexicon word, and the
 *  apposition itself neither says nor cites ("Ivan Petrov, citing the governor, said" is Petrov's citing, not his
 *  office). */
function apposedSpeaker(text: string, view: SentenceView, at: Hit, saying: readonly Hit[]): Span | null {
  const verb = at.value.categories.has('said')
    ? at
    : saying.find(
        (s) =>
          s.start >= at.end &&
          !s.value.categories.has('according') &&
          APPOSITION_TO_VERB.test(text.slice(at.end, s.start)),
      );
  if (!verb) return null;
  const close = at === verb ? /,\s*$/u.exec(text.slice(view.span.start, verb.start)) : null;
  if (at === verb && !close) return null;
  const to = at === verb ? verb.start - (close?.[0].length ?? 0) : at.start;
  const from = Math.max(view.span.start, to - 140);
  const m = APPOSED_NAME.exec(text.slice(from, to));
  if (!m?.[1]) return null;
  const start = from + m.index;
  const end = start + m[1].length;
  if (view.places.some((p) => p.start < end && start < p.end) || inSpans(notNames(view), start, end)) return null;
  if (/['’ʼ]s(?!\p{L})/u.test(m[1])) return null;
  // The name opens its clause (the sentence, or after a comma or dash): "killed Ivan Bondarenko, the mayor of …" names
  // the verb's object, not a speaker.
  if (!/(?:^|[,;:(\u2013\u2014])\s*$/u.test(text.slice(view.span.start, start).replace(/^[\s"'«“*_([]+/u, '')))
    return null;
  // "…, said the regional governor": a verb followed by its own subject speaks for that one, not the name.
  if (
    view.hits.some(
      (h) => h.value.role && h.start >= verb.end && /^\s+(?:\p{Ll}+\s+){0,3}$/u.test(text.slice(verb.end, h.start)),
    )
  )
    return null;
  // A verb of saying or citing inside the apposition makes it a clause of its own, not the name's title.
  const inside = (h: Hit) => h.start >= end && h.end <= to;
  if (view.hits.some((h) => inside(h) && (h.value.categories.has('said') || h.value.categories.has('according'))))
    return null;
  return spanOf(text, start, end);
}

// "The head of Ukraine's armed forces, General Zaluzhny, said": a head's title joined to the body (`head_of`), an article
// or a possessive at most between.
const HEAD_OF = new RegExp(`(?<![\\p{L}])(?:${anyOf('head_of')})\\s+(?:\\p{L}+\\s+)?(?:\\p{L}+['’ʼ]s\\s+)?$`, 'iu');
const COMMA_AFTER = /^,\s+/u;

/** The person a body's head's title names: "the head of Ukraine's armed forces, General Zaluzhny, said" (the title
 *  before the body, the name in commas after it) and "Ukraine's armed forces chief Valery Zaluzhny said" (the title
 *  and the name after it) are the head speaking, not the body. Only where the head is the subject of the verb of
 *  saying: his phrase opens its clause and the verb follows his name. `object` where the titled head stands there as
 *  the object of another verb or the owner of what was hit: then neither he nor his body speaks. Null when no such
 *  title and name stand there. */
function titledHead(
  text: string,
  view: SentenceView,
  h: Hit,
  placeSpans: Spans,
  stop: Spans,
  saying: readonly Hit[],
): Span | 'object' | null {
  const rest = text.slice(h.end, view.span.end);
  const title = HEAD_AFTER.exec(rest);
  const head = title ? null : HEAD_OF.exec(text.slice(Math.max(view.span.start, h.start - 60), h.start));
  const comma = COMMA_AFTER.exec(rest);
  if (!title && !(head && comma)) return null;
  // "Zelensky met the head of Ukraine's armed forces, General Syrskyi, and said", "A drone hit the convoy of the head
  // of the army, General Drapatyi, …, a source said", "Umerov, who met the head of the army, General Drapatyi, on
  // Monday, said": the head is the object of another verb, or the owner of what was hit, not who speaks. His phrase
  // opens its clause (a word in lower case at most before it: "the", "defence"), and the verb of saying follows his
  // name with only commas and the time of saying between.
  const name = title
    ? nameAfter(text, h.end + title[0].length, placeSpans, stop)
    : nameAfter(text, h.end + comma![0].length, placeSpans, stop);
  // "the army chief said": a title with no name is the body's voice, as before. A head named after the body in commas
  // is his ("citing the commander of the army, Colonel General …, said"), whether or not his name is read.
  if (title && !name) return null;
  if (clauseWordsBefore(text, view, head ? h.start - head[0].length : h.start) > 1) return 'object';
  if (!name || (!title && text.slice(name.end, name.end + 1) !== ',')) return null;
  const verb = saying.find((s) => s.start >= name.end && !s.value.categories.has('according'));
  if (!verb) return 'object';
  return /^[\s,]*$/u.test(withoutSaidTimes(text, view, name.end, verb.start)) ? name : 'object';
}

/** The words in lower case between the start of the clause `at` stands in and `at`: a clause's own words (a verb, an
 *  object's article), where names, sides and places are capitalised ("Ukraine's", "Kharkiv"). */
function clauseWordsBefore(text: string, view: SentenceView, at: number): number {
  const before = text.slice(view.span.start, at);
  const mark = Math.max(...[',', ';', ':', '\u2014', '\u2013', '(', '\n'].map((c) => before.lastIndexOf(c)));
  return before.slice(mark + 1).match(/(?<![\p{L}'’ʼ])\p{Ll}[\p{L}'’ʼ-]*/gu)?.length ?? 0;
}

// «Рогов сообщил», «Терехов попередив»: one capitalised word before the verb, ending as surnames end.
const SURNAME_BEFORE = new RegExp(`(?<![\\p{L}'’ʼ])(\\p{Lu}[\\p{Ll}'’ʼ]{2,}(?:${anyOf('surname_endings')}))\\s+$`, 'u');
const ONE_WORD_BEFORE = /(?<![\p{L}'’ʼ])(\p{Lu}[\p{Ll}'’ʼ]{2,})\s+$/u;
const SPEAKER = /^(\p{Lu}[\p{Ll}'’ʼ]+(?:\s+\p{Lu}[\p{Ll}'’ʼ]+){1,2})\s*:/u;
// "Live Updates: Russian Missiles Strike Kyiv": a desk's kicker before a headline's colon is no one who speaks.
const KICKER = new RegExp(`^(?:${anyOf('kicker')})$`, 'iu');

/** Who says so, from this sentence alone or by a pronoun pointing back ("he wrote"). In a language that writes
 *  people's names in a script of its own (`names_script`), a source named in Latin letters only, right beside a verb
 *  of saying, is a foreign outlet: «…, сообщает Bloomberg», «пишет The Herald со ссылкой на чиновников» are the press
 *  (`media`), not a person. Known outlets come from the lexicon's roles; this is the fallback for the others. A name
 *  the officials list knows stays the official's, whatever its letters («сообщил Sergei Sobyanin», «Zelensky
 *  заявил»), and so does a name found anywhere but beside the verb. */
export function findClaimant(
  ctx: ReportContext,
  view: SentenceView,
  placeSpans: readonly { start: number; end: number }[],
): ClaimantFound | null {
  const found = speakerOf(ctx, view, placeSpans);
  const script = namesScript(ctx.lang);
  if (script === null) return found;
  const name = found?.claimant.name;
  if (found && (!name || found.claimant.role !== null || officialRole(name) !== null)) return found;
  const outlet = outletBesideSaying(ctx.report.text, view, script);
  if (!found) return outlet ? asOutlet(outlet) : null;
  return outlet && outlet.start < found.span.end && found.span.start < outlet.end ? asOutlet(outlet) : found;
}

const asOutlet = (span: Span): ClaimantFound => ({
  claimant: { name: null, role: 'media', channel: null },
  span,
  inferred: false,
  body: true,
});

/** A name with Latin letters and none of the language's own script ("Bloomberg", "Financial Times"). */
function foreignName(name: string, script: string): boolean {
  // Made per call: it runs only on a name found as a source, a few times a report.
  return !new RegExp(`\\p{Script=${script}}`, 'u').test(name) && /\p{Script=Latin}/u.test(name);
}

// Up to four capitalised words in Latin letters ("Bloomberg", "The Wall Street Journal", "Le Monde").
const LATIN_NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}`;
const LATIN_AFTER = new RegExp(`^\\s{1,2}(${LATIN_NAME})`, 'u');
const LATIN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${LATIN_NAME})\\s{1,2}$`, 'u');

/** «…, пишет The Herald со ссылкой на чиновника», «Bloomberg пишет, что …»: a Latin name right beside a verb of saying,
 *  none of its words a lexicon word, a number or a time (weapon models are written in Latin letters too: «ракеты
 *  ATACMS сообщили» names no source). */
function outletBesideSaying(text: string, view: SentenceView, script: string): Span | null {
  const stop = notNames(view);
  for (const said of hitsOf(view, 'said')) {
    const after = LATIN_AFTER.exec(text.slice(said.end, view.span.end));
    const before = LATIN_BEFORE.exec(text.slice(view.span.start, said.start));
    for (const [m, start] of [
      [after, after ? said.end + after[0].length - (after[1]?.length ?? 0) : -1],
      [before, before ? view.span.start + before.index : -1],
    ] as const) {
      const name = m?.[1];
      if (!name || !foreignName(name, script) || officialRole(name) !== null) continue;
      const end = start + name.length;
      if (inSpans(stop, start, end) || view.places.some((p) => p.start < end && start < p.end)) continue;
      return spanOf(text, start, end);
    }
  }
  return null;
}

function speakerOf(
  ctx: ReportContext,
  view: SentenceView,
  placeSpans: readonly { start: number; end: number }[],
): ClaimantFound | null {
  const text = ctx.report.text;
  const stop = notNames(view);
  const channel = view.hits.find((h) => h.value.channel !== undefined)?.value.channel ?? null;
  // «Сергей Собянин: силы ПВО сбили…» — the speaker before a colon is who says so, whoever the sentence names after.
  const speaker = SPEAKER.exec(view.span.text);
  // «Аэропорт Внуково: введены ограничения» names a place, not a person.
  const speakerEnd = view.span.start + (speaker?.[1]?.length ?? 0);
  const named = (x: { start: number }) => x.start >= view.span.start && x.start < speakerEnd;
  if (
    speaker?.[1] &&
    !KICKER.test(speaker[1]) &&
    !view.airports.some(named) &&
    !view.places.some(named) &&
    !view.hits.some(named)
  ) {
    const start = view.span.start + speaker.index;
    const known = ctx.lastClaimant?.claimant.name === speaker[1] ? ctx.lastClaimant.claimant : null;
    return {
      claimant: { name: speaker[1], role: known?.role ?? null, channel: channel ?? known?.channel ?? null },
      span: spanOf(text, start, start + speaker[1].length),
      inferred: false,
    };
  }
  // "…, 32 drones downed – Authorities", "…: Kyiv": a headline's closing speaker.
  const tail = attributionTail(view);
  if (tail)
    return { claimant: { name: tail.name ?? null, role: tail.role, channel }, span: tail.span, inferred: false };
  // «Силами ПВО Минобороны … отражена атака, сообщил Собянин.»: a verb of saying with a name right after it, closing
  // the sentence, says who reports, whatever institution the sentence names as acting.
  for (const said of hitsOf(view, 'said')) {
    const after = nameAfter(text, said.end, placeSpans, stop);
    if (after && rightAfter(text, said, after) && /^[\s"»”)]*[.!?…]?\s*$/u.test(text.slice(after.end, view.span.end))) {
      return { claimant: { name: after.text, role: null, channel }, span: after, inferred: false };
    }
  }
  // An institution named in the sentence is the source only when the sentence attributes to it ("the Defence
  // Ministry said", "according to the Air Force"); «силы ПВО Минобороны сбили» names who acted, not who reports.
  // "Russia's defence ministry released footage …, a day after Ukraine claimed …", "drones targeting Defence Ministry
  // facilities - were downed, according to Russian sources": a verb of saying that has a speaker of its own (a side
  // right before it; after "according to", the rest of its clause) does not attribute to the institution.
  // "there were no reports of injuries": a word of saying right after a negation is a noun here, and says nothing of
  // who speaks.
  const negations = hitsOf(view, 'negation');
  const saying = [...hitsOf(view, 'said'), ...hitsOf(view, 'according')].filter(
    (s) => !negations.some((n) => n.end <= s.start && /^\s+$/u.test(text.slice(n.end, s.start))),
  );
  const othersSay = (s: Hit, h: Hit) =>
    s.value.categories.has('according')
      ? !(h.start >= s.end && !/[,;:()\u2013\u2014]/u.test(text.slice(s.end, h.start)))
      : hitsOf(view, 'attacker').some(
          (a) => a.end <= s.start && sideGap(text, view, a.end, s.start) && !(a.start >= h.start && a.end <= h.end),
        );
  const attributes = (h: Hit) => channel !== null || saying.some((s) => !othersSay(s, h));
  // "A Russian missile hit the studio of the regional broadcaster, governor Oleh Syniehubov said": of the roles a
  // sentence names, the one its verb of saying belongs to speaks (right before the verb, with only its name between;
  // right after it; right after "according to", "citing"), the quoted source before the outlet that quotes it. An
  // outlet, a council or a service that the attack struck is no speaker.
  // «сообщил РИА Новости представитель силовиков», «рассказали SHOT местные жители»: an outlet right after a verb of
  // saying and before the person who told it (`told_by`, or a person's role), is who was told, not who speaks. Only
  // on that evidence: an outlet followed by anything else («сообщает ТАСС вечером», «пишет Mash со ссылкой на …»,
  // «сообщил ТАСС собственный корреспондент») stays the source.
  const heard = (h: Hit) => {
    if (h.value.role?.role !== 'media') return false;
    if (!hitsOf(view, 'said').some((s) => s.end <= h.start && /^\s+$/u.test(text.slice(s.end, h.start)))) return false;
    // The person's word («представитель», «местные жители») or a person's role («рассказал ТАСС губернатор»).
    const person = (t: Hit) =>
      t.start >= h.end &&
      (t.value.categories.has('told_by') || (t.value.role !== undefined && !t.value.role.institution)) &&
      TOLD_BY_GAP.test(text.slice(h.end, t.start));
    return view.hits.some(person);
  };
  const roles = view.hits.filter((h) => h.value.role && !heard(h));
  const between = (from: number, to: number) =>
    !/[.;:!?]/u.test(text.slice(from, to)) && !roles.some((r) => r.start >= from && r.end <= to);
  const saidFirst = listsSaidFirst(ctx.lang);
  const tie = (h: Hit): number => {
    let best = 3;
    for (const s of saying) {
      const cites = s.value.categories.has('according');
      // "officials told Ukrainian media", "a source told Reuters": where the language lists the verbs that may come
      // before their speaker (`said_first`), a role right after any other verb of saying is who heard, not who speaks.
      const speakerAfter = cites || !saidFirst || s.value.categories.has('said_first');
      // "citing the regional governor": a source's article and epithet may stand between; after a plain verb of
      // saying only a preposition («сообщили в Минобороны»), or the role would be what the report tells of.
      if (speakerAfter && h.start >= s.end && h.start - s.end <= (cites ? 24 : 6) && between(s.end, h.start))
        best = Math.min(best, cites ? 0 : 1);
      else if (!cites && s.start >= h.end && s.start - h.end <= 40 && between(h.end, s.start))
        best = Math.min(best, closingLocal(h, s) ? 1.5 : 2);
    }
    return best;
  };
  // "Belarus's armed forces said they scrambled jets as Russian drones attacked Volyn region overnight, Governor Ivan
  // Rudnytskyi said.": a governor, mayor or military administration whose verb closes the sentence tells its last
  // clause, the event in his area, while a body that opens it tells only what it did itself.
  const closingLocal = (h: Hit, s: Hit) => {
    if (!LOCAL_ROLES.has(h.value.role!.role) || !roles.some((r) => r.end <= h.start)) return false;
    return /^[\s"»”)]*[.!?…]?\s*$/u.test(withoutSaidTimes(text, view, s.end, view.span.end));
  };
  // «…, рассказала РИА Новости руководитель клиники Светлана Иванова.»: past the outlet that was told, a person's name
  // closing the sentence is who speaks.
  for (const h of view.hits) {
    if (!heard(h)) continue;
    const after = text.slice(h.end, view.span.end);
    const m = CLOSING_NAME.exec(after);
    if (!m?.[1] || /[.;:!?\n]/u.test(after.slice(0, m.index))) continue;
    const start = h.end + m.index + 1;
    const end = start + m[1].length;
    if (inSpans(stop, start, end) || placeSpans.some((p) => p.start < end && start < p.end)) continue;
    return { claimant: { name: m[1], role: null, channel }, span: spanOf(text, start, end), inferred: false };
  }
  const modifiersFirst = nounModifiersFirst(ctx.lang);
  const ranked = roles.map((h) => ({ h, tie: tie(h) }));
  const order = ranked.some((r) => r.tie < 3) ? ranked.sort((a, b) => a.tie - b.tie).map((r) => r.h) : roles;
  for (const h of order) {
    const role = h.value.role;
    if (!role) continue;
    if (
      role.subject &&
      (clauseWordsBefore(text, view, h.start) > 1 || !saying.some((s) => subjectOfSaying(text, h, s, roles)))
    )
      continue;
    if (role.institution) {
      // «Генеральний штаб ЗСУ: у ніч на 6 жовтня …», «ВВС Украины: 7 прилётов …»: an institution heading the sentence
      // before a colon is who says what follows.
      const heads =
        /^[^\p{L}\p{N}]*$/u.test(text.slice(view.span.start, h.start)) &&
        /^[^.!?:\n]{0,50}:\s/u.test(text.slice(h.end));
      if (!attributes(h) && !heads) continue;
      // "attack on a Russian military airfield", "urged the West to send military hardware": in a language whose nouns
      // modify the noun after them, an institution's word right before a word in lower case, with no verb of saying
      // beside it, is a modifier of that noun, not the body that speaks ("the army command said" has its verb beside it). A head or spokesperson of it ("the Kremlin
      // spokesperson Pavel Orlov repeated the claim") is its voice.
      // "Ukraine's military intelligence agency, which is known by its acronym HUR, said": the noun it modifies is
      // the subject of a verb of saying further on, past an insertion set off by commas, and the body speaks.
      const rest = text.slice(h.end, view.span.end);
      if (
        modifiersFirst &&
        !heads &&
        tie(h) === 3 &&
        MODIFIES.test(rest) &&
        !HEAD_AFTER.test(rest) &&
        !saying.some((s) => subjectOfSaying(text, h, s, roles))
      )
        continue;
      // "Tymur Tkachenko, head of the city's military administration, said": the name before, in apposition.
      const appositive =
        APPOSITIVE.exec(text.slice(Math.max(view.span.start, h.start - 60), h.start)) ??
        closedApposition(text, view, h);
      const start = appositive?.[1] ? h.start - appositive[0].length : h.start;
      // «глава Сумской областной военной администрации Игорь Бондаренко»: an administration's head, named in full
      // right after it (two words at least). Other institutions are followed by names that are not their speakers.
      // "the head of Ukraine's armed forces, General Zaluzhny, said": any other body's head, named after it in commas.
      // "Zelensky met the head of Ukraine's armed forces, General Syrskyi, and said": the body named only as its
      // head's, who is no speaker there, is none either.
      const titled =
        appositive?.[1] || role.role === 'military_administration'
          ? null
          : titledHead(text, view, h, placeSpans, stop, saying);
      if (titled === 'object') continue;
      const headed = appositive?.[1]
        ? null
        : role.role === 'military_administration'
          ? nameAfter(text, h.end, placeSpans, stop)
          : titled;
      const name = headed?.text.includes(' ') ? headed : null;
      const person = appositive?.[1] ?? name?.text ?? null;
      return {
        claimant: { name: person, role: role.role, channel, ...namedBody(role, person) },
        span: spanOf(text, start, name ? name.end : h.end),
        inferred: false,
        body: true,
      };
    }
    const name = nameAfter(text, h.end, placeSpans, stop);
    if (name) {
      return {
        claimant: { name: name.text, role: role.role, channel },
        span: spanOf(text, h.start, name.end),
        inferred: false,
      };
    }
    // "Oksana Bilyk, the mayor of Poltava, said": the holder named before the office, in an apposition the verb of
    // saying closes.
    const apposed = apposedSpeaker(text, view, h, saying);
    if (apposed)
      return {
        claimant: { name: apposed.text, role: role.role, channel },
        span: spanOf(text, apposed.start, h.end),
        inferred: false,
      };
    // "the governor" without a name: the governor named earlier in this report, if any.
    const last = ctx.lastClaimant;
    if (last && last.claimant.role === role.role) {
      return {
        claimant: { ...last.claimant, channel: channel ?? last.claimant.channel },
        span: last.span,
        inferred: true,
      };
    }
    return { claimant: { name: null, role: role.role, channel }, span: spanOf(text, h.start, h.end), inferred: false };
  }
  // «По его словам, …», "he added": the person named before, only when no other attribution came between («Минобороны
  // заявило» after him): «его» may then be the ministry, or someone the text does not name as a speaker, so none.
  // «По его данным, …», «говорится в сообщении»: the last source that spoke, whoever it was (`source_back`), when its
  // gender, number and region agree (`pointsTo`). Words after them («говорится в сообщении Сумской ОВА», «… на сайте
  // администрации») name an owner of their own: no pointing back.
  const back = hitsOf(view, 'source_back').filter(
    (p) =>
      ENDS_SENTENCE.test(text.slice(p.end, view.span.end)) ||
      (COMMA_NEXT.test(text.slice(p.end)) && OPENS_WITH_COMMA.test(text.slice(view.span.start, p.start))),
  );
  const sourceBack = back.length > 0 && ctx.lastSpeaker && pointsTo(ctx, view, back, ctx.lastSpeaker);
  const pointed = sourceBack
    ? ctx.lastSpeaker
    : hitsOf(view, 'pronoun_claim').length > 0 && ctx.lastClaimant && ctx.lastSpeaker === ctx.lastClaimant
      ? ctx.lastClaimant
      : null;
  if (pointed) {
    const last = pointed;
    return {
      claimant: { ...last.claimant, channel: channel ?? last.claimant.channel },
      span: last.span,
      inferred: true,
    };
  }
  // «Сбито пять ракет, подчеркнули в ведомстве», «По данным ведомства, …»: the body a verb of saying points back to is
  // the one an earlier sentence named as its source (an institution, never a person's role: `lastBody`). Only right
  // after the verb, a preposition at most between: «источник в ведомстве сообщил» is someone inside a body, not the
  // body, and an epithet («утверждает украинское ведомство») may name another country's body than the one before.
  const body = ctx.lastBody;
  if (body) {
    // «говорится в сообщении ведомства»: a message whose owner is the body.
    const owners = [...saying, ...hitsOf(view, 'source_back')];
    const bodyBack = hitsOf(view, 'body_back').find((b) =>
      owners.some((s) => s.end <= b.start && BODY_GAP.test(text.slice(s.end, b.start))),
    );
    if (bodyBack)
      return {
        claimant: { ...body.claimant, channel: channel ?? body.claimant.channel },
        span: body.span,
        inferred: true,
      };
  }
  // "Ukraine says", "Moscow said", "Ukraine claimed": a side that speaks is its officials.
  const side = sideSays(text, view, listsSaidFirst(ctx.lang));
  if (side) return { claimant: { name: null, role: 'official', channel }, span: side, inferred: false };
  // "Serhiy Lysak said": a name right before a verb of saying.
  for (const said of hitsOf(view, 'said')) {
    const before = NAME_BEFORE.exec(text.slice(Math.max(view.span.start, said.start - 60), said.start));
    if (!before?.[1]) continue;
    let words = before[1];
    let start = said.start - before[0].length;
    // «Ранее Меликов сообщал»: an adverb capitalised because it opens the sentence is no part of the name.
    const lead = hitsOf(view, 'sentence_adverb').find(
      (h) => h.start === start && /^\s+$/u.test(text.slice(h.end, h.end + 1)),
    );
    if (lead) {
      const rest = text.slice(lead.end, start + words.length);
      start += words.length - rest.trimStart().length;
      words = rest.trimStart();
    }
    const inPlace = placeSpans.some((p) => p.start < start + words.length && start < p.end);
    // "Despite Russia's claims": a possessive is whose, not who.
    const possessive = /['’ʼ]s(?!\p{L})/u.test(words);
    if (!inPlace && !possessive && !inSpans(stop, start, start + words.length) && !words.includes('\n'))
      return {
        claimant: { name: words, role: null, channel },
        span: spanOf(text, start, start + words.length),
        inferred: false,
      };
  }
  // "Taras Hnatiuk, an adviser to the president's staff, told": a name, then an apposition of no role the
  // lexicon knows, set off by commas right before the verb.
  for (const said of hitsOf(view, 'said')) {
    const name = apposedSpeaker(text, view, said, saying);
    if (name) return { claimant: { name: name.text, role: null, channel }, span: name, inferred: false };
  }
  // «Олещук подтвердил удар»: a surname alone before a verb of saying, when its ending says it is one.
  for (const said of hitsOf(view, 'said')) {
    const before = SURNAME_BEFORE.exec(text.slice(Math.max(view.span.start, said.start - 40), said.start));
    if (!before?.[1]) continue;
    const start = said.start - before[0].length;
    const end = start + before[1].length;
    if (placeSpans.some((p) => p.start < end && start < p.end) || inSpans(stop, start, end)) continue;
    return { claimant: { name: before[1], role: null, channel }, span: spanOf(text, start, end), inferred: false };
  }
  // "Synehubov said on Telegram", "Zelensky told reporters": a surname alone before a verb of saying speaks when the
  // officials data knows it; a capitalised word the data does not know ("Kuleba said", "Bennett said") stays no one.
  for (const said of hitsOf(view, 'said')) {
    const before = ONE_WORD_BEFORE.exec(text.slice(Math.max(view.span.start, said.start - 40), said.start));
    if (!before?.[1]) continue;
    if (!officialRole(before[1], true)) continue;
    const start = said.start - before[0].length;
    const end = start + before[1].length;
    if (placeSpans.some((p) => p.start < end && start < p.end) || inSpans(stop, start, end)) continue;
    return { claimant: { name: before[1], role: null, channel }, span: spanOf(text, start, end), inferred: false };
  }
  // «сообщил Вячеслав Гладков», "Shapsha said": a name right next to a verb of saying.
  for (const said of hitsOf(view, 'said')) {
    const after = nameAfter(text, said.end, placeSpans, stop);
    if (after?.text.includes(' ') && rightAfter(text, said, after)) {
      return { claimant: { name: after.text, role: null, channel }, span: after, inferred: false };
    }
  }
  return null;
}

const wordOf = (list: GrammarList) => new RegExp(`(?<![\\p{L}])(?:${anyOf(list)})(?![\\p{L}])`, 'iu');
const endsAs = (list: GrammarList) => new RegExp(`(?:${anyOf(list)})$`, 'iu');
const PRONOUN_MASCULINE = wordOf('pronoun_masculine');
const PRONOUN_FEMININE = wordOf('pronoun_feminine');
const PRONOUN_PLURAL = wordOf('pronoun_plural');
const SAID_ENDINGS = [
  ['m', endsAs('said_endings_masculine')],
  ['f', endsAs('said_endings_feminine')],
  ['n', endsAs('said_endings_neuter')],
  ['pl', endsAs('said_endings_plural')],
  ['sg', endsAs('said_endings_singular')],
] as const;

/** Whether words pointing back to a source (`source_back`) may mean the last speaker: the possessive agrees with its
 *  verb of saying («По ее данным» is no «Минобороны заявило», «По их словам» no «губернатор сообщил»), and a local
 *  official (a governor, a mayor, an administration) speaks of no other region than his sentence named («Губернатор
 *  Курской области сообщил …» is not «По его данным» of a sentence in Bryansk). */
function pointsTo(
  ctx: ReportContext,
  view: SentenceView,
  back: readonly Hit[],
  last: NonNullable<ReportContext['lastSpeaker']>,
): boolean {
  const text = ctx.report.text;
  const verb = last.verb;
  const cls = verb ? (SAID_ENDINGS.find(([, re]) => re.test(verb))?.[0] ?? null) : null;
  for (const b of back) {
    const words = text.slice(b.start, b.end);
    if (PRONOUN_PLURAL.test(words) && cls !== null && cls !== 'pl') return false;
    if (PRONOUN_FEMININE.test(words) && (cls === 'm' || cls === 'n')) return false;
    if (PRONOUN_MASCULINE.test(words) && cls === 'f') return false;
  }
  const role = last.claimant.role;
  if (role && LOCAL_ROLES.has(role) && last.regions?.length) {
    const own = view.places.filter((p) => p.code.includes('-')).map((p) => p.code);
    const here = own.length > 0 ? own : ctx.lastPlace?.code.includes('-') ? [ctx.lastPlace.code] : [];
    if (here.length > 0 && !here.some((c) => last.regions!.includes(c))) return false;
  }
  return true;
}

/** Between a speaker and its verb of saying: spaces, or the time the statement was made ("Kyiv today said", "Russia
 *  on Wednesday claimed": `saidTimes`), never another word. */
function sideGap(text: string, view: SentenceView, from: number, to: number): boolean {
  return /^\s+$/u.test(withoutSaidTimes(text, view, from, to));
}

// After a side that closes a reporting clause ("…, claimed Kyiv.", "…, says Russia"): the clause ends there, or the
// statement's time does ("said Moscow on Tuesday"). "said Russia launched 30 drones" is what was said, not who said it;
// "according to Kyiv's military administration" is the body, not the state.
const SIDE_CLOSES = /^[\s"'»”’)]*(?:[.,;:!?\u2013\u2014]|$)/u;
// Before a verb of saying that names its speaker after it: the start of the sentence or of a clause, nothing else.
// "…, the US envoy told Kyiv", "…, and Peskov accused Ukraine": a verb with a subject of its own has its speaker
// already, and the side after it is its object.
const OPENS_CLAUSE = /(?:^|[,;:\u2013\u2014-])[\s"'«“(]*$/u;
// "…, says Russia Today": a capitalised word right after the side goes on with a name the side only begins.
const NAME_GOES_ON = /^\s+\p{Lu}/u;

/** A side of the war (the lexicon's `attacker`: "Ukraine", "Moscow") right before a verb of saying ("Ukraine says",
 *  "Moscow claimed", "Kyiv today said", "Russia on Wednesday said"): its state speaks. ("Kyiv residents said" is not
 *  the state.) So does one right after a verb of saying or "according to" when it closes its clause ("…, claimed Kyiv.",
 *  "…, says Russia", "…, according to Moscow"), its verb opening its clause (`OPENS_CLAUSE`) and one that may come
 *  before its speaker (`said_first`, when the language lists them); the span is then the side alone, so that a closing
 *  attribution is read as one (`closesSentence`). */
function sideSays(text: string, view: SentenceView, saidFirst: boolean): Span | null {
  const sides = hitsOf(view, 'attacker');
  for (const said of hitsOf(view, 'said')) {
    const side = sides.find((h) => h.end <= said.start && sideGap(text, view, h.end, said.start));
    if (side) return spanOf(text, side.start, said.end);
  }
  const first = hitsOf(view, 'said').filter((h) => !saidFirst || h.value.categories.has('said_first'));
  for (const said of [...first, ...hitsOf(view, 'according')]) {
    if (!OPENS_CLAUSE.test(text.slice(view.span.start, said.start))) continue;
    const side = sides.find((h) => h.start >= said.end && /^\s+$/u.test(text.slice(said.end, h.start)));
    if (!side || NAME_GOES_ON.test(text.slice(side.end, view.span.end))) continue;
    const rest = text.slice(side.end, view.span.end);
    const time = view.saidTimes.find((t) => t.start >= side.end && /^\s+$/u.test(text.slice(side.end, t.start)));
    if (SIDE_CLOSES.test(rest) || (time && SIDE_CLOSES.test(text.slice(time.end, view.span.end))))
      return spanOf(text, side.start, side.end);
  }
  return null;
}

/**
 * A closing attribution: «…, сообщили в Минобороны РФ.», «…, заявил врио губернатора Юрий Слюсарь.» ending a sentence
 * (a verb of saying after a comma, the speaker last), or a sentence that points back («Об этом сообщил губернатор»).
 * Found in the post's last sentence that tells anything, or after it, it speaks for the whole post: the facts no
 * sentence of their own attributes (docs/eval.md, "the post's … closing attribution").
 */
const CLOSING_REST = /^(?:\s+[\p{Lu}][\p{L}-]*){0,3}[^\p{L}\p{N}]*$/u;

export function closesSentence(text: string, view: SentenceView, found: ClaimantFound): boolean {
  if (found.span.start < view.span.start || found.span.end > view.span.end) return false;
  // «сообщили в Минобороны ЛНР»: a few capitalised words (letters of a country, a name) may close it after the span.
  if (!CLOSING_REST.test(text.slice(found.span.end, view.span.end))) return false;
  return hitsOf(view, 'said').some(
    (s) =>
      s.end <= found.span.start && /,\s*[—–-]?\s*$/u.test(text.slice(Math.max(view.span.start, s.start - 4), s.start)),
  );
}

/** A closing attribution with the speaker before the verb: "…, Ukrainian officials said.", "…, the city's mayor says."
 *  (after a comma, at most two words before the speaker's span; only the verb and punctuation after it). The span may
 *  hold the verb or stop before it. Where it speaks for the post is run.ts's to say (its own line, or the lead). */
export function closesAfterSpeaker(text: string, view: SentenceView, found: ClaimantFound): boolean {
  if (found.span.start < view.span.start || found.span.end > view.span.end) return false;
  const verb = hitsOf(view, 'said').find((s) => s.start >= found.span.start && s.end >= found.span.end);
  return (
    verb !== undefined &&
    /^\s*$/u.test(text.slice(found.span.end, Math.max(found.span.end, verb.start))) &&
    SAID_LAST.test(text.slice(verb.end, view.span.end)) &&
    COMMA_BEFORE.test(text.slice(Math.max(view.span.start, found.span.start - 40), found.span.start))
  );
}

/** Nothing but punctuation after a closing verb of saying. */
const SAID_LAST = /^[^\p{L}\p{N}]*$/u;
/** A comma, then at most two words (an article, an adjective: "…, the regional governor said", "…, Ukrainian officials
 *  said") before the speaker's span. */
const COMMA_BEFORE = /,\s*(?:[\p{L}'’-]+\s+){0,2}$/u;

// "Former Belgorod governor", «Бывший губернатор», «Экс-губернатор»: a former word up to two words before the office.
// A word of its own, or a prefix ending in its hyphen: «экс» is no start of «Эксперты», "ex" none of "Experts".
const FORMER = anyOf('former_office');
const FORMER_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:${FORMER})(?<=-)|(?:${FORMER})(?![\\p{L}]))(?:\\s*[\\p{L}'’.-]+){0,2}?\\s*$`,
  'iu',
);
// «губернатора», «губернатором»: an office word in an oblique case (its hit's first word).
const OBLIQUE_OFFICE = new RegExp(`^(?:${anyOf('oblique_office')})$`, 'iu');
// «…, — губернатор Смирнов.»: a dash before the office, and nothing but the sentence's end after the name.
const DASH_BEFORE = /(?:^|\s)[—–-]\s*$/u;
const NOTHING_AFTER = /^[\s.!»"”)]*$/u;

/** Whether an office written at `office` (its first word) is held now by a subject, as far as the words before it in
 *  its line or sentence (from `from`) and its case tell: not «Бывший губернатор», "Former Belgorod governor",
 *  «Экс-губернатор», «губернатора Иванова». */
export function heldNow(text: string, from: number, office: Span | { start: number; end: number }): boolean {
  const first = text.slice(office.start, office.end).split(/\s+/u)[0] ?? '';
  return !FORMER_BEFORE.test(text.slice(from, office.start)) && !OBLIQUE_OFFICE.test(first);
}

/** An office named with its holder (`namedOffices`). */
export interface NamedOffice {
  found: ClaimantFound;
  /** Places written between the office word and the name («губернатор Белгородской области Смирнов»): the title's. */
  titlePlaces: readonly PlaceMatch[];
  /** The report's own closing attribution («…, — губернатор Смирнов.»), which speaks of the place told before it. */
  closing: boolean;
}

/** «Других подробностей губернатор Олег Седов не привел», «губернатор Липецкой области Игорь Артамонов»: an office
 *  a person holds named with its holder, in any sentence, said or not (an institution only after a head's title:
 *  «начальник ОВА Чернов»). Who holds the office is told there even when that sentence attributes nothing;
 *  refine/office-holder.ts gives the name to the facts of that office (a governor's or a mayor's) in the holder's
 *  region. Only a holder in office who is the subject: not after a former word ("Former Belgorod governor Yevgeny
 *  Savchenko died"), not after an office word in an oblique case («снял с должности губернатора Иванова», «встретился
 *  с губернатором … Ивановым»: the object of the news, and a name in that case). */
export function namedOffices(ctx: ReportContext, view: SentenceView): NamedOffice[] {
  const text = ctx.report.text;
  const stop = notNames(view);
  const out: NamedOffice[] = [];
  for (const h of view.hits) {
    const role = h.value.role;
    const before = text.slice(view.span.start, h.start);
    if (!role || (role.institution && !HEAD_BEFORE.test(before))) continue;
    if (!heldNow(text, view.span.start, h)) continue;
    const name = nameAfter(text, h.end, view.places, stop);
    if (!name) continue;
    out.push({
      found: {
        claimant: { name: name.text, role: role.role, channel: null },
        span: spanOf(text, h.start, name.end),
        inferred: false,
      },
      titlePlaces: view.places.filter((p) => p.start >= h.end && p.end <= name.start),
      closing:
        DASH_BEFORE.test(before) && before.trim() !== '' && NOTHING_AFTER.test(text.slice(name.end, view.span.end)),
    });
  }
  return out;
}
