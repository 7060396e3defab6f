import { official } from '../common/officials.ts';
import { anyOf } from '../grammar.ts';
import type { SentenceView } from '../view.ts';
import { spanOf } from '../view.ts';
import type { ClaimantFound } from './claimant.ts';

/** The channels whose speaker the post is: a briefing, an address (the lexicon's `channels`). */
const SPOKEN: ReadonlySet<string> = new Set(['briefing', 'address']);
// «Брифінг голови міської Ради оборони Олександра Вілкула»: the title between the channel and the name.
const MAX_WORDS_TO_NAME = 8;
// «обращения Зеленского», «пресс-конференцию Владимира Зеленского»: an official named this soon after the channel
// word is whose address it is.
const MAX_WORDS_TO_OWNER = 2;
// «Путин выступил с телевизионным обращением»: the official as the subject, a verb and an epithet before the channel word;
// more, and the sentence tells of something else that mentions the address.
const MAX_WORDS_BEFORE = 4;
const WORD = /[\p{L}'’ʼ-]+/gu;
const NAME_TITLE = new RegExp(`^(?:${anyOf('name_title')})$`, 'iu');

/**
 * «Брифінг начальника міської військової адміністрації Олександра Вілкула про події ночі» opening a post,
 * «Звернення Володимира Зеленського до українців …» closing one: the post is that official's briefing or address, so
 * its facts that no sentence attributes are the official's. Read from a sentence among the post's first two or last
 * three that opens with the channel word (one word may come before it: «Вечірнє звернення Зеленського:») and names an
 * official the data knows (data/lexicon/officials.json) after it on its line, in any case, or that opens with such an
 * official as its subject, a verb of giving an address (the lexicon's `address_verb`) and the channel word at most four
 * words on («Путин выступил с обращением к гражданам, тезисы:»), no other official named right after the channel
 * word; the name is given as its subject writes it («Вілкул»), inferred, with the written words as evidence.
 */
export function addressSpeaker(text: string, views: readonly SentenceView[]): ClaimantFound | null {
  const candidates = new Set([...views.slice(0, 2), ...views.slice(-3)]);
  for (const view of candidates) {
    const channel = view.hits.find((h) => h.value.channel !== undefined && SPOKEN.has(h.value.channel));
    if (!channel) continue;
    const before = [...text.slice(view.span.start, channel.start).matchAll(WORD)];
    if (before.length > MAX_WORDS_BEFORE) continue;
    // «Владимир Путин выступил с обращением», «Путин выступил с обращением к гражданам, тезисы:»: the official as the
    // subject of the sentence, in its first two words, and a verb of giving an address between it and the channel
    // word. «Путин подписал закон об обращении с оружием», «Зеленский раскритиковал обращение Путина»: no address
    // of the official's own.
    for (const m of before.slice(0, 2)) {
      const found = official(m[0], true);
      if (!found) continue;
      const at = view.span.start + (m.index ?? 0);
      const gives = view.hits.some(
        (h) => h.value.categories.has('address_verb') && h.start >= at + m[0].length && h.end <= channel.start,
      );
      // «выступил с оценкой обращения Зеленского»: another official's address, named after the channel word.
      if (!gives || officialAfter(text, channel.end, view.span.end)) break;
      // «Владимир Путин»: the first name before the surname is part of the evidence; «Сегодня Путин», «Президент
      // Путин»: a word the lexicon knows (an adverb, a title) is not.
      const first = before[0] !== m ? before[0] : undefined;
      const firstAt = view.span.start + (first?.index ?? 0);
      const named =
        first &&
        /^\p{Lu}/u.test(first[0]) &&
        /^\s+$/u.test(text.slice(firstAt + first[0].length, at)) &&
        !view.hits.some((h) => h.start <= firstAt && h.end > firstAt) &&
        !NAME_TITLE.test(first[0]);
      const from = named ? firstAt : at;
      return {
        claimant: { name: found.surname, role: found.role, channel: channel.value.channel ?? null },
        span: spanOf(text, from, at + m[0].length),
        inferred: true,
      };
    }
    // Named after the channel word, only one word may come before it («Вечірнє звернення Зеленського:»): "Ukraine live
    // briefing: Zelensky says …" is a column's name, and the official there speaks of something else.
    if (before.length > 1) continue;
    const lineEnd = text.indexOf('\n', channel.end);
    const end = Math.min(view.span.end, lineEnd < 0 ? text.length : lineEnd);
    const re = new RegExp(WORD.source, WORD.flags);
    re.lastIndex = channel.end;
    let previous: { start: number; end: number; text: string } | null = null;
    for (let m = re.exec(text), n = 0; m !== null && m.index < end && n < MAX_WORDS_TO_NAME; m = re.exec(text), n++) {
      const found = official(m[0]);
      if (!found) {
        previous = { start: m.index, end: m.index + m[0].length, text: m[0] };
        continue;
      }
      // «Олександра Вілкула»: a capitalised word right before the surname is the first name, part of the evidence.
      const first = previous && /^\p{Lu}/u.test(previous.text) && /^\s+$/u.test(text.slice(previous.end, m.index));
      return {
        claimant: { name: found.surname, role: found.role, channel: channel.value.channel ?? null },
        span: spanOf(text, first && previous ? previous.start : m.index, m.index + m[0].length),
        inferred: true,
      };
    }
  }
  return null;
}

/** Whether an official is named among the first words after the channel word: whose address it is. */
function officialAfter(text: string, from: number, end: number): boolean {
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = from;
  for (let m = re.exec(text), n = 0; m !== null && m.index < end && n < MAX_WORDS_TO_OWNER; m = re.exec(text), n++) {
    if (official(m[0])) return true;
  }
  return false;
}
