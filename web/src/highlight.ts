// Splits a text into plain and marked pieces for spans that may overlap or nest, so the page renders every piece
// as a text node (never as markup). Overlaps are flattened: each character belongs to the innermost mark, i.e. the
// shortest span covering it, so a field's span stays visible inside its sentence's.

export interface Mark {
  start: number;
  end: number;
  /** Free use by the caller: a field name, a fact id. */
  label: string;
}

export interface Piece {
  text: string;
  mark: Mark | null;
}

export function splitMarks(text: string, marks: readonly Mark[]): Piece[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    let best: Mark | null = null;
    for (const m of valid) {
      if (m.start <= from && m.end >= to && (best === null || m.end - m.start < best.end - best.start)) best = m;
    }
    const last = pieces[pieces.length - 1];
    if (last && last.mark === best) last.text += text.slice(from, to);
    else pieces.push({ text: text.slice(from, to), mark: best });
  }
  return pieces;
}
