// Who speaks in a report: the source its opening credits («по данным Mash», «пишет Baza», «— Песков», "Peskov said",
// "according to Reuters"), whether or not a fact was read from it. Two outlets' own reporting of one event are two
// statements, and a rewrite of one outlet's scoop credits that outlet, so origins compare the credits of two posts
// (resolve/origins.ts). Language-agnostic: the verbs of saying and the words of attribution are the lexicons' `said`
// and `according` lists; outlets and their forms are data (data/lexicon/outlets.json), officials are
// data/lexicon/officials.json.
import outletsData from '../../../data/lexicon/outlets.json' with { type: 'json' };
import type { Lang } from '../../core/types.ts';
import { official } from '../common/officials.ts';
import { lexiconHits } from '../compile.ts';

export interface Speaker {
  /** What two speakers are compared by: the outlet's name or the official's office, folded. */
  key: string;
  /** The name as the text writes it. */
  name: string;
  /** An outlet of the list, not a person or a body. */
  outlet: boolean;
  /** The credit's words in the text: its evidence. */
  span: { start: number; end: number; text: string };
}

interface Outlet {
  name: string;
  forms: string[];
  /** Channel titles that are the outlet's own where no form of its name is in them. */
  channels?: string[];
}

const OUTLETS: { form: string; name: string }[] = (outletsData.outlets as Outlet[])
  .flatMap((o) => o.forms.map((form) => ({ form, name: o.name })))
  .sort((a, b) => b.form.length - a.form.length);
const GENERIC: ReadonlySet<string> = new Set(outletsData.generic);
const CHANNELS: ReadonlyMap<string, string> = new Map(
  (outletsData.outlets as Outlet[]).flatMap((o) => (o.channels ?? []).map((c) => [c, o.name] as const)),
);

/** The opening read for a credit: the first line and the next sentence, so a headline over its source's first
 *  sentence and «… Об этом сообщает X.» both count. */
