/**
 * The workspace's directives as lists for the client's views: the side-bar tree (directives grouped
 * by type word, with counts, and on expand the citing files and lines) and the insert-citation
 * picker (every directive the corpus or the catalog knows, with its full and short citation, those
 * out of force last, then the most cited first). Where the catalog knows a cited directive, its
 * facts and status win over what the citations say.
 */
import type { Catalog, CatalogEntry, EntryStatus } from '../catalog';
import { statusText } from '../catalog';
import type { Locale } from '../messages';
import type { DirectiveFacts } from '../report/citedList';
import { showIsoDate } from '../dateText';
import { typeWordFor, typeWordOf } from '../scan/vocabulary';
import { describeIssuers, issuerInfo, issuersOfKey } from '../scan/issuers';
import type { PosRange } from '../index/facts';
import type { DirectiveInfo, WorkspaceIndex } from '../index/workspaceIndex';
import { formatCitation } from './citationText';

/** One directive as the tree and the picker show it. */
export interface DirectiveEntry {
  /** The directive id (symbol key plus what tells twins apart), for follow-up requests. */
  readonly id: string;
  /** The symbol as most citations write it (`290-QĐ/TW`). */
  readonly symbol: string;
  /** The canonical type word (`Quyết định`), or undefined when neither the citations nor the code say. */
  readonly typeWord: string | undefined;
  /** The date as the citations most often give it, written by the report rule (`showIsoDate`). */
  readonly date: string | undefined;
  readonly body: string | undefined;
  /** The issuer codes of its symbol with their names ("BCĐ — Ban Chỉ đạo"), from the issuer vocabulary. */
  readonly issuer?: string;
  readonly title: string | undefined;
  /** Citations, short mentions included. */
  readonly citations: number;
  /** Distinct documents citing it. */
  readonly documents: number;
  /** How many of them are drafts (the others are articles). */
  readonly drafts?: number;
  /** The status now, when the catalog knows the directive. */
  readonly status?: EntryStatus | undefined;
  /** The status in words ("bị thay thế bởi 23-QĐ/TW từ ngày 30/7/2021"), when the catalog knows it. */
  readonly statusText?: string | undefined;
}

/** Where the lists find the catalog, and the language of status texts. */
export interface ListOptions {
  readonly catalog?: Catalog | undefined;
  readonly locale?: Locale;
}

/** A type word and its directives. */
export interface DirectiveTypeGroup {
  /** The canonical type word; undefined for directives of no known type (the client names the group). */
  readonly typeWord: string | undefined;
  readonly directives: readonly DirectiveEntry[];
  /** Citations of all its directives. */
  readonly citations: number;
  /** Distinct documents citing any of its directives. */
  readonly documents: number;
}

/** The tree's root: every cited directive, grouped by type word. */
export interface DirectiveTree {
  readonly groups: readonly DirectiveTypeGroup[];
  /** Distinct directives in the workspace. */
  readonly directives: number;
  /** Indexed documents (those citing nothing included). */
  readonly files: number;
}

/** One document citing a directive, with the citations in it. */
export interface CitingFile {
  readonly uri: string;
  /** The path relative to its workspace folder. */
  readonly name: string;
  readonly citations: readonly { readonly range: PosRange; readonly raw: string; readonly form: import('../scan/types').CitationForm }[];
}

/** A directive as the insert-citation picker offers it. */
export interface PickableDirective extends DirectiveEntry {
  /** "Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị …". */
  readonly full: string;
  /** "Quyết định số 290-QĐ/TW". */
  readonly short: string;
}

/**
 * The type word a directive is filed under: the one its citations most often use when it agrees
 * with the symbol's code ("Thông báo kết luận" for a TB), otherwise the usual word for the code
 * (a citation saying "Quyết định số 34-NQ/TW" does not move a resolution among decisions).
 */
export function typeWordOfDirective(info: Pick<DirectiveInfo, 'typeWords' | 'type' | 'kind'>): string | undefined {
  for (const v of info.typeWords) {
    const t = typeWordOf(v.value);
    if (t && (info.type === undefined ? t.codes.length === 0 : t.codes.includes(info.type))) return t.word;
  }
  return typeWordFor(info.type, info.kind === 'party' ? 'party' : 'state');
}

/** The vocabulary's name of a directive's first issuer, when it knows it. */
function issuerNameOf(info: DirectiveInfo, locale: Locale): string | undefined {
  const { codes, shape } = issuersOfKey(info.key, info.type);
  return codes[0] === undefined ? undefined : issuerInfo(codes[0], shape)?.[locale];
}

