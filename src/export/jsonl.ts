// One Incident per line, as the API's list gives them: for tools that read a stream (jq, DuckDB).
import type { Incident } from '../core/types.ts';

export async function* jsonLineChunks(incidents: Iterable<Incident> | AsyncIterable<Incident>): AsyncGenerator<string> {
  let lines: string[] = [];
  for await (const incident of incidents) {
    lines.push(JSON.stringify(incident));
    if (lines.length === 500) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}
