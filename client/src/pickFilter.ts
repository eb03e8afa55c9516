/**
 * Matching for the insert-citation picker: VS Code's own quick-pick filter compares letters with
 * their accents, so "chat doc hoa hoc" would not find "chất độc hóa học". Every word of the query
 * must appear, accents and case ignored, in the symbol, number, type word or title. Pure (no VS
 * Code), so it is unit-tested.
 */

/** What the filter looks at in a directive. */
export interface Searchable {
  readonly symbol: string;
  readonly typeWord?: string | undefined;
  readonly title?: string | undefined;
  readonly body?: string | undefined;
  readonly date?: string | undefined;
}

/** Folds text for matching: accents and marks removed, `đ`/`Đ`/`Ð` → `d`, lower case, dashes folded. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐÐð]/gu, 'd').toLowerCase().replace(/[–—‐−]/gu, '-');
}

/** The folded text a query is matched against. */
export function haystackOf(d: Searchable): string {
  return fold([d.symbol, d.typeWord ?? '', d.title ?? '', d.body ?? '', d.date ?? ''].join(' '));
}

/** Whether every word of `query` occurs in the haystack (an empty query matches everything). */
export function matchesQuery(haystack: string, query: string): boolean {
  return fold(query).split(/\s+/u).filter(Boolean).every((w) => haystack.includes(w));
}
