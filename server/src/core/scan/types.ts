/**
 * The values the scanner produces. Every range is a pair of UTF-16 offsets into the raw text of
 * the document (what LSP counts), never into a normalised copy.
 */

/** A half-open range `[start, end)` of UTF-16 offsets in the raw text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** One text replacement, in raw offsets. */
export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

/**
 * The three numbering systems of domain.md §1, which decide a directive's identity: `party`
 * (numbers restart every term: Party committees and bodies, the Front and mass organisations),
 * `state-legal` (unique as written) and `state-admin` (numbers restart every year, per agency).
 * Who issued it is `SymbolKey.issuerClass`.
 */
export type DirectiveKind = 'party' | 'state-legal' | 'state-admin';

export type { IssuerClass } from './issuers';

/** What a symbol means, independent of how it was written. */
export interface SymbolKey {
  readonly kind: DirectiveKind;
  /** The number as an integer (`05` and `5` are the same). */
  readonly number: number;
  /** The type code (`QĐ`, `NQ`, `CT`, …); `QĐi` is folded to `QĐ`; undefined for laws and công văn. */
  readonly type: string | undefined;
  /** Issuer codes, lookalikes folded (`TƯ` → `TW`, `Ð` → `Đ`). */
  readonly issuers: readonly string[];
  /** Year, for state legal documents (`30/2020/NĐ-CP`). */
  readonly year?: number;
  /** Extra suffix after the issuer (`919-CV/VPTW/nb` → `nb`). */
  readonly suffix?: string;
  /** The lookup key: the canonical symbol with the number as an integer. */
  readonly key: string;
  /** The canonical written form, keeping the digits as written. */
  readonly canonical: string;
  /** Who issued it, by the issuer vocabulary (`issuers.ts`): `unknown` when no row knows the code. */
  readonly issuerClass: import('./issuers').IssuerClass;
}

/** A part of the context around a symbol: where it is, what it says, and what it means. */
export interface Part<T = string> {
  readonly range: OffsetRange;
  readonly text: string;
  readonly value: T;
}

/** A date as written, and the ISO date it means when it is a real calendar date. */
export interface DateValue {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /** `yyyy-mm-dd`, or undefined when the date does not exist (31/02/2020). */
  readonly iso: string | undefined;
}

/** A fix the user can apply: a list of edits and what to call it. */
export interface Fix {
  /** Stable identifier of the kind of fix, used to title it in the user's language. */
  readonly kind: string;
  /** Values the title mentions. */
  readonly args: Readonly<Record<string, string>>;
  readonly edits: readonly TextEdit[];
  /** Whether this is the fix to apply when the user asks for "fix all". */
  readonly preferred?: boolean;
}

/** Something wrong the scanner noticed, as a value with a stable code. */
export interface Problem {
  readonly code: string;
  readonly range: OffsetRange;
  /** Values the message mentions. */
  readonly args: Readonly<Record<string, string>>;
  readonly fixes: readonly Fix[];
}

/** A reference to a directive: a full symbol with its context, or a short mention ("Chỉ thị 43"). */
export interface Citation {
  /** `full`: the symbol is written; `short`: type word and number only, linked to a full citation. */
  readonly form: 'full' | 'short';
  /** The symbol as written (full), or the short mention as written. */
  readonly range: OffsetRange;
  readonly raw: string;
  readonly symbol: SymbolKey;
  /** The whole citation, from the type word to the end of the title. */
  readonly span: OffsetRange;
  /** The type word before the symbol, with its canonical spelling as value ("Quyết định"). */
  readonly typeWord?: Part;
  /** "số", when written. */
  readonly so?: OffsetRange;
  readonly date?: Part<DateValue>;
  /** Issuing body as written after "của" (value: the body, without "của"). */
  readonly body?: Part;
  /** Term (khóa) as a Roman numeral ("XI"). */
  readonly term?: Part;
  /** Title: "về …" as written, or the text inside quotes. */
  readonly title?: Part;
  /**
   * For later mentions: the index (in `ScanResult.citations`) of the full citation it refers to.
   * Set on every short mention, and on a full citation that repeats the symbol of an earlier one
   * (same key, and the same date and term where it states them). The target is always a full citation with
   * no `refersTo` of its own.
   */
  readonly refersTo?: number;
  readonly problems: readonly Problem[];
}

/** Everything the scanner finds in one document. */
export interface ScanResult {
  /** Full and short citations, in text order. */
  readonly citations: readonly Citation[];
  /** Problems of the document as a whole (NFD, zero-width characters). Citation problems live on citations. */
  readonly problems: readonly Problem[];
  /** The date of the document itself, when the text states one. */
  readonly documentDate?: Part<DateValue>;
}
