// Resolves entity mentions across documents into entities: full names, surnames, nicknames, acronyms and their expansions.
//
// Mentions fold into name nodes (one per normalised name; a bare surname is a node of its own document, since
// "Amra" means whoever the document names so). Nodes are then joined by links:
// - a known body's names (KNOWN_BODIES, en/fr) share one node;
// - an acronym right after a name in parentheses ("… Drug Addiction (OFDT)") or a nickname after a name;
// - an acronym equal to the initials of an organisation's name (same document, or the only candidate when the
//   acronym has three letters or more);
// Each entity keeps the titles its mentions state (its roles: "procureur de Marseille", "Interior Minister").
// - a surname to the one full name ending with it in the same document, else in the whole corpus;
// - one name read as different kinds in different documents (a place here, an organisation there) is one entity,
//   of the kind most of its mentions have;
// - a criminal group's names with and without the word for a gang ("clan Yoda", "the Yoda clan", "Yoda") share one node;
// - a nickname: a mention whose canonical name is a person but whose surface is "the Fly" makes "the Fly" an
//   alias of that person, and any mention named "the Fly" joins them when no other person claims the alias.
// Resolution runs lazily on read and depends only on the set of mentions, not on their order.

import type { EntityType } from '../core/types.js';
import { INITIALS_SKIP, KNOWN_BODIES, PERSON_TITLES, SURNAME_PARTICLES } from './lexicon.js';
import { compareStrings, fold, words } from './normalise.js';
import type { Entity, EntityMentionRecord } from './types.js';

/** Characters allowed between a name and its parenthesised acronym or nickname: " (" . */
const MAX_PARENTHESIS_GAP = 3;
const ACRONYM = /^[A-ZÀ-Ý][A-ZÀ-Ý0-9&.-]{1,9}$/u;
/** Shortest acronym joined by its initials to an organisation named only in another document. */
const MIN_CROSS_DOCUMENT_ACRONYM = 3;

const KNOWN_NODE = new Map<string, string>();
for (const names of KNOWN_BODIES) for (const n of names) KNOWN_NODE.set(fold(n), `k:${fold(names[0])}`);
const KNOWN_CANONICAL = new Map<string, string>(KNOWN_BODIES.map((names) => [`k:${fold(names[0])}`, names[0]]));

type Group = 'person' | 'org' | 'place';

function groupOf(type: EntityType): Group {
  return type === 'person' ? 'person' : type === 'place' ? 'place' : 'org';
}

interface NodeInfo {
  key: string;
  group: Group;
  /** Folded name tokens without titles. */
  tokens: string[];
  mentions: EntityMentionRecord[];
}

/** Incremental store of mentions; `entities()` resolves them. */
export class EntityIndex {
  private readonly mentionsByKey = new Map<string, EntityMentionRecord>();
  private cache: { entities: Entity[]; byMention: Map<string, string> } | null = null;

  static fromMentions(mentions: Iterable<EntityMentionRecord>): EntityIndex {
    const index = new EntityIndex();
    for (const m of mentions) index.add(m);
    return index;
  }

  /** Adds a mention (the same document/start/end replaces it). Resolution is redone at the next read. */
  add(mention: EntityMentionRecord): void {
    this.mentionsByKey.set(mentionKey(mention), mention);
    this.cache = null;
  }

  remove(mention: { document: string; start: number; end: number }): boolean {
    const removed = this.mentionsByKey.delete(mentionKey(mention));
    if (removed) this.cache = null;
    return removed;
  }

  entities(): Entity[] {
    return this.resolved().entities;
  }

  /** Entity id of a mention, or null if it is not held. */
  entityOf(mention: { document: string; start: number; end: number }): string | null {
    return this.resolved().byMention.get(mentionKey(mention)) ?? null;
  }

  private resolved(): { entities: Entity[]; byMention: Map<string, string> } {
    if (this.cache === null) this.cache = resolve([...this.mentionsByKey.values()]);
    return this.cache;
  }
}

/** One-shot resolution of a set of mentions. */
export function resolveEntities(mentions: Iterable<EntityMentionRecord>): Entity[] {
  return EntityIndex.fromMentions(mentions).entities();
}

function mentionKey(m: { document: string; start: number; end: number }): string {
  return `${m.document}\u0000${m.start}\u0000${m.end}`;
}

function nameTokens(name: string): string[] {
  const ws = words(name);
  let i = 0;
  while (i < ws.length - 1 && PERSON_TITLES.has(ws[i])) i += 1;
  return ws.slice(i);
}

/** A bare surname: one word, or a particle and a word ("Le Pen", "de Villepin"). */
function isSurnameOnly(tokens: string[]): boolean {
  return tokens.length === 1 || (tokens.length === 2 && SURNAME_PARTICLES.has(tokens[0]));
}

/**
 * Words that say a name is a gang's, not part of the name: "clan Yoda", "the Yoda clan" and "Yoda" are one group.
 * ("Mafia", "cartel" stay: "DZ Mafia" is that gang's name.)
 */
