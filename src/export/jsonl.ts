// One Incident per line, as the API's list gives them: for tools that read a stream (jq, DuckDB).
import type { Incident } from '../core/types.ts';

export async function* jsonLineChunks(incidents: Iterable<Incident> | AsyncIterable<Incident>): AsyncGenerator<string> {
  for await (const incident of incidents) yield `${JSON.stringify(incident)}\n`;
}
