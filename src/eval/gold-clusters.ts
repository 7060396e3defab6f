// The clustering gold set: a folder of report files and the hand labels that say which reports retell one
// statement (origin) and which (region, kind) mentions belong to one incident. Layout:
//   <dir>/labels.json        { "reports": { "<file>": { origin, incidents: [{ incident, region, kind }] } },
//                              "incidents": { "<id>": { night, region, kind, note } } }
//   <dir>/reports/*.md       one report each, Markdown with a front-matter block the ingester reads
// See docs/eval-clusters.md for how `sitrep eval --clusters <dir>` scores a run against it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { FACT_KINDS, type FactKind } from '../core/types.ts';

export interface ClusterMention {
  incident: string;
  /** ISO 3166-2, e.g. RU-KRS. */
  region: string;
  kind: FactKind;
}

export interface ClusterReportLabel {
  /** Rewrites, forwards and quotes of one statement share this label; every report has one. */
  origin: string;
  /** Empty for a report that tells no incident (a drone show, a rocket launch). */
  incidents: ClusterMention[];
}

export interface ClusterIncidentLabel {
  /** The date of the morning the night ends on: the night of 7 to 8 April is "2025-04-08". */
  night: string;
  region: string;
  kind: FactKind;
  note: string;
}

export interface ClusterLabels {
  reports: Record<string, ClusterReportLabel>;
  incidents: Record<string, ClusterIncidentLabel>;
}

export interface ClusterGold {
  dir: string;
  labels: ClusterLabels;
  /** Absolute paths of reports/*.md, sorted by name; every one of them is labelled. */
  files: string[];
}

const KINDS: readonly FactKind[] = FACT_KINDS;
const REGION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const NIGHT = /^\d{4}-\d{2}-\d{2}$/;

/** The item one (report, region, kind) mention is scored as; the system side must build the same keys. */
export function incidentItemKey(file: string, region: string, kind: string): string {
  return `${file}|${region}|${kind}`;
}

/** Item '<file>|<region>|<kind>' -> gold incident label. Negatives add no items. */
export function incidentItems(labels: ClusterLabels): Map<string, string> {
  const items = new Map<string, string>();
  for (const [file, report] of Object.entries(labels.reports)) {
    for (const mention of report.incidents) {
      items.set(incidentItemKey(file, mention.region, mention.kind), mention.incident);
    }
  }
  return items;
}

/** Item report file -> gold origin label, negatives included. */
export function originItems(labels: ClusterLabels): Map<string, string> {
  const items = new Map<string, string>();
  for (const [file, report] of Object.entries(labels.reports)) items.set(file, report.origin);
  return items;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isKind(value: unknown): value is FactKind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

// Checks the shape and the cross-references, collecting every problem so one run shows them all
// (for example: "reports.014-x.md.incidents[1]: incident i99 is not in incidents").
function checkLabels(raw: unknown, files: ReadonlySet<string>, problems: string[]): ClusterLabels {
  const labels: ClusterLabels = { reports: {}, incidents: {} };
  if (!isRecord(raw) || !isRecord(raw.reports) || !isRecord(raw.incidents)) {
    problems.push('labels.json must be an object with "reports" and "incidents" objects');
    return labels;
  }
  for (const [id, value] of Object.entries(raw.incidents)) {
    const at = `incidents.${id}`;
    if (!isRecord(value)) {
      problems.push(`${at}: must be an object`);
      continue;
    }
    const { night, region, kind, note } = value;
    if (typeof night !== 'string' || !NIGHT.test(night)) problems.push(`${at}.night: expected YYYY-MM-DD`);
    if (typeof region !== 'string' || !REGION.test(region)) problems.push(`${at}.region: expected ISO 3166-2`);
    if (!isKind(kind)) problems.push(`${at}.kind: unknown kind ${JSON.stringify(kind)}`);
    labels.incidents[id] = {
      night: String(night),
      region: String(region),
      kind: kind as FactKind,
      note: typeof note === 'string' ? note : '',
    };
  }
  for (const [file, value] of Object.entries(raw.reports)) {
    const at = `reports.${file}`;
    if (!files.has(file)) problems.push(`${at}: no such file in reports/`);
    if (!isRecord(value) || !nonEmptyString(value.origin) || !Array.isArray(value.incidents)) {
      problems.push(`${at}: expected { "origin": "<label>", "incidents": [...] }`);
      continue;
    }
    const mentions: ClusterMention[] = [];
    const seen = new Set<string>();
    value.incidents.forEach((mention: unknown, i: number) => {
      const where = `${at}.incidents[${i}]`;
      if (!isRecord(mention) || !nonEmptyString(mention.incident)) {
        problems.push(`${where}: expected { "incident", "region", "kind" }`);
        return;
      }
      const incident = labels.incidents[mention.incident];
      if (incident === undefined) {
        problems.push(`${where}: incident ${mention.incident} is not in incidents`);
        return;
      }
      // A mention is the incident seen from one report, so it carries the incident's own region and kind.
      if (mention.region !== incident.region || mention.kind !== incident.kind) {
        problems.push(
          `${where}: ${mention.region}/${mention.kind} differs from ${mention.incident} (${incident.region}/${incident.kind})`,
        );
        return;
      }
      const key = `${incident.region}|${incident.kind}`;
      if (seen.has(key)) problems.push(`${where}: a second ${key} mention in one report cannot be scored apart`);
      seen.add(key);
      mentions.push({ incident: mention.incident, region: incident.region, kind: incident.kind });
    });
    labels.reports[file] = { origin: value.origin, incidents: mentions };
  }
  for (const file of files) if (!(file in labels.reports)) problems.push(`reports/${file}: not labelled`);
  return labels;
}

/** Reads <dir>/labels.json and lists <dir>/reports/*.md. Throws a UsageError naming every problem found. */
export function loadClusterGold(dir: string): ClusterGold {
  const root = resolve(dir);
  const labelsPath = join(root, 'labels.json');
  const reportsDir = join(root, 'reports');
  if (!existsSync(labelsPath)) {
    throw new UsageError(`${labelsPath} not found: a cluster gold folder holds labels.json and reports/`);
  }
  if (!existsSync(reportsDir) || !statSync(reportsDir).isDirectory()) {
    throw new UsageError(`${reportsDir} not found: a cluster gold folder holds labels.json and reports/`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(labelsPath, 'utf8'));
  } catch (error) {
    throw new UsageError(`${labelsPath} is not valid JSON: ${(error as Error).message}`);
  }
  const names = readdirSync(reportsDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const problems: string[] = [];
  const labels = checkLabels(raw, new Set(names), problems);
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ');
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
    throw new UsageError(`${labelsPath}: ${problems.length} problem(s):\n  ${shown}${more}`);
  }
  return { dir: root, labels, files: names.map((name) => join(reportsDir, name)) };
}
