// Review: logging in, the queue of incidents waiting for a person (most in need first, keyboard shortcuts), and the
// audit log with undo. Every name, reason and value shown here is data and goes in as text (dom.ts h()).
import { api, ApiError, canEdit, post, setMe, whoAmI, type Me } from '../api.js';
import { fmt, h } from '../dom.js';
import { go, link } from '../router.js';

interface QueueItem {
  id: string;
  type: string;
  date: string | null;
  place_name: string | null;
  killed: number | null;
  injured: number | null;
  sources: number;
  reasons: string[];
  review_status: string;
}

interface Queue {
  counts: { waiting: number; confirmed: number; corrected: number; rejected: number; flagged: number; orphaned: number };
  flagged: QueueItem[];
  items: QueueItem[];
}

interface Correction {
  id: number;
  action: string;
  target: { entity?: { name: string }; into?: { name: string }; claims?: unknown[] };
  payload: { field?: string; before?: unknown; after?: unknown; evidence?: { text: string } | null; alias?: string };
  reason: string | null;
  user: string;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
  state: string;
}

/**
 * The login form. `back`: the address of the page that asked for it (a server on the network that reads only to
 * people logged in answers every view with 401); the login returns there. Without one, an editor goes to the review
 * queue and anyone else to the map.
 */
export async function renderLogin(root: HTMLElement, back?: string): Promise<void> {
  const name = h('input', { id: 'login-name', name: 'name', autocomplete: 'username', required: true, maxlength: 64 });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const form = h('form', { class: 'login-form' },
    h('label', { for: 'login-name' }, 'Name'), name,
    h('label', { for: 'login-password' }, 'Password'), password,
    h('button', { type: 'submit' }, 'Log in'), error);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      try {
        const res = await post<{ user: Me['user']; csrf: string }>('auth/login', { name: name.value, password: password.value });
        setMe({ user: res.user, csrf: res.csrf });
        await renderAccount();
        const to = back ?? (canEdit({ user: res.user, csrf: res.csrf }) ? link(['review']) : link([]));
        // The page asked from is the address already shown: it is drawn again, now with the session.
        if (to === location.hash || (to === '#/' && location.hash === '')) window.dispatchEvent(new HashChangeEvent('hashchange'));
        else location.hash = to;
      } catch (err) {
        error.hidden = false;
        error.textContent = err instanceof ApiError ? err.message : 'could not log in';
      }
    })();
  });
  root.replaceChildren(
    h('h1', {}, 'Log in'),
    h('p', { class: 'muted' }, back ? 'This server shows its data to people with an account only: log in to read it.' : 'Reviewing needs an account (vigie users add NAME --role editor).'),
    form);
  name.focus();
}

/** The header's account line: who is logged in and a way out, or a way in. */
export async function renderAccount(): Promise<void> {
  const slot = document.getElementById('account');
  if (!slot) return;
  const m = await whoAmI().catch(() => ({ user: null, csrf: null }) as Me);
  if (!m.user) {
    slot.replaceChildren(h('a', { href: '#/login' }, 'Log in'));
    return;
  }
  const out = h('button', { type: 'button', class: 'link-button', id: 'logout' }, 'Log out');
  out.addEventListener('click', () => {
    void post('auth/logout').finally(() => {
      setMe({ user: null, csrf: null });
      void renderAccount();
      go([]);
    });
  });
  slot.replaceChildren(h('span', { class: 'muted' }, `${m.user.name} (${m.user.role}) `), out);
}

function itemLine(i: QueueItem): string {
  return `${fmt.type(i.type)} — ${fmt.text(i.place_name)}, ${fmt.text(i.date)} · killed ${fmt.num(i.killed)} · ${fmt.count(i.sources, 'source')}`;
}