const GROUP_WORDS = new Set(['clan', 'clans', 'gang', 'gangs', 'bande', 'bandes', 'reseau', 'reseaux', 'crew', 'team', 'equipe', 'equipes', 'network', 'the', 'le', 'la', 'les', 'l']);

function groupName(folded: string): string {
  const ws = folded.split(' ').filter((w) => !GROUP_WORDS.has(w));
  return ws.length ? ws.join(' ') : folded;
}

function nodeKeyOf(m: EntityMentionRecord): { key: string; group: Group; tokens: string[] } {
  const group = groupOf(m.type);
  const folded = m.type === 'criminal_group' ? groupName(fold(m.name)) : fold(m.name);
  const known = KNOWN_NODE.get(folded);
  if (known !== undefined && group !== 'place') return { key: known, group: 'org', tokens: words(m.name) };
  if (group === 'person') {
    const tokens = nameTokens(m.name);
    if (isSurnameOnly(tokens)) return { key: `ps:${m.document}:${tokens.join(' ')}`, group, tokens };
    return { key: `p:${tokens.join(' ')}`, group, tokens };
  }
  return { key: `${group}:${folded}`, group, tokens: words(m.name) };
}

function initials(tokens: string[]): string {
  return tokens.filter((t) => !INITIALS_SKIP.has(t)).map((t) => t[0]).join('');
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key becomes the root, so the structure does not depend on the order of unions.
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }
}