/** What the tree and the picker show of a directive, with the catalog's facts when it knows it. */
function entryOf(info: DirectiveInfo, known?: Known, locale: Locale = 'vi'): DirectiveEntry {
  const issuer = describeIssuers(info.key, info.type, locale, locale === 'vi' ? 'chưa rõ' : 'unknown');
  const e = known?.entry;
  const iso = e?.date ?? info.dates[0]?.value;
  const title = e?.title ? `về ${e.title}` : info.titles[0]?.value;
  return {
    id: info.id,
    symbol: info.canonical,
    typeWord: typeWordOf(e?.type ?? '')?.word ?? typeWordOfDirective(info),
    date: iso && showIsoDate(iso),
    // When no citation names the body, the issuer code does for a body of its own ("Ban Chỉ đạo",
    // "Bộ Tài chính"); a committee's code alone ("Tỉnh ủy") says too little to stand for it.
    body: e?.body ?? info.bodies[0]?.value ?? (info.issuerClass !== 'party-committee' ? issuerNameOf(info, locale) : undefined),
    ...(issuer && { issuer }),
    title,
    citations: info.citations.length,
    documents: info.documents,
    ...(info.documents > info.articles && { drafts: info.documents - info.articles }),
    ...(known && { status: known.status, statusText: known.statusText }),
  };
}

/** A catalog entry with its status now. */
interface Known {
  readonly entry: CatalogEntry;
  readonly status: EntryStatus;
  readonly statusText: string | undefined;
}

function known(catalog: Catalog, entry: CatalogEntry, locale: Locale): Known {
  const st = catalog.statusAt(entry);
  const status = st.status === 'not-yet-issued' ? 'unknown' : st.status;
  return { entry, status, statusText: status === 'unknown' ? undefined : statusText(st, locale) };
}

/**
 * The catalog entry a cited directive is, resolved from what its fullest citation says (date,
 * term, the citing document's date). Entries the catalog only learnt from the corpus add nothing.
 */
function catalogEntryOf(catalog: Catalog, info: DirectiveInfo): CatalogEntry | undefined {
  const first = info.citations.find((c) => c.form === 'full' && c.date) ?? info.citations[0];
  const date = info.dates[0]?.value;
  const term = info.terms[0]?.value;
  const r = catalog.resolve({ key: info.key, ...(date && { date }), ...(term && { term }), ...(first?.docDate && { documentDate: first.docDate }) });
  return 'entry' in r && r.entry.origin !== 'corpus' ? r.entry : undefined;
}

/** Vietnamese collation; one collator, since `localeCompare` with a locale builds one per call. */
const VI = new Intl.Collator('vi');

/** Most cited first; ties by number, then symbol, so the order is stable. */
function byCitations(a: DirectiveEntry & { number?: number }, b: DirectiveEntry & { number?: number }): number {
  return b.citations - a.citations || (a.number ?? 0) - (b.number ?? 0) || VI.compare(a.symbol, b.symbol) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const OUT_OF_FORCE: ReadonlySet<EntryStatus | undefined> = new Set(['superseded', 'repealed', 'expired']);

/** Directives out of force last; then the most cited; among equals, those known in force first. */
function byForceThenCitations(a: DirectiveEntry & { number?: number }, b: DirectiveEntry & { number?: number }): number {
  return Number(OUT_OF_FORCE.has(a.status)) - Number(OUT_OF_FORCE.has(b.status))
    || b.citations - a.citations
    || Number(b.status === 'in-force') - Number(a.status === 'in-force')
    || byCitations(a, b);
}

/**
 * Every directive cited in the workspace, grouped by type word. Groups come most cited first
 * (ties alphabetically, the unnamed group last); directives within a group likewise.
 */
export function directiveTree(index: WorkspaceIndex, options: ListOptions = {}): DirectiveTree {
  const { catalog, locale = 'vi' } = options;
  const groups = new Map<string, { typeWord: string | undefined; entries: (DirectiveEntry & { number: number })[]; uris: Set<string> }>();
  let count = 0;
  for (const info of index.infos()) {
    count++;
    const e = catalog && catalogEntryOf(catalog, info);
    const entry = { ...entryOf(info, catalog && e ? known(catalog, e, locale) : undefined, locale), number: info.number };
    const k = entry.typeWord ?? '';
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { typeWord: entry.typeWord, entries: [], uris: new Set() }));
    g.entries.push(entry);
    for (const c of info.citations) g.uris.add(c.uri);
  }
  const out: DirectiveTypeGroup[] = [...groups.values()].map((g) => ({
    typeWord: g.typeWord,
    directives: g.entries.sort(byCitations).map(({ number: _n, ...e }) => e),
    citations: g.entries.reduce((n, e) => n + e.citations, 0),
    documents: g.uris.size,
  }));
  out.sort((a, b) => (a.typeWord === undefined ? 1 : 0) - (b.typeWord === undefined ? 1 : 0)
    || b.citations - a.citations
    || VI.compare(a.typeWord ?? '', b.typeWord ?? ''));
  return { groups: out, directives: count, files: index.documentCount };
}

