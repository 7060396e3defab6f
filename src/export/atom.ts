// An Atom feed (RFC 4287) of incidents, newest first, for feed readers: one entry per incident, its id stable
// across updates, its summary the CSV's notes (claims attributed, disputes said).
import type { Incident } from '../core/types.ts';
import type { ExportContext } from './context.ts';
import { exportTime } from './times.ts';
import { notesText, weaponColumn } from './values.ts';

/** Text for XML: the five escapes, and characters XML 1.0 forbids dropped (a report may carry control codes). */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function title(incident: Incident, regionName: string | null): string {
  const destroyed = weaponColumn(incident, 'count');
  return [
    incident.kind.replace(/_/g, ' '),
    regionName ?? incident.region?.name ?? 'region unknown',
    // An airport's incident names its airports, as the CSV's `airports` column does: "airport disruption · Moscow ·
    // DME, VKO", not Moscow alone.
    incident.airports.length > 0 ? incident.airports.join(', ') : null,
    destroyed ? `${destroyed} ${incident.weapons.map((w) => w.type.replace(/_/g, ' ')).join(', ')}` : null,
    incident.corroboration.status.replace(/_/g, ' '),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** An entry's `updated`: when the incident last changed in the store (its revision's time), or its newest source's
 *  time when that is later or no revision time was kept. A late confirmation (a report older than the newest source
 *  that makes the incident corroborated) is a change a feed reader keyed on `updated` must see (ux39b #8). */
export function entryUpdated(incident: Incident): string {
  const revised = incident.revised_at;
  return revised !== undefined && Date.parse(revised) > Date.parse(incident.updated_at) ? revised : incident.updated_at;
}

export function toAtom(incidents: Iterable<Incident>, ctx: ExportContext): string {
  const list = [...incidents];
  // The newest entry's time, compared as instants (the times carry different offsets).
  const newest = list
    .map(entryUpdated)
    .reduce<string | null>((max, at) => (max === null || Date.parse(at) > Date.parse(max) ? at : max), null);
  const updated = exportTime(newest ?? ctx.now.toISOString());
  // An entry's JSON sits beside the feed (…/api/incidents.atom → …/api/incidents/<id>), so a public URL with a path
  // prefix (a server behind a proxy at /sitrep/) keeps it; without a URL the link is the server-relative path.
  const link = (id: string) =>
    ctx.selfUrl
      ? new URL(`incidents/${encodeURIComponent(id)}`, ctx.selfUrl).href
      : `/api/incidents/${encodeURIComponent(id)}`;
  const entries = list.map((incident) => {
    const region = incident.region ? (ctx.regionName(incident.region.code) ?? incident.region.name) : null;
    const sources = incident.sources
      .filter((s) => s.url && /^https?:/i.test(s.url))
      .map(
        (s) =>
          `    <link rel="related" href="${xmlText(s.url ?? '')}"${s.title ? ` title="${xmlText(s.title)}"` : ''}/>`,
      );
    return [
      '  <entry>',
      `    <id>urn:sitrep:incident:${xmlText(incident.id)}</id>`,
      `    <title>${xmlText(title(incident, region))}</title>`,
      `    <updated>${xmlText(exportTime(entryUpdated(incident)))}</updated>`,
      `    <link rel="alternate" type="application/json" href="${xmlText(link(incident.id))}"/>`,
      ...sources,
      `    <summary type="text">${xmlText(notesText(incident, region))}</summary>`,
      ...(incident.kind ? [`    <category term="${xmlText(incident.kind)}"/>`] : []),
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title>Sitrep incidents</title>',
    '  <subtitle>Reported aerial attacks, merged across reports; every value is a claim by the named sources.</subtitle>',
    `  <id>urn:sitrep:incidents${ctx.selfUrl ? `:${xmlText(new URL(ctx.selfUrl).search)}` : ''}</id>`,
    `  <updated>${xmlText(updated)}</updated>`,
    ...(ctx.selfUrl ? [`  <link rel="self" href="${xmlText(ctx.selfUrl)}"/>`] : []),
    '  <author><name>Sitrep</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
