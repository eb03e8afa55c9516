/**
 * Which directive a citation means. A symbol is not an identity (domain.md §1): Party numbers
 * restart every term (`18-NQ/TW` is a 2017 and a 2022 resolution), administrative state numbers
 * restart every year. A directive is the symbol key plus what tells such twins apart — the term
 * for Party documents, the year for administrative state documents and for those of the Front and
 * the mass organisations — taken from the citation's own date or term, else from the citing
 * document's date.
 */
import { PARTY_TERMS, termOf } from '../catalog/fields';
import type { CitationRecord } from './facts';

export { PARTY_TERMS, termOf };

const TERM_ORDER = new Map(PARTY_TERMS.map((t, i) => [t.term, i]));

/**
 * How the numbers of a citation's issuer restart, which says what tells twins apart: the Party's
 * term for the Party's committees and bodies; the year for administrative state documents and
 * for the Front and the mass organisations, whose congress terms are not the Party's (their
 * numbers repeat only in another term, so another year: grouping by year never merges two of
 * their documents); nothing for legal documents, unique as written.
 */
type Numbering = 'term' | 'year' | 'unique';

function numbering(r: Pick<CitationRecord, 'kind' | 'issuerClass'>): Numbering {
  if (r.kind === 'party') return r.issuerClass === 'front' ? 'year' : 'term';
  return r.kind === 'state-admin' ? 'year' : 'unique';
}

/** The group a citation names by itself (term or year), or undefined when it does not say. */
export function ownGroup(r: CitationRecord): string | undefined {
  const n = numbering(r);
  if (n === 'term') {
    if (r.term && TERM_ORDER.has(r.term)) return r.term;
    return r.date ? termOf(r.date) : undefined;
  }
  if (n === 'year') return r.date?.slice(0, 4);
  return undefined;
}

function groupOfDate(n: Numbering, iso: string): string | undefined {
  return n === 'term' ? termOf(iso) : n === 'year' ? iso.slice(0, 4) : undefined;
}

function order(n: Numbering, group: string): number {
  return n === 'term' ? (TERM_ORDER.get(group) ?? -1) : Number(group);
}

/**
 * Finds the keys whose citations name more than one group (twins to tell apart), citation by
 * citation, for one key or for every key of a workspace in one pass.
 */
export class TwinFinder {
  /** Every key seen. */
  readonly keys = new Set<string>();
  /** The keys seen naming a second group. */
  readonly twins = new Set<string>();
  readonly #group = new Map<string, string>();

  add(r: CitationRecord): void {
    this.keys.add(r.key);
    if (this.twins.has(r.key)) return;
    const g = ownGroup(r);
    if (g === undefined) return;
    const first = this.#group.get(r.key);
    if (first === undefined) this.#group.set(r.key, g);
    else if (g !== first) this.twins.add(r.key);
  }
}

/** Whether citations of one key name more than one group; stops at the second group. */
export function hasTwins(lists: Iterable<readonly CitationRecord[]>): boolean {
  const finder = new TwinFinder();
  for (const list of lists) {
    for (const r of list) {
      finder.add(r);
      if (finder.twins.size) return true;
    }
  }
  return false;
}

/** The suffix of an id for citations that cannot be told apart. */
export const AMBIGUOUS = '?';

/**
 * Assigns a directive id to every citation of one symbol key. When the workspace knows only one
 * directive under the key, the id is the key itself; otherwise `key#group`, and undated citations
 * go to the latest group issued on or before their document's date (the one in force then), or
 * to `key#?` when that cannot be decided. Returns undefined when every citation's id is the key.
 */
export function assignIds(key: string, records: readonly CitationRecord[]): Map<CitationRecord, string> | undefined {
  const own = records.map(ownGroup);
  const groups = [...new Set(own.filter((g): g is string => g !== undefined))];
  // Most keys name one directive: no map of a quarter million entries saying so.
  if (groups.length <= 1) return undefined;
  const ids = new Map<CitationRecord, string>();
  const n = numbering(records[0]!);
  groups.sort((a, b) => order(n, a) - order(n, b));
  // One id string per group, and the group a citation without one of its own takes per document
  // date: a directive cited 20,000 times has a few of each.
  const idOf = new Map<string | undefined, string>();
  const byDocDate = new Map<string, string | undefined>();
  records.forEach((r, i) => {
    let g = own[i];
    if (g === undefined && r.docDate) {
      if (byDocDate.has(r.docDate)) g = byDocDate.get(r.docDate);
      else {
        const docGroup = groupOfDate(n, r.docDate);
        if (docGroup !== undefined) {
          const limit = order(n, docGroup);
          g = groups.filter((x) => order(n, x) <= limit).pop();
        }
        byDocDate.set(r.docDate, g);
      }
    }
    let id = idOf.get(g);
    if (id === undefined) idOf.set(g, (id = `${key}#${g ?? AMBIGUOUS}`));
    ids.set(r, id);
  });
  return ids;
}

/** The symbol key of a directive id. */
export function keyOfId(id: string): string {
  const hash = id.indexOf('#');
  return hash < 0 ? id : id.slice(0, hash);
}
