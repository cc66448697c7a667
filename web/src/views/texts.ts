// Full-text search over stories (snippets with the hits marked) and a document's cleaned text.
import { api, type DocMeta, type Page } from '../api.js';
import { fmt, h } from '../dom.js';
import { go, link, type Route } from '../router.js';
import { settleStoryBoxes, storyBox } from '../story.js';

interface Hit {
  story: string;
  title: string | null;
  language: string;
  relevant: boolean;
  document: DocMeta;
  snippet: Array<{ text: string; hit: boolean }>;
}

export async function renderSearch(root: HTMLElement, route: Route): Promise<void> {
  const q = route.params.get('q') ?? '';
  const input = h('input', { type: 'search', id: 's-q', value: q, placeholder: 'e.g. règlement de comptes, kalashnikov', required: true });
  const form = h('form', { class: 'inline-form', role: 'search' }, h('label', { for: 's-q' }, 'Search the stories'), input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (input.value.trim()) go(['search'], { q: input.value.trim() });
  });
  const out: Node[] = [h('h1', {}, 'Search'), form];
  if (q) {
    const page = await api<Page<Hit>>('search', { q, limit: 50 });
    out.push(h('p', { class: page.total === 0 ? 'empty' : null }, page.total === 0 ? 'No story contains these words.' : `${fmt.num(page.total)} ${page.total === 1 ? 'story' : 'stories'}`),
      h('ol', { class: 'hits' }, ...page.items.map((it) =>
        h('li', {},
          h('a', { href: link(['document', it.document.id]) }, fmt.text(it.title ?? it.document.title)),
          h('span', { class: 'muted' }, ` · ${fmt.text(it.document.outlet)} · ${fmt.text(it.document.published)} · ${it.language}${it.relevant ? '' : ' · off-topic'}`),
          h('p', { class: 'snippet' }, ...it.snippet.map((p) => (p.hit ? h('mark', {}, p.text) : p.text)))))));
  }
  // The page title names the words searched for, so tabs and history entries of several searches can be told apart.
  root.dataset.title = q ? `Search: ${q}` : 'Search';
  root.replaceChildren(...out);
  if (!q) input.focus();
}

interface DocumentDetail extends DocMeta {
  language: string | null;
  version: number;
  stories: Array<{ id: string; title: string | null; language: string; relevant: boolean; text: string }>;
}

export async function renderDocument(root: HTMLElement, id: string): Promise<void> {
  const d = await api<DocumentDetail>(`documents/${encodeURIComponent(id)}`);
  root.replaceChildren(
    h('h1', {}, fmt.text(d.title)),
    h('p', { class: 'muted' }, `${fmt.text(d.outlet)} · ${fmt.text(d.published)} · ${fmt.text(d.language)} · version ${d.version} · `,
      d.url && /^https?:/i.test(d.url) ? h('a', { href: d.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : fmt.text(d.source)),
    ...d.stories.map((st, i) =>
      h('section', { class: 'source' },
        h('h2', {}, `Story ${i + 1}: ${fmt.text(st.title)}`, st.relevant ? '' : h('span', { class: 'badge single' }, 'off-topic')),
        storyBox(st.text, st.language))),
  );
  settleStoryBoxes(root);
}