export async function renderQueue(root: HTMLElement): Promise<void> {
  const m = await whoAmI(true);
  if (!canEdit(m)) {
    root.replaceChildren(h('h1', {}, 'Review'), h('p', {}, m.user ? `${m.user.name} is a ${m.user.role}: reviewing needs the editor role.` : 'Log in to review incidents.'), h('p', {}, h('a', { href: '#/login' }, 'Log in')));
    return;
  }
  const q = await api<Queue>('review/queue', { limit: 100 });
  const all = [...q.flagged, ...q.items];
  const reviewed = q.counts.confirmed + q.counts.corrected + q.counts.rejected;
  let at = 0;
  const status = h('p', { class: 'review-status', role: 'status', 'aria-live': 'polite' });
  const rows = all.map((i, k) =>
    h('li', { class: 'queue-item', 'data-id': i.id, 'data-index': k },
      h('a', { href: link(['incident', i.id]) }, itemLine(i)),
      ' ',
      ...i.reasons.map((r) => h('span', { class: 'badge' }, r))),
  );
  const select = (k: number) => {
    at = Math.max(0, Math.min(all.length - 1, k));
    rows.forEach((r, n) => r.classList.toggle('selected', n === at));
    rows[at]?.scrollIntoView({ block: 'nearest' });
  };
  const act = async (what: 'confirm' | 'reject') => {
    const item = all[at];
    if (!item) return;
    const reason = what === 'reject' ? (document.getElementById('queue-reason') as HTMLInputElement).value.trim() : '';
    if (what === 'reject' && !reason) {
      status.textContent = 'Write why in the reason box first: a rejection needs a reason.';
      return;
    }
    try {
      await post(`review/incidents/${encodeURIComponent(item.id)}/${what}`, reason ? { reason } : {});
      status.textContent = `${what === 'confirm' ? 'Confirmed' : 'Rejected'}: ${itemLine(item)}`;
      rows[at].classList.add(what === 'confirm' ? 'done-confirmed' : 'done-rejected');
      select(at + 1);
    } catch (err) {
      status.textContent = err instanceof ApiError ? err.message : 'the action failed';
    }
  };
  const onKey = (ev: KeyboardEvent) => {
    if (!root.isConnected) {
      document.removeEventListener('keydown', onKey);
      return;
    }
    if (ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === 'j' || ev.key === 'n') select(at + 1);
    else if (ev.key === 'k' || ev.key === 'p') select(at - 1);
    else if (ev.key === 'c') void act('confirm');
    else if (ev.key === 'x') void act('reject');
    else if (ev.key === 'Enter' && all[at]) go(['incident', all[at].id]);
    else return;
    ev.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  root.replaceChildren(
    h('h1', {}, 'Review queue'),
    h('p', { class: 'counts' },
      h('strong', { id: 'count-waiting' }, String(q.counts.waiting)), ' waiting · ',
      h('strong', { id: 'count-reviewed' }, String(reviewed)), ` reviewed (${q.counts.confirmed} confirmed, ${q.counts.corrected} corrected, ${q.counts.rejected} rejected) · `,
      h('strong', {}, String(q.counts.flagged)), ' flagged for another look',
      q.counts.orphaned ? h('span', { id: 'count-orphaned' }, ' · ', h('strong', {}, String(q.counts.orphaned)), ' ', h('a', { href: '#/review/log' }, `correction${q.counts.orphaned === 1 ? '' : 's'} no longer finding what ${q.counts.orphaned === 1 ? 'it was' : 'they were'} about`)) : null),
    h('p', { class: 'muted' }, 'Most in need first: sources disagree, one source only, uncertain, never reviewed. Keys: j / k next and previous, c confirm, x reject (with the reason below), Enter open.'),
    h('p', {}, h('label', { for: 'queue-reason' }, 'Reason for a rejection '), h('input', { id: 'queue-reason', maxlength: 2000 }), ' ', h('a', { href: '#/review/log' }, 'Audit log')),
    status,
    all.length ? h('ol', { class: 'queue' }, ...rows) : h('p', { class: 'empty' }, 'Nothing waits for a review.'),
  );
  select(0);
}

const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

/** What a correction changed, in a line of the audit log. */
function changeOf(c: Correction): string {
  const p = c.payload;
  if (p.field) return `${p.field}: ${show(p.before)} → ${show(p.after)}`;
  if (c.action === 'entity_rename') return `${show(p.before)} → ${show(p.after)}`;
  if (c.action === 'entity_merge') return `${c.target.entity?.name ?? '?'} → ${c.target.into?.name ?? '?'}`;
  if (c.action === 'entity_split') return `“${p.alias ?? ''}” out of ${c.target.entity?.name ?? '?'}`;
  if (c.action === 'figure_grouping_wrong') return fmt.count(c.target.claims?.length ?? 0, 'figure');
  return '';
}

export async function renderLog(root: HTMLElement): Promise<void> {
  const m = await whoAmI(true);
  if (!canEdit(m)) {
    root.replaceChildren(h('h1', {}, 'Audit log'), h('p', {}, 'Log in as an editor to see the audit log.'));
    return;
  }
  const log = await api<{ items: Correction[] }>('review/corrections', { limit: 200 });
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  root.replaceChildren(
    h('h1', {}, 'Audit log'),
    h('p', { class: 'muted' }, 'Every correction, newest first. An undo keeps the line and marks it undone.'),
    status,
    h('div', { class: 'table-wrap' }, h('table', { class: 'audit' },
      h('thead', {}, h('tr', {}, ...['#', 'When', 'Who', 'Action', 'Change', 'Reason', 'Evidence', 'State', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...log.items.map((c) => {
        const undo = h('button', { type: 'button', class: 'secondary undo', 'data-correction': c.id, disabled: c.undone_at !== null }, 'Undo');
        undo.addEventListener('click', () => {
          void post(`review/corrections/${c.id}/undo`).then(
            () => renderLog(root),
            (err) => (status.textContent = err instanceof ApiError ? err.message : 'undo failed'),
          );
        });
        const change = changeOf(c);
        return h('tr', { 'data-action': c.action, class: c.undone_at ? 'undone' : c.state === 'orphaned' ? 'orphaned' : null },
          h('td', {}, String(c.id)),
          h('td', {}, c.created_at.slice(0, 19).replace('T', ' ')),
          h('td', {}, c.user),
          h('td', {}, c.action.replace(/_/g, ' ')),
          h('td', {}, change),
          h('td', { class: 'reason' }, fmt.text(c.reason)),
          h('td', {}, c.payload.evidence ? `“${c.payload.evidence.text}”` : '—'),
          h('td', {}, c.undone_at ? `undone by ${c.undone_by}` : c.state === 'orphaned' ? 'orphaned: what it was about is no longer found' : c.state),
          h('td', {}, undo));
      })))),
  );
}
