/**
 * Documents Vanban writes for the user to read, such as the exported list of cited directives.
 * They are not drafts: their symbols must not count as citations in the tree, the code lenses or
 * the index status, so the language client never tells the server about them.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** Opens scratch documents and remembers them. */
export class ScratchDocuments {
  readonly #uris = new Set<string>();

  /** Whether the server should not see this document. */
  has(uri: vscode.Uri): boolean {
    return this.#uris.has(uri.toString());
  }

  /**
   * Opens a new untitled document named `base` + a number + `ext` (so saving proposes that name,
   * and the language follows the extension) holding `content`, and shows it.
   */
  async open(base: string, ext: string, content: string): Promise<vscode.TextDocument> {
    const taken = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    let uri: vscode.Uri;
    for (let n = 1; ; n++) {
      uri = vscode.Uri.from({ scheme: 'untitled', path: `${base}${n === 1 ? '' : `-${n}`}${ext}` });
      if (!taken.has(uri.toString())) break;
    }
    // Remembered before opening: the language client hears of the document as it opens.
    this.#uris.add(uri.toString());
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), content));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    return doc;
  }

  /** Forgets a closed document. */
  closed(uri: vscode.Uri): void {
    this.#uris.delete(uri.toString());
  }

  /** Language client middleware keeping scratch documents from the server. */
  middleware(): Middleware {
    return {
      didOpen: (doc, next) => (this.has(doc.uri) ? Promise.resolve() : next(doc)),
      didChange: (e, next) => (this.has(e.document.uri) ? Promise.resolve() : next(e)),
      didSave: (doc, next) => (this.has(doc.uri) ? Promise.resolve() : next(doc)),
      didClose: (doc, next) => {
        if (!this.has(doc.uri)) return next(doc);
        this.closed(doc.uri);
        return Promise.resolve();
      },
    };
  }
}
