/**
 * The merged catalog and the resolution of a citation to one directive (issue 5, "Identity and
 * resolution"). Three sources are merged, highest first: workspace catalog files, the built-in
 * catalog, and what the corpus says. A symbol is not an identity (domain.md §1): Party numbers
 * restart every term and local symbols repeat in every province, so `lookup` returns every entry
 * of a symbol key and `resolve` narrows them down with the citation's own date, its term, its
 * locality, and finally the citing document's date.
 */
import { builtinCatalog } from './builtin';
import { INVERSE, isCentralIssuer, isLocalIssuer, termOf } from './fields';
import { entryTerm, localityKey, sameDirective } from './identity';
import type { CatalogEntry, CorpusFacts, Counted, EntryStatus, ParsedCatalog, Relation } from './types';
import { parseSymbol } from './parse';

export { entryTerm, localityKey, sameDirective } from './identity';

/** What a citation says that tells twins apart. All dates are ISO `yyyy-mm-dd`. */
export interface CitationFacts {
  /** The symbol key (`SymbolKey.key`). */
  readonly key: string;
  /** The citation's own date, when it gives a valid one. */
  readonly date?: string;
  /** The citation's own term ("XI"). */
  readonly term?: string;
  /** The locality of a local issuer: from the body phrase, the document's metadata or the `vanban.locality` setting. */
  readonly locality?: string;
  /** The citing document's own date. */
  readonly documentDate?: string;
}

/** One directive, several candidates, or none. */
export type Resolution =
  | { readonly entry: CatalogEntry }
  | { readonly ambiguous: readonly CatalogEntry[] }
  | { readonly unknown: true };

/** The sources to merge. */
export interface CatalogSources {
  /** Parsed workspace catalog files; where two of them describe the same directive, the earlier wins. */
  readonly workspace?: readonly ParsedCatalog[];
  /** The built-in catalog (default: `builtinCatalog()`); `false` turns it off (a user setting). */
  readonly builtin?: ParsedCatalog | false;
  /** What the corpus says, per symbol key (see `corpusFactsFrom`). */
  readonly corpus?: readonly CorpusFacts[];
}

/** A directive's status as of a date. */
export interface StatusAt {
  /** `not-yet-issued`: the date is before the directive's own date. */
  readonly status: EntryStatus | 'not-yet-issued';
  /** The day the status took effect, when known. */
  readonly since?: string;
  /** The relation that made it superseded. */
  readonly by?: Relation;
  /** The successor, when the catalog knows it. */
  readonly successor?: CatalogEntry;
}

/** Fills the fields a higher entry leaves empty from the one it overrides. */
function absorb(high: CatalogEntry, low: CatalogEntry): CatalogEntry {
  const pick = <K extends keyof CatalogEntry>(k: K): Partial<CatalogEntry> => (high[k] === undefined && low[k] !== undefined ? { [k]: low[k] } : {});
  return {
    ...pick('type'), ...pick('body'), ...pick('date'), ...pick('term'), ...pick('locality'), ...pick('title'),
    ...pick('statusDate'), ...pick('source'), ...pick('confidence'), ...pick('notes'),
    ...high,
    status: high.status === 'unknown' ? low.status : high.status,
    relations: high.relations.length > 0 ? high.relations : low.relations,
    aliases: high.aliases.length > 0 ? high.aliases : low.aliases,
    shadows: [...(high.shadows ?? []), low],
  };
}

/** The merged catalog. Immutable: build a new one when a source changes. */
export class Catalog {
  readonly #byKey: ReadonlyMap<string, readonly CatalogEntry[]>;
  readonly #corpus: ReadonlyMap<string, CorpusFacts>;

  private constructor(byKey: Map<string, CatalogEntry[]>, corpus: Map<string, CorpusFacts>) {
    this.#byKey = byKey;
    this.#corpus = corpus;
  }

  /** Merges the sources: workspace beats built-in beats corpus. */
  static create(sources: CatalogSources = {}): Catalog {
    const byKey = new Map<string, CatalogEntry[]>();
    const add = (e: CatalogEntry): void => {
      const list = byKey.get(e.key.key);
      if (!list) {
        byKey.set(e.key.key, [e]);
        return;
      }
      const i = list.findIndex((x) => sameDirective(x, e));
      if (i < 0) list.push(e);
      else list[i] = absorb(list[i]!, e);
    };
    for (const file of sources.workspace ?? []) for (const e of file.entries) add(e);
    const builtin = sources.builtin === undefined ? builtinCatalog() : sources.builtin;
    if (builtin) for (const e of builtin.entries) add(e);
    const corpus = new Map<string, CorpusFacts>();
    for (const facts of sources.corpus ?? []) {
      corpus.set(facts.key, facts);
      for (const e of corpusEntries(facts, byKey.get(facts.key) ?? [])) add(e);
    }
    const catalog = new Catalog(byKey, corpus);
    catalog.#deriveInverses(byKey);
    return catalog;
  }

