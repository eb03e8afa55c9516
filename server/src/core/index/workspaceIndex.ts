/**
 * The workspace index: every document's facts, and the reverse map from symbol key to the
 * citations of every document. Every cross-file question (hover counts, definition, references,
 * code lens, workspace symbols) is answered from here without touching the disk.
 */
import { assignIds, hasTwins, keyOfId, ownGroup, TwinFinder } from './identity';
import { IndexedCitation, type MentionRecord, type CitationRecord, type DocumentFacts } from './facts';

/** What the corpus says about one directive: its citations and the most common variant of each fact. */
export interface DirectiveInfo {
  readonly id: string;
  readonly key: string;
  /** In document order: by the citing document's date, then URI, then position. */
  readonly citations: readonly CitationRecord[];
  /** Distinct documents citing it. */
  readonly documents: number;
  /** Distinct articles (documents that are not drafts) citing it. */
  readonly articles: number;
  readonly canonical: string;
  readonly kind: CitationRecord['kind'];
  readonly issuerClass: CitationRecord['issuerClass'];
  readonly type: string | undefined;
  readonly number: number;
  /** Variants as the corpus states them, most cited first, with counts. */
  readonly typeWords: readonly Variant[];
  readonly dates: readonly Variant[];
  readonly bodies: readonly Variant[];
  readonly terms: readonly Variant[];
  readonly titles: readonly Variant[];
}

/** One variant of a fact and how many citations give it. */
export interface Variant {
  readonly value: string;
  readonly count: number;
}

/** The distinct ids of a key's id map, kept as long as the map (a key cited 100,000 times has a few). */
const distinctIds = new WeakMap<Map<CitationRecord, string>, string[]>();

/** Up to this many keys to settle or count, one by one is cheaper than a pass over every document. */
const FEW_KEYS = 16;
/** Documents gathered, and full citations counted per field, between two steps of `countAll`. */
const STEP_DOCUMENTS = 64;
const STEP_CITATIONS = 2000;

export class WorkspaceIndex {
  readonly #docs = new Map<string, DocumentFacts>();
  /** key → the documents citing it (their citations of the key are found by filtering: no list per key and document). */
  readonly #byKey = new Map<string, Set<DocumentFacts>>();
  /** `code:number` → the documents with a short mention of that type and number. */
  readonly #mentionDocs = new Map<string, Set<DocumentFacts>>();
  /** Cached directive ids per key, dropped when a document with that key changes. */
  /** null: the key names one directive, whose id is the key. */
  readonly #ids = new Map<string, Map<CitationRecord, string> | null>();
  readonly #infos = new Map<string, DirectiveInfo>();
  /** What the corpus says about the keys that name one directive and were counted, kept up to date (`#patch`). */
  readonly #tallies = new Map<string, Tally>();
  /**
   * The citations of a key, document after document (each document's run in text order), gathered
   * once and dropped with the ids: its count, its twins and what the corpus says about it all read
   * this one array instead of each filtering every document that cites the key.
   */
  readonly #gathered = new Map<string, CitationRecord[]>();
  /** Infos whose citations changed while recounts are deferred, with when they were counted. */
  readonly #stale = new Map<string, { info: DirectiveInfo; at: number }>();
  #recountDelay = 0;
  #generation = 0;
  /** Increases when what a document cites changes (not when its citations only move). */
  #contentGeneration = 0;
  /** Files of the workspace (untitled documents aside) that are articles and drafts, counted as they come and go. */
  #articles = 0;
  #drafts = 0;

  /** Told of every document added, replaced or removed (not of edits that only move citations). */
  readonly #observers: ((before: DocumentFacts | undefined, after: DocumentFacts | undefined) => void)[] = [];

  /** `now` is the clock deferred recounts are timed with. */
  constructor(readonly now: () => number = Date.now) {}

  /**
   * Calls `fn` after each document is added (`before` undefined), replaced, or removed (`after`
   * undefined), in the order it happens; an edit that only moves citations is not a change here.
   */
  observe(fn: (before: DocumentFacts | undefined, after: DocumentFacts | undefined) => void): void {
    this.#observers.push(fn);
  }

