import type { Fact, Incident } from '../core/types.ts';

// A plain server-rendered list: every incident with the sentences that back it. The map/timeline page comes later.

function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function countText(i: Incident): string {
  return i.weapons
    .map((w) => {
      const c = w.count;
      const n = c ? (c.value ?? (c.min !== null ? `${c.min}+` : '?')) : '?';
      return `${n} ${w.type.replace(/_/g, ' ')}`;
    })
    .join(', ');
}

function incidentHtml(i: Incident, facts: ReadonlyMap<string, Fact>): string {
  const claimants = i.claimants.map((c) => [c.name, c.role, c.channel].filter(Boolean).join(', ')).join('; ');
  const effects = i.effects.map((e) =>
    [e.kind.replace(/_/g, ' '), e.object?.replace(/_/g, ' '), e.detail].filter(Boolean).join(': '),
  );
  const evidence = i.facts
    .map((id) => facts.get(id))
    .filter((f): f is Fact => f !== undefined)
    .map((f) => {
      const src = i.sources.find((s) => s.report_id === f.report_id);
      return `<li><q>${esc(f.evidence.text)}</q> <small>— ${esc(src?.publisher ?? src?.url ?? f.report_id)}, ${esc(f.kind)}</small></li>`;
    });
  const conflicts = i.conflicts.map(
    (c) =>
      `<li>${esc(c.field)}: ${c.values.map((v) => `${esc(JSON.stringify(v.value))} (${v.report_ids.length} report(s))`).join(' vs ')}</li>`,
  );
  return `<article id="${esc(i.id)}" data-kind="${esc(i.kind)}">
  <h2>${esc(i.kind.replace(/_/g, ' '))} · ${esc(i.region?.name ?? 'unknown region')} <code>${esc(i.region?.code ?? '')}</code></h2>
  <p class="meta">${esc(i.when ? `${i.when.start} → ${i.when.end} (${i.when.precision})` : 'time unknown')}
   · <span class="status ${esc(i.corroboration.status)}">${esc(i.corroboration.status.replace(/_/g, ' '))}</span>:
   ${i.corroboration.reports} report(s), ${i.corroboration.origins} independent origin(s)</p>
  ${i.weapons.length > 0 ? `<p>Reported: ${esc(countText(i))}</p>` : ''}
  ${i.airports.length > 0 ? `<p>Airports: ${esc(i.airports.join(', '))}${i.diverted_to.length > 0 ? `; diverted to ${esc(i.diverted_to.join(', '))}` : ''}</p>` : ''}
  ${effects.length > 0 ? `<p>Effects: ${esc(effects.join('; '))}</p>` : ''}
  ${i.casualties.killed !== null || i.casualties.injured !== null ? `<p>Casualties: killed ${esc(i.casualties.killed ?? 'not reported')}, injured ${esc(i.casualties.injured ?? 'not reported')}</p>` : ''}
  ${claimants ? `<p>According to: ${esc(claimants)}</p>` : ''}
  ${conflicts.length > 0 ? `<p>Sources disagree:</p><ul>${conflicts.join('')}</ul>` : ''}
  <details><summary>Evidence (${evidence.length})</summary><ul>${evidence.join('')}</ul></details>
</article>`;
}

export function renderPage(incidents: readonly Incident[], facts: readonly Fact[]): string {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sitrep — incidents</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
article{border-top:1px solid #ddd;padding:.6rem 0}h2{font-size:1.1rem;margin:.2rem 0}.meta{color:#555}
.status.corroborated{color:#116611}.status.disputed{color:#a40000}.status.single_origin{color:#7a5a00}
q{font-style:italic}small{color:#666}
</style></head><body>
<h1>Sitrep</h1>
<p>${incidents.length} incident(s). Every value is a claim by the named sources, not Sitrep's own assertion.
Data: <a href="/api/incidents">/api/incidents</a>.</p>
${incidents.map((i) => incidentHtml(i, byId)).join('\n')}
</body></html>`;
}