  /** Every entry of a symbol key (several for Party numbers of different terms, local symbols of different provinces). */
  lookup(key: string): readonly CatalogEntry[] {
    return this.#byKey.get(key) ?? [];
  }

  #byNumber: Map<number, CatalogEntry[]> | undefined;

  /** Every entry of a number, whatever its symbol (for short mentions: "Chỉ thị 05"); named resolutions left out. */
  byNumber(n: number): readonly CatalogEntry[] {
    if (!this.#byNumber) {
      const m = new Map<number, CatalogEntry[]>();
      for (const e of this.entries()) {
        // A resolution named without a symbol (`ĐH-XIII`) has no number a mention could name.
        if (!/^\d/u.test(e.key.key)) continue;
        const list = m.get(e.key.number);
        if (list) list.push(e);
        else m.set(e.key.number, [e]);
      }
      this.#byNumber = m;
    }
    return this.#byNumber.get(n) ?? [];
  }

  /** Every symbol key the catalog knows. */
  keys(): IterableIterator<string> {
    return this.#byKey.keys();
  }

  /** Every entry. */
  *entries(): IterableIterator<CatalogEntry> {
    for (const list of this.#byKey.values()) yield* list;
  }

  /** What the corpus says of a key, as passed in. */
  corpus(key: string): CorpusFacts | undefined {
    return this.#corpus.get(key);
  }

  /**
   * Resolves a citation to one directive using, in order: its own date; its term (given, or from
   * its date); its locality; the document's date (the latest directive issued on or before it).
   */
  resolve(f: CitationFacts): Resolution {
    let c = this.lookup(f.key);
    if (c.length === 0) return { unknown: true };
    const sym = c[0]!.key;
    const central = sym.kind === 'party' && isCentralIssuer(sym.issuers);
    const local = sym.kind === 'party' && sym.issuers.some(isLocalIssuer);
    // A local directive of another province is another directive.
    if (local && f.locality) c = c.filter((e) => !e.locality || localityKey(e.locality) === localityKey(f.locality!));
    if (f.date) {
      const m = c.filter((e) => e.date === f.date);
      if (m.length === 1) return { entry: m[0]! };
      if (m.length > 1) c = m;
    }
    // Central Party numbers restart with every term: a directive of another term is another one.
    const term = f.term ?? (central && f.date ? termOf(f.date) : undefined);
    if (central && term) c = c.filter((e) => entryTerm(e) === undefined || entryTerm(e) === term);
    // Administrative state numbers restart every year.
    if (sym.kind === 'state-admin' && f.date) c = c.filter((e) => !e.date || e.date.slice(0, 4) === f.date!.slice(0, 4));
    if (c.length <= 1) return c.length === 1 ? { entry: c[0]! } : { unknown: true };
    if (f.locality) {
      const m = c.filter((e) => e.locality && localityKey(e.locality) === localityKey(f.locality!));
      if (m.length === 1) return { entry: m[0]! };
      if (m.length > 1) c = m;
    }
    if (f.documentDate) {
      const before = c.filter((e) => e.date !== undefined && e.date <= f.documentDate!);
      if (before.length > 0) {
        const latest = before.reduce((a, b) => (b.date! > a.date! ? b : a)).date!;
        const m = before.filter((e) => e.date === latest);
        if (m.length === 1) return { entry: m[0]! };
        c = m;
      }
    }
    return { ambiguous: c };
  }

  /**
   * The entries a relation points to. For `replacedBy`, `amendedBy` and `guidedBy` the other
   * directive is the newer one, issued on the relation's date; for the others it is the older one,
   * in force on that date.
   */
  target(r: Relation): readonly CatalogEntry[] {
    const newer = r.kind === 'replacedBy' || r.kind === 'amendedBy' || r.kind === 'guidedBy';
    const res = this.resolve({ key: r.key.key, ...(newer && r.date && { date: r.date }), ...(r.date && { documentDate: r.date }) });
    if ('entry' in res) return [res.entry];
    if ('ambiguous' in res) return res.ambiguous;
    return [];
  }

  /** The status of a directive as of a date (default: now, as the catalog states it). */
  statusAt(entry: CatalogEntry, isoDate?: string): StatusAt {
    return statusAt(entry, isoDate, this);
  }

  /** Adds the inverse of every relation to the entry it points to, unless that entry states it. */
  #deriveInverses(byKey: Map<string, CatalogEntry[]>): void {
    const extra = new Map<CatalogEntry, Relation[]>();
    for (const list of byKey.values()) {
      for (const e of list) {
        for (const r of e.relations) {
          if (r.derived) continue;
          const targets = this.target(r);
          if (targets.length !== 1) continue;
          const t = targets[0]!;
          const kind = INVERSE[r.kind];
          if (t.relations.some((x) => x.kind === kind && x.key.key === e.key.key)) continue;
          const newer = r.kind === 'replacedBy' || r.kind === 'amendedBy' || r.kind === 'guidedBy' ? t : e;
          const date = r.date ?? newer.date;
          const inverse: Relation = { kind, symbol: e.symbol, key: e.key, ...(date && { date }), ...(r.note && { note: r.note }), derived: true };
          const have = extra.get(t);
          if (have) have.push(inverse);
          else extra.set(t, [inverse]);
        }
      }
    }
    if (extra.size === 0) return;
    for (const [key, list] of byKey) {
      byKey.set(key, list.map((e) => {
        const more = extra.get(e);
        if (!more) return e;
        const superseded = more.some((r) => r.kind === 'replacedBy') && e.status === 'unknown';
        return { ...e, relations: [...e.relations, ...more], ...(superseded && { status: 'superseded' as const }) };
      }));
    }
  }
}

