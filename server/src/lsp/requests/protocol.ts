/**
 * The custom requests between the VS Code client and the server: method names and parameter and
 * result shapes. Only types and string constants live here, so the client may import it too.
 */
import type { CitingFile, DirectiveTree, PickableDirective } from '../../core/features/directiveList';
import type { StaleCitation } from '../../core/features/superseded';

export type { StaleCitation } from '../../core/features/superseded';

export type { CitingFile, DirectiveEntry, DirectiveTree, DirectiveTypeGroup, PickableDirective } from '../../core/features/directiveList';

/** The index status notification (and request): {@link IndexStatus}. */
export const INDEX_STATUS = 'vanban/indexStatus';

/** Progress of the background index. */
export interface IndexStatus {
  readonly state: 'indexing' | 'ready';
  readonly done: number;
  readonly total: number;
  /** Articles in the workspace (files that are not drafts; untitled documents are not counted). */
  readonly files: number;
  /** Drafts in the workspace (files; see `isDraft`). */
  readonly drafts?: number;
  /** Directives cited by the workspace's files. */
  readonly directives: number;
  /** Files not indexed: too large (`vanban.files.maxSizeMB`), binary or unreadable (the server's log says which). */
  readonly skipped?: number;
}

/** Every cited directive grouped by type word, with counts: no params, answers {@link DirectiveTree}. */
export const DIRECTIVES = 'vanban/directives';

/** The documents and lines citing one directive: {@link DirectiveCitationsParams} → {@link CitingFile}[]. */
export const DIRECTIVE_CITATIONS = 'vanban/directiveCitations';

/** Every directive for the insert-citation picker, most cited first: no params → {@link PickableDirective}[]. */
export const PICKABLE_DIRECTIVES = 'vanban/pickableDirectives';

/** The list of cited directives as Markdown or CSV: {@link ExportCitedListParams} → {@link ExportCitedListResult}. */
export const EXPORT_CITED_LIST = 'vanban/exportCitedList';

/** Every citation of a directive out of force on its text's date: no params → {@link StaleCitation}[]. */
export const SUPERSEDED_CITATIONS = 'vanban/supersededCitations';

/**
 * The other articles citing the directive at a position (what a code lens counts), the first
 * citation in each: {@link CitingArticlesParams} → LSP `Location[]`.
 */
export const CITING_ARTICLES = 'vanban/citingArticles';

/** Parameters of {@link CITING_ARTICLES}. */
export interface CitingArticlesParams {
  readonly uri: string;
  readonly position: { readonly line: number; readonly character: number };
}

/** Parameters of {@link DIRECTIVE_CITATIONS}. */
export interface DirectiveCitationsParams {
  /** A directive id from {@link DIRECTIVES}. */
  readonly id: string;
}

/** Parameters of {@link EXPORT_CITED_LIST}. */
export interface ExportCitedListParams {
  readonly scope: 'document' | 'workspace';
  /** The document, for the document scope. */
  readonly uri?: string;
  /** The document's text as the editor has it (unsaved or untitled); read from disk when absent. */
  readonly text?: string;
  readonly format: 'markdown' | 'csv';
}

/** Result of {@link EXPORT_CITED_LIST}. */
export interface ExportCitedListResult {
  /** The table (Markdown) or the CSV text; empty when nothing is cited. */
  readonly text: string;
  /** How many directives it lists. */
  readonly directives: number;
  /** How many documents it covers. */
  readonly documents: number;
}

/** Shapes of the results, for typed client calls. */
export interface Results {
  readonly [DIRECTIVES]: DirectiveTree;
  readonly [DIRECTIVE_CITATIONS]: CitingFile[];
  readonly [PICKABLE_DIRECTIVES]: PickableDirective[];
  readonly [EXPORT_CITED_LIST]: ExportCitedListResult;
  readonly [SUPERSEDED_CITATIONS]: StaleCitation[];
  readonly [CITING_ARTICLES]: { readonly uri: string; readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } } }[];
}
