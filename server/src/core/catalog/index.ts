/**
 * The catalog's public API, for the index, the features and the LSP layer. Pure: catalog file
 * text in (the LSP layer reads the files), entries, problems, resolutions and fixes out.
 */
export type {
  CatalogEntry, CatalogFormat, CatalogOrigin, Confidence, CorpusFacts, Counted, EntryField, EntryRanges, EntryStatus,
  ParsedCatalog, Relation, RelationField, RelationKind,
} from './types';
export { parseCatalog, parseCatalogDate, parseSymbol } from './parse';
export { BUILTIN_CATALOG_YAML, BUILTIN_URI, builtinCatalog } from './builtin';
export {
  Catalog, CorpusAccumulator, corpusFactsFrom, entryTerm, localityKey, sameDirective, statusAt, vouchedFor,
  type CatalogSources, type CitationFacts, type CitationLike, type Resolution, type StatusAt,
} from './resolve';
export {
  ambiguous, anachronism, checkCitation, checkDocument, checkFirstMentions, citationFacts, draftFromCitation, issuerNotAllowed,
  localityOfBody, mismatches, superseded, unknownDirective, type CheckContext, type FileFix,
} from './checks';
export { appendEntryEdit, type EntryDraft } from './append';
export { checkMentions, resolveMention, type MentionFacts, type MentionResolution } from './mentions';
export {
  catalogCompletions, catalogHover, definitionRange, entryAt, relationAt,
  type CatalogCompletion, type CatalogContext, type CatalogFieldHover,
} from './fileFeatures';
export { disagreements, statusText, type Disagreement } from './describe';
export { bodyId, formatCitationDate, fullCitation, sameBody, titleAgrees } from './format';
export { ENTRY_FIELDS, PARTY_TERMS, RELATION_FIELDS, TOP_FIELDS, termOf, type FieldDoc } from './fields';
export { CATALOG_CHECK_CODES, CATALOG_CODE_DEFAULTS, CATALOG_FILE_CODES } from './messages';
export { searchEntries, type EntryQuery } from './search';