/**
 * A directive's status as of a date: not yet issued, superseded by X since D (from its
 * `replacedBy` relations, dated by the relation or by the successor's own date), repealed or
 * expired since its `statusDate`, else in force when the catalog says so or when it went out of
 * force only later. Without a date: the status now.
 */
export function statusAt(entry: CatalogEntry, isoDate?: string, catalog?: Catalog): StatusAt {
  if (isoDate && entry.date && isoDate < entry.date) return { status: 'not-yet-issued' };
  let best: StatusAt | undefined;
  let laterChange = false;
  for (const r of entry.relations) {
    if (r.kind !== 'replacedBy') continue;
    const targets = catalog?.target(r) ?? [];
    const successor = targets.length === 1 ? targets[0] : undefined;
    const since = r.date ?? successor?.date;
    if (isoDate === undefined || (since !== undefined && since <= isoDate)) {
      if (!best || (since && best.since && since < best.since)) {
        best = { status: 'superseded', by: r, ...(since && { since }), ...(successor && { successor }) };
      }
    } else if (since !== undefined) laterChange = true;
  }
  if (best) return best;
  if ((entry.status === 'repealed' || entry.status === 'expired') && (isoDate === undefined || (entry.statusDate && entry.statusDate <= isoDate))) {
    return { status: entry.status, ...(entry.statusDate && { since: entry.statusDate }) };
  }
  if (entry.statusDate && isoDate && entry.statusDate > isoDate) laterChange = true;
  if (entry.status === 'in-force' || laterChange) return { status: 'in-force' };
  if (isoDate === undefined) return { status: entry.status };
  return { status: 'unknown' };
}

/** Whether a count is a clear majority: at least 2 citations and 60% of those that say anything. */
function majority(values: readonly Counted[]): string | undefined {
  const total = values.reduce((s, v) => s + v.count, 0);
  const top = [...values].sort((a, b) => b.count - a.count)[0];
  return top && top.count >= 2 && top.count >= 0.6 * total ? top.value : undefined;
}

/**
 * What makes a directive known: an entry of a workspace catalog file, of the built-in catalog, or
 * citations in articles. The corpus is gathered from articles only — drafts (`isDraft`) are left
 * out by the callers, so a mistake repeated in two drafts vouches for nothing. An article vouches
 * for the documents other than itself: a directive cited by one article only is known to every
 * other document and unknown in that article (`vouchedFor`).
 */
export function vouchedFor(catalog: Catalog, entry: CatalogEntry, uri: string | undefined): boolean {
  if (entry.origin !== 'corpus') return true;
  const facts = catalog.corpus(entry.key.key);
  return !facts || facts.documents > 1 || (uri !== undefined && facts.soleDocument !== uri);
}

/**
 * The entries the corpus suggests for a key: any directive cited in an article (see `vouchedFor`
 * for the article that is its only source). Each well-attested date (≥ 2 citations
 * and ≥ 20% of the dated ones) is a directive, one per term, and only where the catalog has no
 * entry of that term (or year, for administrative state documents): a typo in a date must not
 * create a twin of a catalogued directive.
 */
