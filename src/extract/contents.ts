// A recording's table of contents: a podcast or video post lists its chapters, one per line, each opening with its
// position in the recording («00:00 Вступление», «02:15 Били ли по Липецку ракетами Storm Shadow», "0:03:10
// Drones hit an oil depot"). Each line is a heading for a topic the recording discusses, not an event the post
// reports. Language-agnostic: digits and line breaks only.

/** A line that opens with a position in a recording: [h:]mm:ss, markup or a bullet before it, its heading after. */
const CHAPTER = /^[^\p{L}\p{N}\n]{0,4}((?:\d{1,2}:)?\d{1,2}:\d{2})[ \t]+\S/u;
/** Fewer lines than this are no list: one "00:00 …" line can be a night's first event at midnight. */
const MIN_LINES = 3;

function seconds(stamp: string): number {
  return stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * The spans of the lines that make a recording's contents: a run of at least three consecutive chapter lines (blank
 * lines between them allowed) whose positions rise and whose first is zero, where a recording starts. A night's
 * timeline ("01:10 a drone hit the depot", "02:30 two drones shot down") does not start at zero and stays news.
 */
export function contentsLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let run: { start: number; end: number; at: number }[] = [];
  const close = () => {
    if (run.length >= MIN_LINES && run[0]!.at === 0) out.push(...run.map(({ start, end }) => ({ start, end })));
    run = [];
  };
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    const m = CHAPTER.exec(line);
    if (m) {
      const at = seconds(m[1]!);
      if (run.length > 0 && at <= run[run.length - 1]!.at) close();
      run.push({ start, end, at });
    } else if (line.trim() !== '') close();
    if (nl === -1) break;
    start = nl + 1;
  }
  close();
  return out;
}