  /**
   * While a first index pours in thousands of documents, what the corpus says about a directive
   * cited 200,000 times changes with every batch, and recounting it for every hover would take the
   * editor's time: with a delay, a changed directive keeps its last count for up to `ms`. 0 (the
   * default, and what the index returns to when it is complete) recounts on every change.
   */
  deferRecounts(ms: number): void {
    const was = this.#recountDelay;
    this.#recountDelay = ms;
    if (ms === 0 && was > 0) {
      // Ids kept while deferring may miss a twin that arrived: tell every key apart afresh.
      this.#stale.clear();
      this.#ids.clear();
      this.#infos.clear();
    }
  }

  /** Increases on every change; caches elsewhere key on it. */
  get generation(): number {
    return this.#generation;
  }

  /** Number of indexed documents. */
  get documentCount(): number {
    return this.#docs.size;
  }

  /**
   * Adds or replaces a document. Returns the symbol keys whose citations changed.
   *
   * Typing in a draft mostly moves citations without changing them: when the new facts say the
   * same things as the old ones, only the positions of the old records are updated, in place, so
   * every cache (directive ids, what the corpus says) stays valid and a keystroke costs O(citations
   * of the document), not O(citations of the directives it cites).
   */
  update(facts: DocumentFacts): Set<string> {
    const old = this.#docs.get(facts.uri);
    if (old && sameContent(old, facts)) {
      old.citations.forEach((r, i) => {
        const n = facts.citations[i]!;
        if (r instanceof IndexedCitation) r.moveTo(n);
        else Object.assign(r as Mutable<CitationRecord>, { range: n.range, offset: n.offset, endOffset: n.endOffset });
      });
      // Mentions say the same things too: the new ones carry the new positions.
      if (facts.mentions) (old as Mutable<DocumentFacts>).mentions = facts.mentions;
      this.#generation++;
      return new Set();
    }
    const touched = this.#detach(facts.uri);
    this.#docs.set(facts.uri, facts);
    this.#countFile(facts, 1);
    for (const m of facts.mentions ?? []) {
      for (const code of m.codes) {
        const k = `${code}:${m.number}`;
        let docs = this.#mentionDocs.get(k);
        if (!docs) this.#mentionDocs.set(k, (docs = new Set()));
        docs.add(facts);
      }
    }
    for (const key of keysOf(facts)) {
      let docs = this.#byKey.get(key);
      if (!docs) this.#byKey.set(key, (docs = new Set()));
      docs.add(facts);
      touched.add(key);
    }
    this.#invalidate(touched, old, facts);
    for (const fn of this.#observers) fn(old, facts);
    return touched;
  }

  /** Removes a document. Returns the symbol keys whose citations changed. */
  remove(uri: string): Set<string> {
    const old = this.#docs.get(uri);
    const touched = this.#detach(uri);
    this.#docs.delete(uri);
    this.#invalidate(touched, old, undefined);
    if (old) for (const fn of this.#observers) fn(old, undefined);
    return touched;
  }

  /** Counts a document in or out of `fileCounts`. */
  #countFile(facts: DocumentFacts, by: 1 | -1): void {
    if (isUntitled(facts.uri)) return;
    if (facts.draft) this.#drafts += by;
    else this.#articles += by;
  }

  #detach(uri: string): Set<string> {
    const touched = new Set<string>();
    const old = this.#docs.get(uri);
    if (!old) return touched;
    this.#countFile(old, -1);
    for (const m of old.mentions ?? []) {
      for (const code of m.codes) {
        const k = `${code}:${m.number}`;
        const docs = this.#mentionDocs.get(k);
        docs?.delete(old);
        if (docs?.size === 0) this.#mentionDocs.delete(k);
      }
    }
    for (const key of keysOf(old)) {
      const docs = this.#byKey.get(key);
      if (!docs) continue;
      docs.delete(old);
      if (docs.size === 0) this.#byKey.delete(key);
      touched.add(key);
    }
    return touched;
  }

