// One Incident per line, as the API's list gives them: for tools that read a stream (jq, DuckDB).
import type { Incident } from '../core/types.ts';

export function toJsonLines(incidents: Iterable<Incident>): string {
  let out = '';
  for (const incident of incidents) out += `${JSON.stringify(incident)}\n`;
  return out;
}
