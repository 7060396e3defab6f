// Telegram and web posts wrap the report in markup and advertising: **bold** markers, [text](url) links,
// emoji bullets, "Subscribe to our channel" footers. The words a reader sees stay; the rest goes, and every
// removed line is kept in `removed` so an audit can show what was cut and why.

// Emoji, matched on UTF-16 code units without the /u flag: Unicode property classes (\p{Extended_Pictographic})
// cost several times more per character, and this runs on every line of every post.
// Text-style symbols that are also emoji: kept in prose unless written as emoji (followed by U+FE0F).
const TEXT_SYMBOLS = '\\u00A9\\u00AE\\u203C\\u2049\\u2122\\u2139\\u2194-\\u2199\\u21A9\\u21AA';
/** Extended_Pictographic in the BMP, with Misc Symbols and Dingbats (U+2600–27BF) taken whole. */
const BMP_EMOJI =
  '\\u231A\\u231B\\u2328\\u23CF\\u23E9-\\u23F3\\u23F8-\\u23FA\\u24C2\\u25AA\\u25AB\\u25B6\\u25C0\\u25FB-\\u25FE' +
  '\\u2600-\\u27BF\\u2934\\u2935\\u2B05-\\u2B07\\u2B1B\\u2B1C\\u2B50\\u2B55\\u3030\\u303D\\u3297\\u3299';
/** U+1F000–U+1FAFF as surrogate pairs: pictographs, emoticons, transport, flags' regional indicators. */
const ASTRAL_EMOJI = '\\uD83C[\\uDC00-\\uDFFF]|\\uD83D[\\uDC00-\\uDFFF]|\\uD83E[\\uDC00-\\uDEFF]';
const EMOJI_UNIT = `(?:[${TEXT_SYMBOLS}]\\uFE0F|[${BMP_EMOJI}]|${ASTRAL_EMOJI})`;
/** Variation selectors, keycap, zero-width joiner, tag characters (subdivision flags). */
const EMOJI_TAIL = '[\\uFE0E\\uFE0F\\u20E3\\u200D]|\\uDB40[\\uDC20-\\uDC7F]';
const EMOJI = `${EMOJI_UNIT}(?:${EMOJI_UNIT}|${EMOJI_TAIL})*`;
/** Bullet shapes that are not emoji but start list lines the same way. */
const PLAIN_BULLETS = '►▸▹▻●■◆◇';

