// The browsable API docs: the OpenAPI document rendered as plain HTML on the server, no script, works offline.

interface OpenApiParam {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; enum?: unknown[]; pattern?: string; default?: unknown; items?: { enum?: unknown[]; pattern?: string } };
}

interface OpenApiOperation {
  summary?: string;
  tags?: string[];
  parameters?: OpenApiParam[];
}

interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const HTML_SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => ENTITY[c]);
}

function paramType(p: OpenApiParam): string {
  const s = p.schema ?? {};
  const values = s.enum ?? s.items?.enum;
  const base = s.type === 'array' ? 'list' : (s.type ?? 'string');
  const parts = [base];
  if (values) parts.push(`one of ${values.map(String).join(', ')}`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join('; ');
}

export function renderDocsPage(doc: OpenApiDoc): string {
  const e = escapeHtml;
  const sections: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<tr><td><code>${e(p.name)}</code>${p.required ? ' <em>required</em>' : ''}</td><td>${e(p.in)}</td>` +
            `<td>${e(paramType(p))}</td><td>${e(p.description ?? '')}</td></tr>`,
        )
        .join('');
      const example = method === 'get' && !path.includes('{') ? ` <a href="${e(path)}">try it</a>` : '';
      sections.push(
        `<section><h2><span class="method">${e(method.toUpperCase())}</span> <code>${e(path)}</code>${example}</h2>` +
          `<p>${e(op.summary ?? '')}</p>` +
          (params ? `<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr></thead><tbody>${params}</tbody></table>` : '') +
          '</section>',
      );
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.info.title)} — API</title><link rel="stylesheet" href="/api/docs.css"></head><body><main>
<h1>${e(doc.info.title)} <small>${e(doc.info.version)}</small></h1><p>${e(doc.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3). Errors are <code>{"error":{"code","message"}}</code>.</p>
${sections.join('\n')}</main></body></html>`;
}

export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fafafa}
main{max-width:960px;margin:auto;padding:1rem}section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
h2{font-size:1.05rem}.method{background:#0b5;color:#fff;padding:0 .4rem;border-radius:3px;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-top:1px solid #eee;padding:.25rem;text-align:left;vertical-align:top}
@media (max-width:600px){table{display:block;overflow-x:auto}}`;
