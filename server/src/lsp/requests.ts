/**
 * Custom requests the VS Code client uses for its own views and commands (the tree of cited
 * directives, the insert-citation picker, the export of the cited list).
 */
import type { Connection } from 'vscode-languageserver/node';
import type { Locale } from '../core/messages';
import type { Workspace } from './workspace';

/** What custom request handlers can reach. */
export interface RequestContext {
  readonly connection: Connection;
  readonly ws: Workspace;
  readonly locale: () => Locale;
}

/** Registers the custom requests. */
export function registerCustomRequests(_ctx: RequestContext): void {
  // Filled in by the client-views work.
}