/** The documents citing a directive (by their name), each with its citations in text order. */
export function citingFiles(index: WorkspaceIndex, id: string, displayName: (uri: string) => string): CitingFile[] {
  const byUri = new Map<string, CitingFile['citations'][number][]>();
  for (const r of index.citationsOf(id)) {
    let list = byUri.get(r.uri);
    if (!list) byUri.set(r.uri, (list = []));
    list.push({ range: r.range, raw: r.raw, form: r.form });
  }
  return [...byUri.entries()]
    .map(([uri, citations]) => ({ uri, name: displayName(uri), citations: citations.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character) }))
    .sort((a, b) => VI.compare(a.name, b.name));
}

/**
 * Every directive with its full and short citation, for the insert-citation picker: those the
 * workspace cites and those only the catalog knows; out of force last, then most cited first.
 */
export function pickableDirectives(index: WorkspaceIndex, options: ListOptions = {}): PickableDirective[] {
  const { catalog, locale = 'vi' } = options;
  const used = new Set<CatalogEntry>();
  const out: (PickableDirective & { number: number })[] = [];
  for (const info of index.infos()) {
    const e = catalog && catalogEntryOf(catalog, info);
    if (e) used.add(e);
    const k = catalog && e ? known(catalog, e, locale) : undefined;
    const entry = entryOf(info, k, locale);
    const iso = e?.date ?? info.dates[0]?.value;
    const term = e ? (e.body && /Ban Chấp hành Trung ương/iu.test(e.body) ? e.term : undefined) : info.terms[0]?.value;
    out.push({ ...entry, number: info.number, ...citationsOf(entry, iso, term) });
  }
  if (catalog) {
    for (const e of catalog.entries()) {
      if (e.origin === 'corpus' || used.has(e)) continue;
      const k = known(catalog, e, locale);
      const entry: DirectiveEntry = {
        id: `catalog:${e.key.key}@${e.date ?? e.term ?? e.locality ?? ''}`,
        symbol: e.symbol,
        typeWord: typeWordOf(e.type ?? '')?.word ?? typeWordFor(e.key.type, e.key.kind === 'party' ? 'party' : 'state'),
        date: e.date && showIsoDate(e.date),
        body: e.body,
        title: e.title && `về ${e.title}`,
        citations: 0,
        documents: 0,
        status: k.status,
        statusText: k.statusText,
      };
      const term = e.body && /Ban Chấp hành Trung ương/iu.test(e.body) ? e.term : undefined;
      out.push({ ...entry, number: e.number, ...citationsOf(entry, e.date, term) });
    }
  }
  return out.sort(byForceThenCitations).map(({ number: _n, ...p }) => p);
}

/** The full and short citation of an entry. */
function citationsOf(e: DirectiveEntry, isoDate: string | undefined, term: string | undefined): { full: string; short: string } {
  return {
    full: formatCitation({ typeWord: e.typeWord, symbol: e.symbol, date: isoDate, body: e.body, term: bodyTerm(e.body, term), title: e.title && inSentence(e.title) }),
    short: formatCitation({ typeWord: e.typeWord, symbol: e.symbol }),
  };
}

/**
 * What the catalog says of the given symbol keys, for the cited list: type word, date, issuing
 * body, term, title (as "về …", the way citations give it) and status now in words. Keys the
 * catalog does not know, or knows as several directives (twins), get nothing.
 */
export function catalogFacts(catalog: Catalog, keys: Iterable<string>, locale: Locale): Map<string, DirectiveFacts> {
  const out = new Map<string, DirectiveFacts>();
  for (const key of keys) {
    const entries = catalog.lookup(key).filter((e) => e.origin !== 'corpus');
    if (entries.length !== 1) continue;
    const e = entries[0]!;
    const k = known(catalog, e, locale);
    out.set(key, {
      ...(e.type && { typeWord: e.type }),
      ...(e.date && { date: e.date }),
      ...(e.body && { body: e.body }),
      ...(e.term && e.body && /Ban Chấp hành Trung ương/iu.test(e.body) && !/khóa|khoá/iu.test(e.body) && { term: e.term }),
      ...(e.title && { title: `về ${e.title}` }),
      ...(k.statusText && { status: k.statusText }),
    });
  }
  return out;
}

/**
 * A title as it continues the sentence: quoted titles often start "Về …" with a capital, which
 * reads wrong after "của Bộ Chính trị"; the phrase is written "về …" there.
 */
export function inSentence(title: string): string {
  return title.replace(/^Về(?=[ \t\u00A0])/u, 'về');
}

/** The term to write after the body, unless the body already says it ("… Trung ương Đảng (khóa XI)"). */
function bodyTerm(body: string | undefined, term: string | undefined): string | undefined {
  if (!term) return undefined;
  return body && /khóa|khoá/iu.test(body) ? undefined : term;
}