const EMOJI_RUN = new RegExp(EMOJI, 'g');
const LEADING_MARKS = new RegExp(`^(?:(?:${EMOJI}|[${PLAIN_BULLETS}])\\s*)+`);
/** Cheap pre-test: every emoji and emoji-style symbol lies at or above U+203C (or is © / ®). */
const MAYBE_EMOJI = /[\u00A9\u00AE\u203C-\uFFFF]/;
/** Cheap test before the costly work: anything outside Latin, Cyrillic and common punctuation. */
const MAYBE_MARKUP = /[[*_~#@/]|[^\u0020-\u04FF\u2010-\u2027\u2030-\u20CF\u2116]/;
/** Shapes that always mean a list item, even once (mod_russia's ▫️ and ◽️, news channels' 🔹 and 🔸). */
const ALWAYS_BULLET = /^(?:[▪▫◽◾◻◼▶►▸▹▻●■◆◇➖✅☑✔]|🔹|🔸|🔷|🔶|🔻|🔺)/;
/** A list bullet in the middle of a line, where a line break was lost (`уничтожены.   ◽️ На Донецком`). */
const MID_LINE_BULLET = /\s+(?=(?:\*\*|__)?(?:[▪▫◽◾◻◼]|🔹|🔸|🔷|🔶)\uFE0F?\s)/;
const MID_LINE_BULLET_HINT = /\s(?:\*\*|__)?(?:[▪▫◽◾◻◼]|🔹|🔸|🔷|🔶)/;

const MD_LINK = /\[([^[\]\n]*)\]\(([^()\s]+)\)/g;
const MARKERS = /\*\*+|__+|~~/g;
/** Full URLs, and bare ones as channels write them ("bit.ly/abc", "t.me/name"). */
const URL = /(?:https?:\/\/|www\.|\b[a-z0-9-]+\.(?:ly|me|ru|ua|com|org|net|info|news|io|in)\/)[^\s<>"«»]*/gi;
const TELEGRAM_CHANNEL = /^(?:https?:\/\/)?(?:t\.me|telegram\.me)\/(?:\+|joinchat\/)?[\w+-]+\/?$/i;

/** Calls to subscribe, to send news, to read elsewhere: channel advertising, not report text. */
const PROMO_WORDS = [
  'подписывайтесь',
  'подписывайся',
  'подписаться',
  'подпишитесь',
  'подпишись',
  'підписуйтесь',
  'підписуйтеся',
  'підписуйся',
  'підписатися',
  'підпишіться',
  'subscribe',
  'read more',
  'читайте также',
  'читать нас',
  'читать далее',
  'читайте також',
  'читайте нас',
  'читати нас',
  'читати далі',
  'прислать новость',
  'предложить новость',
  'надіслати новину',
  'запропонувати новину',
  'наш канал',
  'нашем канале',
  'our channel',
  'без vpn',
].join('|');
// Without the u flag: /i still folds Cyrillic case, and the match runs several times faster.
const PROMO = new RegExp(PROMO_WORDS, 'i');
const PROMO_AT_START = new RegExp(`^(?:- )?(?:${PROMO_WORDS})`, 'i');
const HANDLES_ONLY = /^(?:[#@][\p{L}\p{N}_]+[\s,|·]*)+$/u;
/** "Подробнее: https://…", "Source: https://…": a short label and a bare link. */
const LABELLED_LINK_ONLY = /^(?:[\p{L}-]+\s?){0,3}:?\s*$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

interface Prepared {
  /** As written, for `removed`. */
  original: string;
  text: string;
  /** Skipped the markup work: nothing on the line looked like markup. */
  plain: boolean;
  hadLink: boolean;
  /** The line was nothing but links to channels' front pages or invites: a channel advert. */
  channelAdvert: boolean;
  /** The emoji or bullet shape that leads the line, without variation selectors ("▫", "⚡"). */
  lead: string | null;
  /** Length of the leading marks and the spaces after them. */
  leadLength: number;
}

/**
 * Cleans lines that already have single spaces and no line-end spaces. Returns the lines to keep ('' is a
 * paragraph break); dropped lines are appended to `removed` as they were written. `mayHaveMarkup` false (the
 * caller saw no markup characters in the whole text) skips the per-line markup test. `markup` tells whether
 * the text looked like a Telegram or web post: emoji, markdown, links, or lines removed as adverts.
 */
export function cleanMarkup(
  lines: string[],
  removed: string[],
  mayHaveMarkup = true,
): { lines: string[]; markup: boolean } {
  const prepared: Prepared[] = [];
  const leadCounts = new Map<string, number>();
  for (const line of lines) {
    if (line === '' || !mayHaveMarkup || !MAYBE_MARKUP.test(line)) {
      prepared.push({
        original: line,
        text: line,
        plain: true,
        hadLink: false,
        channelAdvert: false,
        lead: null,
        leadLength: 0,
      });
      continue;
    }
    for (const part of MID_LINE_BULLET_HINT.test(line) ? splitBullets(line) : [line]) {
      const p = prepare(part);
      prepared.push(p);
      if (p.lead !== null) leadCounts.set(p.lead, (leadCounts.get(p.lead) ?? 0) + 1);
    }
  }
  const out: string[] = [];
  let markup = false;
  // «🔹 [Минобороны России](https://t.me/mod_russia)» as a post's last line is its signature, not an advert: the
  // name stays (as plain text) so that the claimant has a span to point at.
  let last = prepared.length - 1;
  while (last >= 0 && prepared[last]!.text === '') last--;
  const signature = prepared[last]?.channelAdvert && !isPromo(prepared[last]!.text, true) ? prepared[last] : undefined;
  if (signature) signature.channelAdvert = false;
  for (const p of prepared) {
    if (p.text === '') {
      out.push('');
      continue;
    }
    let text = p.text;
    let bullet = false;
    if (!p.plain) {
      if (p.lead !== null) {
        // A repeated or list-shaped mark is a bullet: keep the list ("- "). A lone ⚡️ before a headline is décor.
        bullet = p !== signature && (ALWAYS_BULLET.test(p.lead) || (leadCounts.get(p.lead) ?? 0) >= 2);
        text = text.slice(p.leadLength);
      }
      text = stripEmoji(text);
      markup ||= p.hadLink || text !== p.original;
    }
    if (!HAS_WORD.test(text) || isPromo(text, p.hadLink) || isLinkOnly(text, p) || HANDLES_ONLY.test(text)) {
      removed.push(p.original);
      markup = true;
      continue;
    }
    out.push(bullet ? `- ${text}` : text);
  }
  return { lines: out, markup };
}

function splitBullets(line: string): string[] {
  return line
    .split(MID_LINE_BULLET)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function prepare(line: string): Prepared {
  let hadLink = false;
  let channelLinks = 0;
  let otherLinks = 0;
  let text = line;
  let channelAdvert = false;
  if (text.includes('](')) {
    text = text.replace(MD_LINK, (_m, label: string, url: string) => {
      hadLink = true;
      if (TELEGRAM_CHANNEL.test(url)) channelLinks++;
      else otherLinks++;
      return label;
    });
    if (channelLinks > 0 && otherLinks === 0) {
      const outside = stripEmoji(line.replace(MD_LINK, '').replace(MARKERS, ''));
      channelAdvert = !HAS_WORD.test(outside);
    }
  }
  if (!hadLink && text.includes('/')) {
    URL.lastIndex = 0;
    hadLink = URL.test(text);
  }
  if (text.includes('**') || text.includes('__') || text.includes('~~')) text = stripMarkers(text);
  text = text.replace(/ {2,}/g, ' ').trim();
  // Only a symbol or emoji (U+2190 and up, or a surrogate pair) can start the marks: skip the regex otherwise.
  const m = text.charCodeAt(0) >= 0x2190 ? LEADING_MARKS.exec(text) : null;
  const lead = m === null ? null : m[0].replace(/\s|\uFE0E|\uFE0F/g, '');
  return { original: line, text, plain: false, hadLink, channelAdvert, lead, leadLength: m === null ? 0 : m[0].length };
}

/** Bold/italic/strike markers go; inside bare URLs they may be part of the address and stay. */
function stripMarkers(text: string): string {
  URL.lastIndex = 0;
  if (!URL.test(text)) return text.replace(MARKERS, '');
  URL.lastIndex = 0;
  const parts: string[] = [];
  let last = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    parts.push(text.slice(last, m.index).replace(MARKERS, ''), m[0]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last).replace(MARKERS, ''));
  return parts.join('');
}

function stripEmoji(text: string): string {
  if (!MAYBE_EMOJI.test(text)) return text;
  EMOJI_RUN.lastIndex = 0;
  if (!EMOJI_RUN.test(text)) return text.includes('\uFE0F') ? text.replace(/\uFE0F|\u20E3/g, '') : text;
  // Emoji become spaces, then stray selectors, doubled spaces and spaces before punctuation go in one pass.
  return text
    .replace(EMOJI_RUN, ' ')
    .replace(/\uFE0F|\u20E3| +(?=[ ,.!?;:)»]|$)|^ +/g, '')
    .trim();
}

/**
 * A promo phrase removes the line when the line leads with it, links somewhere, or is too short to be news:
 * «Губернатор призвал подписаться на официальный канал области» is a sentence and stays.
 */
function isPromo(text: string, hadLink: boolean): boolean {
  if (PROMO_AT_START.test(text)) return true;
  if (!hadLink && (text.length > 80 || wordsOver(text, 6))) return false;
  return PROMO.test(text);
}

function wordsOver(text: string, max: number): boolean {
  let words = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++words > max) return true;
  return false;
}

/** Nothing but links: "[Channel](https://t.me/name)", "https://t.me/name", "Подробнее: https://…". */
function isLinkOnly(text: string, p: Prepared): boolean {
  if (!p.hadLink) return false;
  if (p.channelAdvert) return true;
  URL.lastIndex = 0;
  const rest = text.replace(URL, '').trim();
  return rest.length < text.length && LABELLED_LINK_ONLY.test(rest);
}