function resolve(all: EntityMentionRecord[]): { entities: Entity[]; byMention: Map<string, string> } {
  const mentions = all.slice().sort((a, b) => compareStrings(a.document, b.document) || a.start - b.start || a.end - b.end);
  const nodes = new Map<string, NodeInfo>();
  const nodeOfMention: string[] = [];
  for (const m of mentions) {
    const { key, group, tokens } = nodeKeyOf(m);
    let node = nodes.get(key);
    if (node === undefined) nodes.set(key, (node = { key, group, tokens, mentions: [] }));
    node.mentions.push(m);
    nodeOfMention.push(key);
  }
  const uf = new UnionFind();

  // Parenthesised acronyms and nicknames: "… Drug Addiction (OFDT)", "The Fly (La Mouche)".
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a.document !== b.document || a.story !== b.story) continue;
    const gap = b.start - a.end;
    if (gap < 1 || gap > MAX_PARENTHESIS_GAP) continue;
    const na = nodes.get(nodeOfMention[i]) as NodeInfo;
    const nb = nodes.get(nodeOfMention[i + 1]) as NodeInfo;
    if (na.group !== nb.group || na.group === 'place') continue;
    if (na.group === 'org' && !ACRONYM.test(b.text.trim()) && !ACRONYM.test(a.text.trim())) continue;
    uf.union(na.key, nb.key);
  }

  // Acronyms against organisation names with the same initials.
  const orgsByInitials = new Map<string, NodeInfo[]>();
  for (const n of nodes.values()) {
    if (n.group !== 'org' || n.tokens.length < 2) continue;
    const ini = initials(n.tokens);
    if (ini.length < 2) continue;
    let list = orgsByInitials.get(ini);
    if (list === undefined) orgsByInitials.set(ini, (list = []));
    list.push(n);
  }
  for (const n of nodes.values()) {
    if (n.group !== 'org' || n.tokens.length !== 1) continue;
    if (!n.mentions.some((m) => ACRONYM.test(m.text.trim()) || ACRONYM.test(m.name.trim()))) continue;
    const candidates = orgsByInitials.get(n.tokens[0]) ?? [];
    const docs = new Set(n.mentions.map((m) => m.document));
    const sameDoc = candidates.filter((c) => c.mentions.some((m) => docs.has(m.document)));
    // Across documents only the one candidate, and never for two letters: "SR" or "AP" stand for too many names
    // ("section de recherches" is not Sud Radio) for initials alone to say which.
    const chosen = sameDoc.length > 0 ? sameDoc : candidates.length === 1 && n.tokens[0].length >= MIN_CROSS_DOCUMENT_ACRONYM ? candidates : [];
    for (const c of chosen) uf.union(n.key, c.key);
  }

  // Nicknames: a person's mention written differently from its name ("the Fly" for Mohamed Amra).
  const aliasOwners = new Map<string, Set<string>>();
  for (const n of nodes.values()) {
    if (n.group !== 'person') continue;
    for (const m of n.mentions) {
      const surface = fold(m.text);
      const name = fold(m.name);
      if (surface === '' || surface === name || name.includes(surface)) continue;
      let owners = aliasOwners.get(surface);
      if (owners === undefined) aliasOwners.set(surface, (owners = new Set()));
      owners.add(n.key);
    }
  }
  for (const n of nodes.values()) {
    if (n.group !== 'person') continue;
    const owners = aliasOwners.get(n.tokens.join(' '));
    if (owners !== undefined && owners.size === 1) {
      const [owner] = owners;
      if (owner !== n.key) uf.union(n.key, owner);
    }
  }

  // One name read as different kinds in different documents ("Bac Nord" a place here, an organisation there;
  // "Marseille" a person once): one entity, of the kind most of its mentions have.
  const byName = new Map<string, string>();
  for (const n of [...nodes.values()].sort((a, b) => compareStrings(a.key, b.key))) {
    if (n.key.startsWith('ps:') || n.key.startsWith('k:')) continue;
    const name = n.key.startsWith('p:') ? n.tokens.join(' ') : n.key.slice(n.key.indexOf(':') + 1);
    const first = byName.get(name);
    if (first === undefined) byName.set(name, n.key);
    else uf.union(first, n.key);
  }

  // Surnames: to the one full name ending with them in the document, else in the corpus.
  const fullBySurname = new Map<string, NodeInfo[]>();
  for (const n of nodes.values()) {
    if (n.group !== 'person' || !n.key.startsWith('p:')) continue;
    for (const s of surnamesOf(n.tokens)) {
      let list = fullBySurname.get(s);
      if (list === undefined) fullBySurname.set(s, (list = []));
      list.push(n);
    }
  }
  for (const n of nodes.values()) {
    if (!n.key.startsWith('ps:')) continue;
    const surname = n.tokens.join(' ');
    const candidates = fullBySurname.get(surname) ?? [];
    const doc = n.mentions[0].document;
    const inDoc = candidates.filter((c) => c.mentions.some((m) => m.document === doc));
    if (inDoc.length === 1) uf.union(n.key, inDoc[0].key);
    else if (inDoc.length === 0 && candidates.length === 1) uf.union(n.key, candidates[0].key);
  }
  // Bare surnames no full name claims: "Amra" in two documents naming no first name is one person.
  const bareRoots = new Map<string, string>();
  for (const n of [...nodes.values()].sort((a, b) => compareStrings(a.key, b.key))) {
    if (!n.key.startsWith('ps:') || uf.find(n.key) !== n.key) continue;
    if ((fullBySurname.get(n.tokens.join(' ')) ?? []).length > 0) continue;
    const s = n.tokens.join(' ');
    const root = bareRoots.get(s);
    if (root === undefined) bareRoots.set(s, n.key);
    else uf.union(root, n.key);
  }

  // Build entities from the components.
  const components = new Map<string, NodeInfo[]>();
  for (const n of nodes.values()) {
    const root = uf.find(n.key);
    let list = components.get(root);
    if (list === undefined) components.set(root, (list = []));
    list.push(n);
  }
  const entities: Entity[] = [];
  const byMention = new Map<string, string>();
  const usedIds = new Map<string, number>();
  const roots = [...components.keys()].sort(compareStrings);
  for (const root of roots) {
    const members = components.get(root) as NodeInfo[];
    const ms = members.flatMap((n) => n.mentions)
      .sort((a, b) => compareStrings(a.document, b.document) || a.start - b.start || a.end - b.end);
    const name = canonicalName(members);
    const type = majorityType(ms);
    const base = `ent:${type}:${fold(name).replace(/ /g, '-')}`;
    const seen = usedIds.get(base) ?? 0;
    usedIds.set(base, seen + 1);
    const id = seen === 0 ? base : `${base}~${seen + 1}`;
    const aliases = new Map<string, string>();
    for (const m of ms) {
      for (const a of [m.name, m.text]) {
        const t = a.trim();
        if (t !== '' && !aliases.has(t)) aliases.set(t, t);
      }
    }
    const titles = [...new Set(ms.map((m) => m.title?.replace(/\s+/g, ' ').trim()).filter((t): t is string => !!t))].sort(compareStrings);
    entities.push({
      id, name, type, aliases: [...aliases.keys()].sort(compareStrings), titles,
      mentions: ms.map((m) => ({ document: m.document, start: m.start, end: m.end })),
    });
    for (const m of ms) byMention.set(mentionKey(m), id);
  }
  return { entities: entities.sort((a, b) => compareStrings(a.id, b.id)), byMention };
}

/** "jean marie le pen" → ["pen", "le pen"]: the last word, and with its particle. */
function surnamesOf(tokens: string[]): string[] {
  const last = tokens[tokens.length - 1];
  const out = [last];
  if (tokens.length >= 3 && SURNAME_PARTICLES.has(tokens[tokens.length - 2])) out.push(`${tokens[tokens.length - 2]} ${last}`);
  return out;
}

/** A known body's canonical name; else the most-mentioned full name (ties: longer, then alphabetical). */
function canonicalName(members: NodeInfo[]): string {
  for (const n of members) {
    const known = KNOWN_CANONICAL.get(n.key);
    if (known !== undefined) return known;
  }
  const full = members.filter((n) => !n.key.startsWith('ps:'));
  const pool = full.length > 0 ? full : members;
  const counts = new Map<string, number>();
  for (const n of pool) for (const m of n.mentions) counts.set(m.name.trim(), (counts.get(m.name.trim()) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || compareStrings(x[0], y[0]));
  return ranked[0][0];
}

function majorityType(ms: EntityMentionRecord[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of ms) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]))[0][0];
}
