// The API reference at /api/docs, rendered on the server from the OpenAPI document itself: no script, no CDN, so
// it works offline and shows exactly what /api/openapi.json says.

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Schema[];
  items?: Schema;
  $ref?: string;
  description?: string;
  example?: unknown;
  minimum?: number;
  maximum?: number;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}

interface Operation {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<
    string,
    { description?: string; content?: Record<string, unknown>; headers?: Record<string, { description?: string }> }
  >;
}

export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function typeText(s: Schema | undefined): string {
  if (!s) return '';
  if (s.$ref) return s.$ref.replace('#/components/schemas/', '');
  if (s.enum) return s.enum.map(String).join(' | ');
  if (s.anyOf) return s.anyOf.map(typeText).join(' or ');
  if (s.type === 'array') return `${typeText(s.items)}[]`;
  const range = [s.minimum !== undefined ? `≥ ${s.minimum}` : '', s.maximum !== undefined ? `≤ ${s.maximum}` : '']
    .filter(Boolean)
    .join(', ');
  return `${Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any')}${range ? ` (${range})` : ''}`;
}

function operationHtml(path: string, method: string, op: Operation): string {
  const params = (op.parameters ?? []).map(
    (p) =>
      `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}${p.required ? ', required' : ''}</td><td><code>${esc(typeText(p.schema))}</code></td><td>${esc(p.description ?? p.schema?.description ?? '')}</td></tr>`,
  );
  const body = Object.entries(op.requestBody?.content ?? {}).map(
    ([type, c]) => `<p>Body (<code>${esc(type)}</code>): <code>${esc(typeText(c.schema))}</code></p>`,
  );
  const responses = Object.entries(op.responses ?? {}).map(([status, r]) => {
    const types = Object.keys(r.content ?? {});
    const headers = Object.entries(r.headers ?? {}).map(
      ([name, h]) => `<li><code>${esc(name)}</code>: ${esc(h.description ?? '')}</li>`,
    );
    return `<li><b>${esc(status)}</b> ${esc(r.description ?? '')}${types.length > 0 ? ` <code>${esc(types.join(', '))}</code>` : ''}${headers.length > 0 ? `<ul>${headers.join('')}</ul>` : ''}</li>`;
  });
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  return `<section id="${esc(id)}">
<h2><span class="m">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2>
<p>${esc(op.summary ?? '')}</p>${op.description ? `<p class="d">${esc(op.description)}</p>` : ''}
${params.length > 0 ? `<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr></thead><tbody>${params.join('')}</tbody></table>` : ''}
${body.join('')}
<ul>${responses.join('')}</ul>
</section>`;
}

export function renderDocsPage(doc: OpenApiDocument): string {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const toc = ops.map(
    ({ path, method, op }) =>
      `<li><a href="#${esc(`${method}-${path}`.replace(/[^a-z0-9]+/gi, '-'))}">${esc(method.toUpperCase())} ${esc(path)}</a> — ${esc(op.summary ?? '')}</li>`,
  );
  const schemas = Object.entries(doc.components?.schemas ?? {}).map(
    ([name, schema]) =>
      `<details id="schema-${esc(name)}"><summary><code>${esc(name)}</code></summary><pre>${esc(JSON.stringify(schema, null, 2))}</pre></details>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(doc.info.title)} ${esc(doc.info.version)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#161616}th,td{border-color:#444}a{color:#8ab4ff}}
section{border-top:1px solid #ccc;padding:.5rem 0}h2{font-size:1.05rem}.m{font-weight:700}.d{opacity:.85}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
pre{overflow:auto;font-size:13px}
</style></head><body>
<h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1>
<p>${esc(doc.info.description ?? '')}</p>
<p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<ul>${toc.join('')}</ul>
${ops.map(({ path, method, op }) => operationHtml(path, method, op)).join('\n')}
<h2>Schemas</h2>
${schemas.join('\n')}
</body></html>`;
}
