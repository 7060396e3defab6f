// A page's end as an opaque token: base64url of [when.end in ms or null, id]. Opaque so that the order can change
// later without clients depending on what is inside.
import { InvalidFieldError } from '../core/errors.ts';
import type { IncidentCursor } from '../store/index.ts';

export function encodeCursor(c: IncidentCursor): string {
  return Buffer.from(JSON.stringify([c.end, c.id])).toString('base64url');
}

export function decodeCursor(token: string): IncidentCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    (value[0] === null || Number.isSafeInteger(value[0])) &&
    typeof value[1] === 'string'
  ) {
    return { end: value[0] as number | null, id: value[1] };
  }
  throw new InvalidFieldError(
    'cursor',
    'cursor is not one this server gave out: pass X-Next-Cursor of the previous page as it is',
  );
}
