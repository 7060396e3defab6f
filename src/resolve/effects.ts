import type { Effect } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';
import { compareText } from './time.ts';

const EFFECT_ORDER: readonly Effect['kind'][] = ['damage', 'fire', 'power_outage', 'debris'];

function isEffectKind(kind: string): kind is Effect['kind'] {
  return (EFFECT_ORDER as readonly string[]).includes(kind);
}

/** Rule 5: one effect per (kind, object), details merged in the order reports gave them
 *  ("windows" + "windows, facades" -> "windows, facades"); "a fire" is dropped beside "a fire in an
 *  administrative building" because it most likely is that fire, unless it tells a detail the others do not. */
export function mergeEffects(members: readonly PlacedFact[]): Effect[] {
  const byKey = new Map<string, { effect: Effect; details: Map<string, string> }>();
  for (const { fact } of members) {
    if (!isEffectKind(fact.kind)) continue;
    const key = `${fact.kind}|${fact.object ?? ''}`;
    let slot = byKey.get(key);
    if (!slot) {
      slot = { effect: { kind: fact.kind, object: fact.object, detail: null }, details: new Map() };
      byKey.set(key, slot);
    }
    for (const part of (fact.detail ?? '').split(/\s*[,;]\s*/)) {
      const text = part.trim();
      if (text && !slot.details.has(text.toLowerCase())) slot.details.set(text.toLowerCase(), text);
    }
  }
  const effects = [...byKey.values()].map(({ effect, details }) => ({
    ...effect,
    detail: details.size > 0 ? [...details.values()].join(', ') : null,
  }));
  // A detail no effect with an object tells keeps its object-less effect: "a hospital damaged" beside "homes damaged"
  // is not those homes, and a desk asking after hospitals must still find it.
  const toldWithObject = (e: Effect) =>
    !e.detail ||
    e.detail
      .split(', ')
      .every((part) =>
        effects.some((o) => o.kind === e.kind && o.object !== null && (o.detail ?? '').split(', ').includes(part)),
      );
  return effects
    .filter(
      (e) => e.object !== null || !effects.some((o) => o.kind === e.kind && o.object !== null) || !toldWithObject(e),
    )
    .sort(
      (a, b) =>
        EFFECT_ORDER.indexOf(a.kind) - EFFECT_ORDER.indexOf(b.kind) || compareText(a.object ?? '', b.object ?? ''),
    );
}
