/**
 * The status-bar item showing the state of the workspace index: a spinner with progress while
 * indexing ("Vanban: 120/500"), then how many articles and directives it knows. Clicking it shows
 * the tree of cited directives.
 */
import * as vscode from 'vscode';
import { DIRECTIVES_VIEW } from './tree';

import { INDEX_STATUS, type IndexStatus } from './server';

export { INDEX_STATUS, type IndexStatus };

/** Owns the status-bar item. */
export class IndexStatusItem implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('vanban.indexStatus', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.#item.name = vscode.l10n.t('Vanban index');
    this.#item.command = `${DIRECTIVES_VIEW}.focus`;
    this.starting();
    this.#item.show();
  }

  /** Before the server has said anything. */
  starting(): void {
    this.#item.text = `$(sync~spin) ${vscode.l10n.t('Vanban: starting')}`;
    this.#item.tooltip = vscode.l10n.t('The Vanban language server is starting');
    this.#item.backgroundColor = undefined;
  }

  /** The server stopped and will not come back by itself. */
  stopped(): void {
    this.#item.text = `$(error) ${vscode.l10n.t('Vanban: stopped')}`;
    this.#item.tooltip = vscode.l10n.t('The Vanban language server has stopped. Run "Vanban: Restart the language server" to start it again.');
    this.#item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  /** Shows a status from the server. */
  update(s: IndexStatus): void {
    this.#item.backgroundColor = undefined;
    if (s.state === 'indexing') {
      this.#item.text = `$(sync~spin) Vanban: ${s.done}/${s.total}`;
      this.#item.tooltip = vscode.l10n.t('Indexing the workspace: {0} of {1} files read', s.done, s.total);
    } else {
      const skipped = s.skipped ?? 0;
      const drafts = s.drafts ?? 0;
      this.#item.text = `Vanban: ${vscode.l10n.t('{0} articles · {1} drafts · {2} directives', s.files, drafts, s.directives)}${skipped ? ` · $(warning) ${skipped}` : ''}`;
      this.#item.tooltip = vscode.l10n.t('{0} articles and {1} drafts indexed, citing {2} directives. Click to show the cited directives.', s.files, drafts, s.directives)
        + (skipped ? `\n${vscode.l10n.t('{0} files skipped: too large (setting vanban.files.maxSizeMB), binary or unreadable. The Vanban output lists them.', skipped)}` : '');
    }
  }

  dispose(): void {
    this.#item.dispose();
  }
}