function corpusEntries(f: CorpusFacts, catalogued: readonly CatalogEntry[]): CatalogEntry[] {
  if (f.documents < 1) return [];
  const parsed = parseSymbol(f.symbol);
  if (!parsed) return [];
  const key = parsed.key;
  const central = key.kind === 'party' && isCentralIssuer(key.issuers);
  const group = (iso: string): string => (central ? termOf(iso) ?? iso : key.kind === 'state-admin' ? iso.slice(0, 4) : 'all');
  const dated = f.dates.reduce((s, d) => s + d.count, 0);
  const strong = [...f.dates].filter((d) => d.count >= 2 && d.count >= 0.2 * dated).sort((a, b) => b.count - a.count);
  const byGroup = new Map<string, Counted>();
  for (const d of strong) if (!byGroup.has(group(d.value))) byGroup.set(group(d.value), d);
  const taken = new Set(catalogued.map((e) => (e.date ? group(e.date) : entryTerm(e) ?? 'all')));
  const single = byGroup.size <= 1;
  const base = {
    symbol: parsed.key.canonical, key, number: key.number, issuer: key.issuers.join('-'), status: 'unknown' as const,
    relations: [], aliases: [], origin: 'corpus' as const, uri: 'vanban:corpus',
    source: `${f.citations} citations in ${f.documents} documents`,
  };
  const body = single ? majority(f.bodies) : undefined;
  const title = single ? majority(f.titles) : undefined;
  const out: CatalogEntry[] = [];
  if (byGroup.size === 0) {
    if (catalogued.length === 0) out.push({ ...base, ...(body && { body }), ...(title && { title }) });
    return out;
  }
  for (const [g, d] of byGroup) {
    if (catalogued.length > 0 && (taken.has(g) || taken.has('all') || !central && key.kind !== 'state-admin')) continue;
    const term = central ? termOf(d.value) : undefined;
    // The date is the directive's only when it is the clear majority of its group: a 3-to-2 split
    // is a doubt to show, not a fact to check citations against (the term still tells twins apart).
    const inGroup = f.dates.filter((x) => group(x.value) === g).reduce((n, x) => n + x.count, 0);
    const date = d.count >= 0.6 * inGroup ? d.value : undefined;
    if (!date && !term) continue;
    out.push({ ...base, ...(date && { date }), ...(term && { term }), ...(body && { body }), ...(title && { title }) });
  }
  return out;
}

/** A citation as the corpus facts need it (the index's citation records have these fields). */
export interface CitationLike {
  readonly uri: string;
  readonly key: string;
  readonly canonical: string;
  readonly date?: string;
  readonly body?: string;
  readonly title?: string;
  readonly term?: string;
}

/** Counts what the citations of the corpus say, per symbol key. */
export function corpusFactsFrom(citations: Iterable<CitationLike>): CorpusFacts[] {
  const acc = new CorpusAccumulator();
  acc.add(citations);
  return acc.finish();
}

/** How many times each value was said, boxed. */
type Counts = Map<string, { n: number }>;

function bump(m: Counts, v: string | undefined): void {
  if (v === undefined) return;
  const c = m.get(v);
  if (c) c.n++;
  else m.set(v, { n: 1 });
}

/**
 * Counts what the corpus says a slice at a time, so that a server can gather 2 million citations
 * between requests instead of blocking for seconds.
 */
export class CorpusAccumulator {
  // Counts are boxed, so that counting a value seen before is one look-up, not a get and a set.
  readonly #acc = new Map<string, { symbols: Counts; docs: Set<string>; lastUri: string; n: number; dates: Counts; bodies: Counts; titles: Counts; terms: Counts }>();

  /** Counts more citations (only their fields are kept, not the objects). */
  add(citations: Iterable<CitationLike>): void {
    for (const c of citations) {
      let a = this.#acc.get(c.key);
      if (!a) this.#acc.set(c.key, (a = { symbols: new Map(), docs: new Set(), lastUri: '', n: 0, dates: new Map(), bodies: new Map(), titles: new Map(), terms: new Map() }));
      a.n++;
      // A document's citations of one key mostly come one after another.
      if (a.lastUri !== c.uri) {
        a.docs.add(c.uri);
        a.lastUri = c.uri;
      }
      bump(a.symbols, c.canonical);
      bump(a.dates, c.date);
      bump(a.bodies, c.body);
      bump(a.titles, c.title);
      bump(a.terms, c.term);
    }
  }

  /** What was counted, per key (counting more afterwards is allowed: it is not changed). */
  finish(): CorpusFacts[] {
    const list = (m: Counts): Counted[] => [...m].map(([value, c]) => ({ value, count: c.n })).sort((x, y) => y.count - x.count);
    return [...this.#acc].map(([key, a]) => ({
      key,
      symbol: list(a.symbols)[0]!.value,
      citations: a.n,
      documents: a.docs.size,
      ...(a.docs.size === 1 && { soleDocument: [...a.docs][0]! }),
      dates: list(a.dates),
      bodies: list(a.bodies),
      titles: list(a.titles),
      terms: list(a.terms),
    }));
  }
}
