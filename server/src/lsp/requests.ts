/**
 * Custom requests the VS Code client uses for its own views and commands (the tree of cited
 * directives, the insert-citation picker, the export of the cited list). Each handler is an
 * adapter over a core function, run safely.
 */
import type { Connection } from 'vscode-languageserver/node';
import { Catalog } from '../core/catalog';
import { citingFiles, directiveTree, pickableDirectives } from '../core/features/directiveList';
import { otherCitingArticles } from '../core/features/codeLens';
import { supersededCitations } from '../core/features/superseded';
import type { Locale } from '../core/messages';
import { exportCitedList, type OpenDocuments } from './requests/exportCitedList';
import {
  CITING_ARTICLES, DIRECTIVE_CITATIONS, DIRECTIVES, EXPORT_CITED_LIST, PICKABLE_DIRECTIVES, SUPERSEDED_CITATIONS,
  type CitingArticlesParams, type DirectiveCitationsParams, type ExportCitedListParams,
} from './requests/protocol';
import { toLspLocation } from './convert';
import { runSafe } from './runSafe';
import type { Workspace } from './workspace';

/** What custom request handlers can reach. */
export interface RequestContext {
  readonly connection: Connection;
  readonly ws: Workspace;
  readonly locale: () => Locale;
  /** The open documents (the editor's unsaved text); without it the export reads files from disk. */
  readonly documents?: OpenDocuments;
  /**
   * The merged catalog (workspace files, built-in, corpus) the other features use; without it the
   * lists use the built-in catalog alone.
   */
  readonly catalog?: () => Catalog | undefined;
}

/** Registers the custom requests. */
export function registerCustomRequests(ctx: RequestContext): void {
  const { connection, ws } = ctx;
  const log = (m: string) => connection.console.log(m);
  let builtin: Catalog | undefined;
  const options = () => ({ catalog: ctx.catalog?.() ?? (builtin ??= Catalog.create({})), locale: ctx.locale() });

  connection.onRequest(DIRECTIVES, (_p: unknown, token) =>
    runSafe(log, DIRECTIVES, { groups: [], directives: 0, files: 0 }, token, () => directiveTree(ws.index, options())));

  connection.onRequest(DIRECTIVE_CITATIONS, (p: DirectiveCitationsParams, token) =>
    runSafe(log, DIRECTIVE_CITATIONS, [], token, () => citingFiles(ws.index, p.id, ws.displayName)));

  connection.onRequest(CITING_ARTICLES, (p: CitingArticlesParams, token) =>
    runSafe(log, CITING_ARTICLES, [], token, () => {
      const doc = ctx.documents?.get(p.uri);
      return doc ? otherCitingArticles(ws.index, p.uri, doc.offsetAt(p.position)).map(toLspLocation) : [];
    }));

  connection.onRequest(PICKABLE_DIRECTIVES, (_p: unknown, token) =>
    runSafe(log, PICKABLE_DIRECTIVES, [], token, () => pickableDirectives(ws.index, options())));

  connection.onRequest(SUPERSEDED_CITATIONS, (_p: unknown, token) =>
    runSafe(log, SUPERSEDED_CITATIONS, [], token, () => supersededCitations(ws.index, options().catalog, ctx.locale(), ws.config.locality ? { locality: ws.config.locality } : {})));

  connection.onRequest(EXPORT_CITED_LIST, (p: ExportCitedListParams, token) =>
    runSafe(log, EXPORT_CITED_LIST, { text: '', directives: 0, documents: 0 }, token, () => exportCitedList(ws, ctx.documents, options().catalog, ctx.locale(), p)));
}