  /** Drops what is cached about `keys`, whose citations document `old` had and `neu` has; tallies are brought up to date instead. */
  #invalidate(keys: Set<string>, old: DocumentFacts | undefined, neu: DocumentFacts | undefined): void {
    if (keys.size === 0) return;
    this.#generation++;
    this.#contentGeneration++;
    const patched = new Set<string>();
    for (const k of keys) {
      this.#gathered.delete(k);
      const tally = this.#tallies.get(k);
      // While recounts are deferred (a first index pours in thousands of documents citing the
      // same directives), a tally is dropped rather than patched document by document: putting
      // each one in place would move the whole array every time (at 100k articles, 45,000 moves of
      // a 100,000-citation array). The directive is counted again when the delay allows.
      if (tally && this.#recountDelay === 0 && this.#patch(tally, k, old, neu)) {
        // Still one directive: its id is its key, and its info is made again from the tally.
        patched.add(k);
        this.#ids.set(k, null);
        this.#infos.delete(k);
        continue;
      }
      this.#tallies.delete(k);
      // While recounts are deferred, a key known to name one directive keeps saying so (a twin
      // arriving in the same second is told apart when the index is complete).
      if (!(this.#recountDelay > 0 && this.#ids.get(k) === null)) this.#ids.delete(k);
    }
    // Directive infos are keyed by id; drop those of touched keys (keeping them a while when deferred).
    for (const [id, info] of this.#infos) {
      const key = keyOfId(id);
      if (!keys.has(key) || patched.has(key)) continue;
      this.#infos.delete(id);
      if (this.#recountDelay > 0 && !this.#stale.has(id)) this.#stale.set(id, { info, at: this.now() });
    }
  }

  /**
   * The short mentions of the workspace a directive of type `code` and number `n` might be (what
   * they name is the catalog's to say: `features/mentions.ts`), in document order.
   */
  mentionsOf(code: string, n: number): MentionRecord[] {
    const docs = this.#mentionDocs.get(`${code}:${n}`);
    if (!docs) return [];
    const out: MentionRecord[] = [];
    for (const d of docs) for (const m of d.mentions ?? []) if (m.number === n && m.codes.includes(code)) out.push(m);
    return out.sort((a, b) => (a.docDate ?? '9999').localeCompare(b.docDate ?? '9999') || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.offset - b.offset));
  }

  /** The facts of one document. */
  get(uri: string): DocumentFacts | undefined {
    return this.#docs.get(uri);
  }

  /** Every indexed document uri. */
  uris(): IterableIterator<string> {
    return this.#docs.keys();
  }

  /** Every symbol key cited in the workspace. */
  keys(): IterableIterator<string> {
    return this.#byKey.keys();
  }

  /** How many citations a symbol key has (counted once per change of its documents). */
  countOfKey(key: string): number {
    return this.#tallies.get(key)?.citations.length ?? this.#citationsOfKey(key).length;
  }

  /** Every citation of a symbol key, in document order within each document. */
  citationsOfKey(key: string): CitationRecord[] {
    return [...this.#citationsOfKey(key)];
  }

  /** The key's citations, gathered once per change of its documents (`#gathered`). */
  #citationsOfKey(key: string): readonly CitationRecord[] {
    let all = this.#gathered.get(key);
    if (!all) {
      all = [];
      for (const doc of this.#byKey.get(key) ?? []) for (const r of doc.citations) if (r.key === key) all.push(r);
      this.#gathered.set(key, all);
    }
    return all;
  }

  #idsOf(key: string): Map<CitationRecord, string> | null {
    let ids = this.#ids.get(key);
    if (ids === undefined) {
      const all = this.#citationsOfKey(key);
      // Most keys name one directive: that is decided at the second group, without assigning ids.
      ids = hasTwins([all]) ? (assignIds(key, all) ?? null) : null;
      this.#ids.set(key, ids);
    }
    return ids;
  }

  /** The directive a citation record means. */
  idOf(r: CitationRecord): string {
    return this.#idsOf(r.key)?.get(r) ?? r.key;
  }

  /** Every directive id under a symbol key. */
  idsOfKey(key: string): readonly string[] {
    const ids = this.#idsOf(key);
    if (!ids) return this.#byKey.has(key) ? [key] : [];
    let list = distinctIds.get(ids);
    if (!list) distinctIds.set(ids, (list = [...new Set(ids.values())]));
    return list;
  }

  /** Number of distinct directives. */
  directiveCount(): number {
    this.#settleIds();
    let n = 0;
    for (const [key, docs] of this.#byKey) {
      const ids = this.#idsOf(key);
      if (!ids) {
        // One directive, counted when a file cites it (not only an untitled document).
        for (const d of docs) if (!isUntitled(d.uri)) { n++; break; }
        continue;
      }
      // The id map holds exactly the key's citations: no other key's citations are looked at.
      const seen = new Set<string>();
      for (const [r, id] of ids) if (!isUntitled(r.uri)) seen.add(id);
      n += seen.size;
    }
    return n;
  }

  /**
   * The workspace's files: articles and drafts. Untitled documents are not counted (they are not
   * in the workspace, and whether they are open depends on the session): the same files give the
   * same counts across restarts. `directiveCount` leaves out what only untitled documents cite.
   */
  fileCounts(): { readonly articles: number; readonly drafts: number } {
    return { articles: this.#articles, drafts: this.#drafts };
  }

  /**
   * Assigns ids to every key that has none: one pass over every citation finds the keys with twins
   * (most have none), a second gathers theirs — asking key by key would read each document once
   * per key it cites.
   */
  #settleIds(): void {
    const unsettled = new Set<string>();
    for (const key of this.#byKey.keys()) if (!this.#ids.has(key)) unsettled.add(key);
    if (unsettled.size <= FEW_KEYS) return;
    const finder = new TwinFinder();
    for (const doc of this.#docs.values()) for (const r of doc.citations) if (unsettled.has(r.key)) finder.add(r);
    const { twins } = finder;
    for (const key of finder.keys) if (!twins.has(key)) this.#ids.set(key, null);
    // A second pass gathers the citations of the keys with twins, to tell them apart.
    if (twins.size) {
      const byKey = new Map<string, CitationRecord[]>([...twins].map((k) => [k, []]));
      for (const doc of this.#docs.values()) for (const r of doc.citations) byKey.get(r.key)?.push(r);
      for (const [key, records] of byKey) this.#ids.set(key, assignIds(key, records) ?? null);
    }
  }

  /** Every directive id in the workspace. */
  *ids(): IterableIterator<string> {
    for (const key of this.#byKey.keys()) yield* this.idsOfKey(key);
  }

  /**
   * Every citation of a directive, across all documents, in document order: by the citing
   * document's date, then its URI, then position. Cached with what the corpus says (`info`).
   */
  citationsOf(id: string): readonly CitationRecord[] {
    return this.info(id)?.citations ?? [];
  }

  /** A cached info (or, while recounts are deferred, a recent stale one), if any. */
  #cachedInfo(id: string): DirectiveInfo | undefined {
    const cached = this.#infos.get(id);
    if (cached) return cached;
    const stale = this.#stale.get(id);
    if (stale && this.now() - stale.at < this.#recountDelay) return stale.info;
    this.#stale.delete(id);
    const tally = this.#tallies.get(id);
    if (!tally) return undefined;
    const info = viewOf(id, tally);
    this.#infos.set(id, info);
    return info;
  }

  /** What the corpus says about a directive, cached until one of its documents changes. */
  info(id: string): DirectiveInfo | undefined {
    return this.#cachedInfo(id) ?? this.#count(id);
  }

  /**
   * What the corpus says about every directive (workspace symbols, completion, the directive
   * list). Those not cached are counted from one pass over the documents, which gathers their
   * citations per key — asking directive by directive would read each document once per key it cites.
   */
  infos(): DirectiveInfo[] {
    const steps = this.#countMissing(false);
    while (!steps.next().done) { /* counted at once */ }
    // In the order of `ids()`, whatever was cached before.
    const out: DirectiveInfo[] = [];
    for (const key of this.#byKey.keys()) {
      for (const id of this.idsOfKey(key)) {
        const info = this.#cachedInfo(id);
        if (info) out.push(info);
      }
    }
    return out;
  }

  /**
   * Counts every directive not counted yet, as `infos()` does, in steps: the generator yields
   * between documents, between directives and within a much-cited one, for a caller that runs
   * it in slices between requests. It stops when a document changes what it cites meanwhile (what
   * it gathered would be stale; citations that only move are moved in place and keep it right).
   * Returns whether it counted them all.
   */
  *countAll(): Generator<void, boolean, void> {
    return yield* this.#countMissing(true);
  }

  *#countMissing(inSteps: boolean): Generator<void, boolean, void> {
    // Citations that only move are moved in place: the lists gathered stay right.
    const generation = this.#contentGeneration;
    this.#settleIds();
    const missingIds: string[] = [];
    // The keys whose citations are not gathered yet: one pass over the documents gathers them all.
    const fresh = new Map<string, CitationRecord[]>();
    for (const key of this.#byKey.keys()) {
      for (const id of this.idsOfKey(key)) {
        if (this.#cachedInfo(id)) continue;
        missingIds.push(id);
        if (!this.#gathered.has(key)) fresh.set(key, []);
      }
    }
    if (missingIds.length === 0) return true;
    // A few directives (those a keystroke touched) are cheaper to gather one by one.
    if (fresh.size <= FEW_KEYS && !inSteps) fresh.clear();
    let n = 0;
    if (fresh.size) {
      for (const doc of this.#docs.values()) {
        for (const r of doc.citations) fresh.get(r.key)?.push(r);
        if (inSteps && ++n % STEP_DOCUMENTS === 0) {
          yield;
          if (generation !== this.#contentGeneration) return false;
        }
      }
      for (const [key, all] of fresh) this.#gathered.set(key, all);
    }
    for (const id of missingIds) {
      if (inSteps) {
        yield;
        if (generation !== this.#contentGeneration) return false;
      }
      if (!this.#cachedInfo(id)) yield* this.#counting(id, inSteps);
      if (inSteps && generation !== this.#contentGeneration) return false;
    }
    return true;
  }

  #count(id: string): DirectiveInfo | undefined {
    const steps = this.#counting(id, false);
    let r = steps.next();
    while (!r.done) r = steps.next();
    return r.value;
  }

  /**
   * Counts what the corpus says about a directive and caches it. Its citations are grouped by
   * document, the groups sorted by (document date, URI): each document's run is already in text
   * order, so only documents are compared, not citations. `inSteps`: yields between the parts of
   * the work (a directive cited 20,000 times takes 10–20 ms in all), and gives up, caching
   * nothing, when what a document cites changed meanwhile.
   */
  *#counting(id: string, inSteps: boolean): Generator<void, DirectiveInfo | undefined, void> {
    const generation = this.#contentGeneration;
    const key = keyOfId(id);
    const ids = this.#idsOf(key);
    // Without ids the key names one directive, the key itself: any other id has no citation.
    if (!ids && id !== key) return undefined;
    // The directive's citations, document after document, in one array; each document's run of
    // it with its sort key (a directive cited 20,000 times is in 5,000 documents).
    const gathered = this.#citationsOfKey(key);
    const runs: Runs = { all: [], groups: [] };
    // In chunks, each by a plain function: V8 does not optimise a long loop inside a generator
    // while it runs, and a directive's first count is often what a hover waits for.
    const chunk = inSteps ? STEP_CITATIONS : gathered.length;
    for (let from = 0; from < gathered.length; from += chunk) {
      if (from > 0) {
        yield;
        if (generation !== this.#contentGeneration) return undefined;
      }
      addRuns(runs, gathered, from, Math.min(from + chunk, gathered.length), ids, id, this.#docs);
    }
    const { citations, articles } = inDocumentOrder(runs);
    if (citations.length === 0) return undefined;
    // What the full citations say, field by field: their spellings, counted.
    const spellings = FIELDS.map(() => new Map<string, number>());
    for (let from = 0; from < citations.length; from += chunk) {
      if (inSteps && citations.length > STEP_CITATIONS) {
        yield;
        if (generation !== this.#contentGeneration) return undefined;
      }
      countSpellings(spellings, citations, 1, from, Math.min(from + chunk, citations.length));
    }
    const tally: Tally = { citations, documents: runs.groups.length, articles, spellings, group: undefined, shared: false, folds: FIELDS.map(() => new Map()) };
    // A key that names one directive is kept up to date as its documents change (`#patch`), once
    // the first index is complete: before, the next document would drop it, and a key may be taken
    // for one directive for a while (`#invalidate`). After, no ids means no twins.
    if (!ids && this.#recountDelay === 0) {
      tally.group = groupOf(citations);
      this.#tallies.set(key, tally);
    }
    const info = viewOf(id, tally);
    this.#infos.set(id, info);
    return info;
  }

  /**
   * Brings the tally of `key` (a key naming one directive) from document `old` to `neu` (either
   * may be absent): the document's run of citations is taken out and the new one put in its place
   * in document order, and the spellings counted down and up. Returns false, changing nothing,
   * when the new citations name a second term or year (twins: the key is counted afresh) or
   * when no citation is left (the key is dropped like any other).
   */
  #patch(tally: Tally, key: string, old: DocumentFacts | undefined, neu: DocumentFacts | undefined): boolean {
    const added = neu ? neu.citations.filter((r) => r.key === key) : [];
    let group = tally.group;
    for (const r of added) {
      const g = ownGroup(r);
      if (g === undefined) continue;
      if (group === undefined) group = g;
      else if (g !== group) return false;
    }
    let citations = tally.citations;
    const removed = old ? old.citations.filter((r) => r.key === key) : [];
    if (added.length === 0 && removed.length >= citations.length) return false;
    if (removed.length) {
      const at = positionOf(citations, removed[0]!.docDate, old!.uri);
      if (citations[at]?.uri !== old!.uri || citations[at + removed.length - 1]?.uri !== old!.uri) return false;
      if (tally.shared) {
        // A new array: the infos already handed out keep theirs.
        citations = citations.slice(0, at).concat(citations.slice(at + removed.length));
        tally.shared = false;
      } else {
        citations.splice(at, removed.length);
      }
      tally.documents--;
      if (!old!.draft) tally.articles--;
      countSpellings(tally.spellings, removed, -1);
    }
    if (added.length) {
      const at = positionOf(citations, added[0]!.docDate, neu!.uri);
      if (tally.shared) {
        citations = citations.slice();
        tally.shared = false;
      }
      citations.splice(at, 0, ...added);
      tally.documents++;
      if (!neu!.draft) tally.articles++;
      countSpellings(tally.spellings, added, 1);
    }
    tally.citations = citations;
    tally.group = group;
    return true;
  }
}

/**
 * What the corpus says about a directive, as counted: kept for a key that names one directive, and
 * brought up to date when a document citing it changes (once the first index is complete), so
 * that a hover after an edit does not recount a directive cited 20,000 times.
 */
interface Tally {
  /** In document order. */
  citations: CitationRecord[];
  documents: number;
  articles: number;
  /** For each of FIELDS, the spellings the full citations give, with how many give each. */
  readonly spellings: Map<string, number>[];
  /** The term or year its citations name, if any: a citation naming another makes twins. */
  group: string | undefined;
  /**
   * Whether an info handed out holds `citations`: the next change then makes a new array (one copy
   * per request, however many documents change between two: a branch switch).
   */
  shared: boolean;
  /** For each of FIELDS, each spelling's folded form (`sameAs`), worked out once. */
  readonly folds: Map<string, string>[];
}

/** The info a tally says (it holds the tally's citations from now on). */
function viewOf(id: string, tally: Tally): DirectiveInfo {
  const { citations } = tally;
  tally.shared = true;
  let first = citations[0]!;
  for (const c of citations) {
    if (c.form === 'full') {
      first = c;
      break;
    }
  }
  const [canonicals, typeWords, dates, bodies, terms, titles] = FIELDS.map(([, sameAs], i) => mostCommonOf(tally.spellings[i]!, sameAs, tally.folds[i])) as
    [Variant[], Variant[], Variant[], Variant[], Variant[], Variant[]];
  return {
    id,
    key: first.key,
    citations,
    documents: tally.documents,
    articles: tally.articles,
    canonical: canonicals[0]?.value ?? first.canonical,
    kind: first.kind,
    issuerClass: first.issuerClass,
    type: first.type,
    number: first.number,
    typeWords,
    dates,
    bodies,
    terms,
    titles,
  };
}

/** A directive's citations, document after document, and each document's run of them with its sort key. */
interface Runs {
  readonly all: CitationRecord[];
  readonly groups: { date: string; uri: string; draft: boolean; start: number; end: number }[];
}

/**
 * Adds `gathered[from, to)` to `runs`: all of them (`ids` null), or those `ids` gives `id`.
 * The citations of one document are next to each other in `gathered`.
 */
function addRuns(runs: Runs, gathered: readonly CitationRecord[], from: number, to: number,
  ids: Map<CitationRecord, string> | null, id: string, docs: ReadonlyMap<string, DocumentFacts>): void {
  const { all, groups } = runs;
  let last = groups[groups.length - 1];
  for (let i = from; i < to; i++) {
    const r = gathered[i]!;
    if (ids && ids.get(r) !== id) continue;
    if (r.uri !== last?.uri) {
      last = { date: r.docDate ?? '9999', uri: r.uri, draft: docs.get(r.uri)?.draft === true, start: all.length, end: all.length };
      groups.push(last);
    }
    all.push(r);
    last.end = all.length;
  }
}

/** The runs' citations in document order (the runs sorted by document date, then URI), and how many of their documents are articles. */
function inDocumentOrder({ all, groups }: Runs): { citations: CitationRecord[]; articles: number } {
  groups.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  let articles = 0;
  const citations: CitationRecord[] = [];
  for (const g of groups) {
    if (!g.draft) articles++;
    for (let i = g.start; i < g.end; i++) citations.push(all[i]!);
  }
  return { citations, articles };
}

/** The term or year the first citation that names one names (`ownGroup`). */
function groupOf(citations: readonly CitationRecord[]): string | undefined {
  for (const c of citations) {
    const group = ownGroup(c);
    if (group !== undefined) return group;
  }
  return undefined;
}

/**
 * Counts the spellings of `records[from, to)`'s full citations up (`by` 1) or down (-1), each
 * field into its map of `spellings` (in the order of FIELDS), in one pass with each field named:
 * a directive's first count reads every one of its citations. A spelling no citation gives is dropped.
 */
function countSpellings(spellings: readonly Map<string, number>[], records: readonly CitationRecord[], by: 1 | -1,
  from = 0, to = records.length): void {
  const [canonicals, typeWords, dates, bodies, terms, titles] = spellings as [Map<string, number>, Map<string, number>,
    Map<string, number>, Map<string, number>, Map<string, number>, Map<string, number>];
  for (let i = from; i < to; i++) {
    const r = records[i]!;
    if (r.form !== 'full') continue;
    bump(canonicals, r.canonical, by);
    if (r.typeWord !== undefined) bump(typeWords, r.typeWord, by);
    if (r.date !== undefined) bump(dates, r.date, by);
    if (r.body !== undefined) bump(bodies, r.body, by);
    if (r.term !== undefined) bump(terms, r.term, by);
    if (r.title !== undefined) bump(titles, r.title, by);
  }
}

function bump(counts: Map<string, number>, spelling: string, by: 1 | -1): void {
  const n = (counts.get(spelling) ?? 0) + by;
  if (n > 0) counts.set(spelling, n);
  else counts.delete(spelling);
}

/** Where a document of date `docDate` and `uri` is, or goes, among citations in document order (binary search). */
function positionOf(citations: readonly CitationRecord[], docDate: string | undefined, uri: string): number {
  const date = docDate ?? '9999';
  let lo = 0;
  let hi = citations.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = citations[mid]!;
    const d = c.docDate ?? '9999';
    if (d < date || (d === date && c.uri < uri)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The fields of what the corpus says, each with what makes two spellings one variant. */
const FIELDS: readonly (readonly ['canonical' | 'typeWord' | 'date' | 'body' | 'term' | 'title', ((v: string) => string) | undefined])[] = [
  ['canonical', undefined], ['typeWord', sameWords], ['date', undefined], ['body', sameWords], ['term', undefined], ['title', sameTitle],
];

/**
 * Counts values (ignoring undefined), most common first, ties in string order. Values with
 * the same `sameAs` key are one variant, shown as its most frequent spelling.
 */
export function mostCommon(values: readonly (string | undefined)[], sameAs: (v: string) => string = (v) => v): Variant[] {
  // Count exact spellings first (a directive cited 300,000 times has a few hundred), then fold
  // each distinct spelling once.
  const spellings = new Map<string, number>();
  for (const v of values) if (v !== undefined) spellings.set(v, (spellings.get(v) ?? 0) + 1);
  return mostCommonOf(spellings, sameAs);
}

/** `mostCommon` of spellings already counted; `folds` keeps what `sameAs` gave for each. */
function mostCommonOf(spellings: ReadonlyMap<string, number>, sameAs: ((v: string) => string) | undefined, folds?: Map<string, string>): Variant[] {
  const groups = new Map<string, { best: string; bestCount: number; count: number }>();
  for (const [v, n] of spellings) {
    let k = v;
    if (sameAs) {
      const f = folds?.get(v);
      if (f !== undefined) k = f;
      else {
        k = sameAs(v);
        folds?.set(v, k);
      }
    }
    const g = groups.get(k);
    if (!g) groups.set(k, { best: v, bestCount: n, count: n });
    else {
      g.count += n;
      // Ties go to the smaller string, so the answer never depends on the order files were indexed.
      if (n > g.bestCount || (n === g.bestCount && v < g.best)) { g.best = v; g.bestCount = n; }
    }
  }
  const out: Variant[] = [...groups.values()].map((g) => ({ value: g.best, count: g.count }));
  return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Words are the same whatever their case. */
export function sameWords(v: string): string {
  return v.toLowerCase();
}

/** Titles are the same whatever their case, quotes and a leading "về (việc)". */
export function sameTitle(v: string): string {
  return v.toLowerCase().replace(/[“”"]/g, '').replace(/^về\s+(?:việc\s+)?/u, '').trim();
}

/** The distinct symbol keys a document cites. */
function keysOf(facts: DocumentFacts): Set<string> {
  const keys = new Set<string>();
  for (const r of facts.citations) keys.add(r.key);
  return keys;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Whether two versions of a document cite the same things (positions aside). */
/** An editor buffer never saved: no file of the workspace. */
function isUntitled(uri: string): boolean {
  return uri.startsWith('untitled:');
}

function sameContent(a: DocumentFacts, b: DocumentFacts): boolean {
  if (a.docDate !== b.docDate || a.draft !== b.draft || a.citations.length !== b.citations.length) return false;
  const am = a.mentions ?? [];
  const bm = b.mentions ?? [];
  if (am.length !== bm.length) return false;
  for (let i = 0; i < am.length; i++) {
    const x = am[i]!;
    const y = bm[i]!;
    if (x.raw !== y.raw || x.number !== y.number || x.year !== y.year || x.side !== y.side || x.codes.join() !== y.codes.join()) return false;
  }
  for (let i = 0; i < a.citations.length; i++) {
    const x = a.citations[i]!;
    const y = b.citations[i]!;
    if (x.key !== y.key || x.form !== y.form || x.raw !== y.raw || x.typeWord !== y.typeWord || x.date !== y.date
      || x.body !== y.body || x.term !== y.term || x.title !== y.title) return false;
  }
  return true;
}
