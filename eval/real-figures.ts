// How many of the figures Vigie shows are figures at all. The shared scorer counts the gold figures found (recall);
// nothing there counts the numbers shown that are no statistic ("Peugeot 208", a town's population, one shooting's
// two victims). This reads the same export and gold and counts, per split, the exported figures of the set's articles
// that match a figure the annotators listed for that article, required or optional (value within 1 %, masses
// converted, as the scorer matches values). An annotator may have left out a real figure, so the share is a floor.

const MASS: Record<string, number> = { tonne: 1000, tonnes: 1000, t: 1000, kg: 1, g: 0.001 };

interface GoldFigure {
  value: number;
  alt_values?: number[] | null;
  unit?: string | null;
}

interface ExportedFigure {
  document: string;
  value: number | null;
  unit: string | null;
}

export interface FigureListing {
  /** Figures exported for the split's articles. */
  shown: number;
  /** Of those, the ones that match a figure listed in the gold of their article. */
  listed: number;
  share: number | null;
}

function valueIn(f: ExportedFigure, g: GoldFigure): number | null {
  if (typeof f.value !== 'number') return null;
  const fu = (f.unit ?? '').toLowerCase();
  const gu = (g.unit ?? '').toLowerCase();
  return fu in MASS && gu in MASS ? (f.value * MASS[fu]!) / MASS[gu]! : f.value;
}

export function matchesListed(f: ExportedFigure, listed: readonly GoldFigure[]): boolean {
  return listed.some((g) => {
    const v = valueIn(f, g);
    if (v === null) return false;
    return [g.value, ...(g.alt_values ?? [])].some((x) => typeof x === 'number' && (x === 0 ? v === 0 : Math.abs(v - x) <= 0.01 * Math.abs(x)));
  });
}

/**
 * `exported`: the JSON export (documents with their url, claims); `gold`: eval/real/gold.json; `articleOf`: url → the
 * article's id and split.
 */
export function figureListing(
  exported: { documents: { id: string; url?: string | null }[]; claims?: ExportedFigure[] },
  gold: { articles: { id: string; claims?: GoldFigure[] }[] },
  articleOf: ReadonlyMap<string, { id: string; split: string }>,
  split: string,
): FigureListing {
  const goldOf = new Map(gold.articles.map((a) => [a.id, a.claims ?? []]));
  const articleOfDoc = new Map<string, string>();
  for (const d of exported.documents) {
    const a = d.url ? articleOf.get(d.url) : undefined;
    if (a && a.split === split && goldOf.has(a.id)) articleOfDoc.set(d.id, a.id);
  }
  let shown = 0;
  let listed = 0;
  for (const f of exported.claims ?? []) {
    const id = articleOfDoc.get(f.document);
    if (id === undefined) continue;
    shown++;
    if (matchesListed(f, goldOf.get(id)!)) listed++;
  }
  return { shown, listed, share: shown ? listed / shown : null };
}