const MAX_LEAD_CHARS = 600;
/** Characters between a verb of saying and an outlet it names («сообщает издание New York Times»). */
const OUTLET_REACH = 32;
// A capitalised run of one to three words, right after (or right before) a verb of saying.
const NAME_AFTER = /^[\s«"“„']*((?:\p{Lu}[\p{L}\p{M}\d'’ʼ-]*)(?:\s+\p{Lu}[\p{L}\p{M}\d'’ʼ-]*){0,2})/u;
const NAME_BEFORE = /((?:\p{Lu}[\p{L}\p{M}\d'’ʼ-]*)(?:\s+\p{Lu}[\p{L}\p{M}\d'’ʼ-]*){0,2})[\s»"”']*$/u;
// One short lowercase word between the verb and the name: a preposition («заявили в Пентагоне»), never a noun.
const SHORT_WORD = /^\s+\p{Ll}{1,2}(?=\s)/u;
// A closing credit: a dash, then a few words to the end of the line or sentence («… — СМИ.», "… - Reuters").
const DASH_TAIL = /\s[\u2013\u2014-]\s+([^\n.!?]{1,60}?)\s*[.!?]?\s*$/u;
// A heading speaker: a capitalised run and a colon opening the text («Песков: …»).
const COLON_HEAD = /^\s*((?:\p{Lu}[\p{L}\p{M}'’ʼ-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’ʼ-]*){0,2})\s*:/u;
const PUNCT = /[,.;:!?()\n]/u;
const CLAUSE_MARKS = [',', '.', ';', ':', '!', '?', '\n', '(', ')'];

/** The opening of a text: its first non-empty line and the sentence after it (or the first two sentences of a first
 *  line that runs on), at most MAX_LEAD_CHARS. */
export function leadOf(text: string): string {
  const head = text.slice(0, MAX_LEAD_CHARS * 4);
  const start = head.search(/\S/u);
  if (start < 0) return '';
  let end = start;
  for (let n = 0; n < 2; n++) {
    const rest = head.slice(end);
    const m = /[.!?\n](?=\s|$)/u.exec(rest.replace(/^\s+/u, (s) => ' '.repeat(s.length)));
    if (!m) {
      end = head.length;
      break;
    }
    end += m.index + 1;
  }
  return text.slice(0, Math.min(end, start + MAX_LEAD_CHARS));
}

function outletAt(text: string, at: number): { form: string; name: string } | null {
  for (const o of OUTLETS) {
    if (!text.startsWith(o.form, at)) continue;
    const before = text[at - 1];
    const after = text[at + o.form.length];
    if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
    return o;
  }
  return null;
}

/** The first outlet named in text[from, to). */
function outletIn(text: string, from: number, to: number): { start: number; name: string; form: string } | null {
  for (let i = from; i < to; i++) {
    const o = outletAt(text, i);
    if (o) return { start: i, ...o };
  }
  return null;
}

function speakerOf(name: string, start: number, text: string): Speaker | null {
  const words = name.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.some((w) => GENERIC.has(w))) return null;
  const span = { start, end: start + name.length, text: text.slice(start, start + name.length) };
  const outlet = outletIn(name, 0, name.length);
  if (outlet) return { key: outlet.name.toLowerCase(), name, outlet: true, span };
  // Only a known official is a speaker besides the outlets: a capitalised word by a verb of saying is as often a
  // country («против РФ»), a body written many ways («Минобороны», «Министерство обороны России») or a document.
  const known = official(name);
  return known ? { key: known.office.toLowerCase(), name, outlet: false, span } : null;
}

/** The speaker a verb of saying or a word of attribution at [start, end) credits: an outlet within a few characters
 *  after it, a name right after it (or after one short word: «заявили в Пентагоне»), else, for a verb of saying, a
 *  name right before it in its clause («Песков заявил»). A word of attribution («по данным», "according to") credits
 *  only what follows it. */
function creditAt(lead: string, start: number, end: number, said: boolean): Speaker | null {
  const rest = PUNCT.exec(lead.slice(end));
  const clauseEnd = rest ? end + rest.index : lead.length;
  const outlet = outletIn(lead, end, Math.min(clauseEnd, end + OUTLET_REACH));
  if (outlet) return speakerOf(outlet.form, outlet.start, lead);
  const short = SHORT_WORD.exec(lead.slice(end, clauseEnd));
  for (const from of short ? [end, end + short[0].length] : [end]) {
    const after = NAME_AFTER.exec(lead.slice(from, clauseEnd));
    if (after?.[1]) return speakerOf(after[1], from + after[0].length - after[1].length, lead);
  }
  if (!said) return null;
  const before = lead.slice(0, start);
  const cut = Math.max(...CLAUSE_MARKS.map((c) => before.lastIndexOf(c))) + 1;
  const clause = before.slice(cut);
  const back = NAME_BEFORE.exec(clause);
  if (back?.[1]) return speakerOf(back[1], cut + back.index, lead);
  const prior = outletIn(lead, Math.max(cut, start - OUTLET_REACH), start);
  return prior ? speakerOf(prior.form, prior.start, lead) : null;
}

/** The speaker a report's opening credits, or null when it credits none (an outlet's own reporting) or only the media
 *  at large («— СМИ»). The first credit in the text wins. */
export function reportSpeaker(text: string, lang: Lang | null): Speaker | null {
  const lead = leadOf(text);
  if (lead === '') return null;
  const found: Speaker[] = [];
  const head = COLON_HEAD.exec(lead);
  if (head?.[1]) {
    const s = speakerOf(head[1], head.index + head[0].indexOf(head[1]), lead);
    if (s) found.push(s);
  }
  if (lang) {
    for (const h of lexiconHits(lead, lang)) {
      const said = h.value.categories.has('said');
      if (!said && !h.value.categories.has('according')) continue;
      const s = creditAt(lead, h.start, h.end, said);
      if (s) found.push(s);
    }
  }
  for (const line of lead.split('\n')) {
    const tail = DASH_TAIL.exec(line);
    if (!tail?.[1]) continue;
    const offset = lead.indexOf(line) + tail.index + tail[0].indexOf(tail[1]);
    const outlet = outletIn(lead, offset, offset + tail[1].length);
    const named = outlet ? null : NAME_AFTER.exec(tail[1]);
    const s = outlet
      ? speakerOf(outlet.form, outlet.start, lead)
      : named?.[1] && named.index === 0 && tail[1].startsWith(named[1])
        ? speakerOf(named[1], offset, lead)
        : null;
    if (s) found.push(s);
  }
  found.sort((a, b) => a.span.start - b.span.start);
  return found[0] ?? null;
}

/** The outlet whose own channel a publisher is («Mash», "BBC News | Русская служба"), folded as speakers' keys are,
 *  or null for a channel of no outlet of the list. */
export function publisherOutlet(publisher: string | null): string | null {
  if (publisher === null) return null;
  const name = CHANNELS.get(publisher) ?? outletIn(publisher, 0, publisher.length)?.name ?? null;
  return name === null ? null : name.toLowerCase();
}
