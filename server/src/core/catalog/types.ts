/**
 * The values of the catalog: what Vanban knows about one directive (product.md "The catalog"),
 * where each fact sits in the file it came from, and the plain-value facts of the corpus.
 * Every range is a pair of UTF-16 offsets into the raw text of the catalog file.
 */
import type { OffsetRange, Problem, SymbolKey } from '../scan/types';

/** Whether a directive is in force. `statusAt` judges it as of a date; this is the status now. */
export type EntryStatus = 'in-force' | 'superseded' | 'repealed' | 'expired' | 'unknown';

/** How sure the catalog is of an entry: seen in the official text, seen in a reliable source, or believed. */
export type Confidence = 'verified' | 'sourced' | 'believed';

/** How one directive relates to another. Each kind has an inverse the catalog derives. */
export type RelationKind = 'replaces' | 'replacedBy' | 'amends' | 'amendedBy' | 'guides' | 'guidedBy';

/** Where an entry came from; higher sources win (workspace > built-in > corpus). */
export type CatalogOrigin = 'workspace' | 'builtin' | 'corpus';

/** The fields an entry may have in a catalog file. */
export type EntryField =
  | 'symbol' | 'type' | 'number' | 'issuer' | 'body' | 'date' | 'term' | 'locality' | 'title' | 'status'
  | 'statusDate' | 'relations' | 'source' | 'confidence' | 'aliases' | 'notes';

/** The fields a relation may have. */
export type RelationField = 'kind' | 'symbol' | 'date' | 'note';

/** One relation of an entry to another directive. */
export interface Relation {
  readonly kind: RelationKind;
  /** The other directive's symbol, as written in the catalog. */
  readonly symbol: string;
  /** The other directive's symbol key, when the symbol parses. */
  readonly key: SymbolKey;
  /** The day the relation took effect (ISO): for a replacement, the day of the new directive. */
  readonly date?: string;
  readonly note?: string;
  /** True when the catalog inferred this relation from the inverse one of the other entry. */
  readonly derived?: boolean;
  /** Where the relation sits (absent for derived relations and built-in entries read from code). */
  readonly range?: OffsetRange;
  /** Where its `symbol` value sits: go-to-definition starts here. */
  readonly symbolRange?: OffsetRange;
}

/** Where an entry and each of its fields sit in its file. */
export interface EntryRanges {
  /** The whole entry (the mapping). */
  readonly entry: OffsetRange;
  /** Field name → range of the key. */
  readonly keys: Readonly<Partial<Record<EntryField, OffsetRange>>>;
  /** Field name → range of the value. */
  readonly values: Readonly<Partial<Record<EntryField, OffsetRange>>>;
}

/** Everything the catalog knows about one directive. */
export interface CatalogEntry {
  /** The symbol as written in the catalog (`290-QĐ/TW`). */
  readonly symbol: string;
  /** The parsed symbol; `key.key` is the lookup key. */
  readonly key: SymbolKey;
  /** The type word ("Quyết định", "Quy định"), from the file or derived from the type code. */
  readonly type?: string;
  readonly number: number;
  /** Issuer codes joined by `-` (`TW`, `BTCTW-BTGTW`). */
  readonly issuer: string;
  /** The issuing body ("Bộ Chính trị"). */
  readonly body?: string;
  /** Date of issue, ISO `yyyy-mm-dd`. */
  readonly date?: string;
  /** The committee term (khóa) as a Roman numeral ("XI"). */
  readonly term?: string;
  /** For local issuers (`TU`, `HU`, `ĐU`, …): the province or district ("Quảng Ninh"). */
  readonly locality?: string;
  /** The subject, without the leading "về" ("ban hành Quy chế công tác dân vận …"). */
  readonly title?: string;
  /** The status now, as the catalog states it (default `unknown`). */
  readonly status: EntryStatus;
  /** The day `status` took effect, when it is repealed or expired (ISO). */
  readonly statusDate?: string;
  readonly relations: readonly Relation[];
  /** Where the facts come from (a URL or a reference). */
  readonly source?: string;
  readonly confidence?: Confidence;
  /** Other names of the directive ("Nghị quyết Trung ương 7 khóa XI"). */
  readonly aliases: readonly string[];
  readonly notes?: string;
  readonly origin: CatalogOrigin;
  /** The file it came from (`vanban:builtin` for the built-in catalog, `vanban:corpus` for the corpus). */
  readonly uri: string;
  /** Where it sits in that file (absent for corpus entries). */
  readonly ranges?: EntryRanges;
  /** Lower-source entries this one overrides (their facts fill the fields it leaves empty). */
  readonly shadows?: readonly CatalogEntry[];
}

/** The result of parsing one catalog file. */
export interface ParsedCatalog {
  readonly uri: string;
  readonly format: CatalogFormat;
  readonly entries: readonly CatalogEntry[];
  /** Problems inside the catalog file, with ranges in it (codes `catalog-*`). */
  readonly problems: readonly Problem[];
}

/** The two formats of a catalog file. */
export type CatalogFormat = 'yaml' | 'json';

/** A value and how many citations give it. */
export interface Counted {
  readonly value: string;
  readonly count: number;
}

/**
 * What the corpus says of one symbol key: the values its citations give, with counts. The
 * workspace index gathers these; `corpusFactsFrom` builds them from citation records.
 */
export interface CorpusFacts {
  /** The symbol key (`SymbolKey.key`). */
  readonly key: string;
  /** The most common canonical written form. */
  readonly symbol: string;
  /** How many citations, and in how many documents. */
  readonly citations: number;
  readonly documents: number;
  /** The one document citing it, when only one does (it cannot vouch for itself: see `vouchedFor`). */
  readonly soleDocument?: string;
  /** ISO dates. */
  readonly dates: readonly Counted[];
  readonly bodies: readonly Counted[];
  readonly titles: readonly Counted[];
  readonly terms: readonly Counted[];
}
