/**
 * The side-bar tree "Văn bản trích dẫn": every directive cited in the workspace, grouped by type
 * word with counts; a directive expands to the files citing it, a file to the lines; clicking a
 * line opens the file there. The server answers the data (`vanban/directives`, then
 * `vanban/directiveCitations` on expand); this file only turns it into tree items.
 */
import * as vscode from 'vscode';
import {
  DIRECTIVE_CITATIONS, DIRECTIVES,
  type CitingFile, type DirectiveEntry, type DirectiveTypeGroup, type Server,
} from './server';

/** The id of the tree view (in the "Vanban" view container). */
export const DIRECTIVES_VIEW = 'vanban.directives';

/** The command refreshing the tree. */
export const REFRESH_COMMAND = 'vanban.refreshDirectives';

type Node =
  | { readonly kind: 'group'; readonly group: DirectiveTypeGroup }
  | { readonly kind: 'directive'; readonly directive: DirectiveEntry }
  | { readonly kind: 'file'; readonly directive: DirectiveEntry; readonly file: CitingFile }
  | { readonly kind: 'citation'; readonly directive: DirectiveEntry; readonly file: CitingFile; readonly citation: CitingFile['citations'][number] };

/** "1 citation" / "3 citations", through the l10n bundle. */
export function citationsText(n: number): string {
  return n === 1 ? vscode.l10n.t('{0} citation', n) : vscode.l10n.t('{0} citations', n);
}

/** "1 article" / "3 articles". */
export function articlesText(n: number): string {
  return n === 1 ? vscode.l10n.t('{0} article', n) : vscode.l10n.t('{0} articles', n);
}

/** "1 article" / "3 articles", and ", 1 draft" when drafts cite it too: drafts are not counted as articles. */
export function documentsText(documents: number, drafts = 0): string {
  if (!drafts) return articlesText(documents);
  const draftsText = drafts === 1 ? vscode.l10n.t('{0} draft', drafts) : vscode.l10n.t('{0} drafts', drafts);
  return documents > drafts ? `${articlesText(documents - drafts)}, ${draftsText}` : draftsText;
}

/** "1 directive" / "3 directives". */
export function directivesText(n: number): string {
  return n === 1 ? vscode.l10n.t('{0} directive', n) : vscode.l10n.t('{0} directives', n);
}

/** Provides the tree's data; refreshes debounced, and only while the view is visible. */
export class DirectiveTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  readonly #view: vscode.TreeView<Node>;
  readonly #disposables: vscode.Disposable[] = [];
  /** Citing files per directive id, fetched on expand, dropped on refresh. */
  #files = new Map<string, Promise<CitingFile[]>>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stale = false;
  /** Whether the last answer had no directive (the message then tells why). */
  #empty = true;
  #indexing: { done: number; total: number } | undefined;

  constructor(readonly server: Server, readonly delayMs = 400) {
    this.#view = vscode.window.createTreeView(DIRECTIVES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.#disposables.push(
      this.#view,
      this.#changed,
      this.#view.onDidChangeVisibility((e) => { if (e.visible && this.#stale) this.refreshNow(); }),
    );
  }

  /**
   * Follows the index status: while the first indexing runs the empty tree says so (rather than
   * "nothing cited"); once it is ready the tree refreshes.
   */
  onIndexStatus(s: { state: 'indexing' | 'ready'; done: number; total: number }): void {
    this.#indexing = s.state === 'indexing' ? { done: s.done, total: s.total } : undefined;
    if (s.state === 'ready') this.refresh();
    else if (this.#empty) this.#view.message = vscode.l10n.t('Indexing the workspace: {0} of {1} files read', s.done, s.total);
  }

  /** Asks for a refresh soon; many calls in a row make one refresh. */
  refresh(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#view.visible) this.refreshNow();
      else this.#stale = true;
    }, this.delayMs);
  }

  /** Refreshes at once. */
  refreshNow(): void {
    this.#stale = false;
    this.#files = new Map();
    this.#changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    try {
      if (!node) {
        const tree = await this.server.request(DIRECTIVES);
        this.#empty = tree.groups.length === 0;
        this.#view.message = !this.#empty ? undefined
          : this.#indexing ? vscode.l10n.t('Indexing the workspace: {0} of {1} files read', this.#indexing.done, this.#indexing.total)
          : vscode.l10n.t('No directive is cited in this workspace yet.');
        this.#view.description = tree.directives > 0 ? directivesText(tree.directives) : undefined;
        return tree.groups.map((group) => ({ kind: 'group', group }));
      }
      if (node.kind === 'group') return node.group.directives.map((directive) => ({ kind: 'directive', directive }));
      if (node.kind === 'directive') return (await this.#filesOf(node.directive.id)).map((file) => ({ kind: 'file', directive: node.directive, file }));
      if (node.kind === 'file') return node.file.citations.map((citation) => ({ kind: 'citation', directive: node.directive, file: node.file, citation }));
      return [];
    } catch {
      // The server is (re)starting: show what it says once it is back.
      if (!node) this.#view.message = vscode.l10n.t('Waiting for the Vanban language server…');
      return [];
    }
  }

  #filesOf(id: string): Promise<CitingFile[]> {
    let p = this.#files.get(id);
    if (!p) {
      p = this.server.request(DIRECTIVE_CITATIONS, { id });
      this.#files.set(id, p);
      p.catch(() => this.#files.delete(id));
    }
    return p;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const g = node.group;
        const item = new vscode.TreeItem(g.typeWord ?? vscode.l10n.t('Other'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `g:${g.typeWord ?? ''}`;
        item.description = `${directivesText(g.directives.length)} · ${citationsText(g.citations)}`;
        item.tooltip = vscode.l10n.t('{0}: {1} cited {2} times in {3} articles', g.typeWord ?? vscode.l10n.t('Other'), directivesText(g.directives.length), g.citations, g.documents);
        item.iconPath = new vscode.ThemeIcon('folder-library');
        item.contextValue = 'vanban.group';
        return item;
      }
      case 'directive': {
        const d = node.directive;
        const item = new vscode.TreeItem(d.symbol, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `d:${d.id}`;
        const out = isOutOfForce(d);
        item.description = [out ? d.statusText : undefined, d.date, `${citationsText(d.citations)} · ${documentsText(d.documents, d.drafts)}`].filter(Boolean).join(' · ');
        item.tooltip = directiveTooltip(d);
        item.iconPath = out ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('law');
        item.contextValue = 'vanban.directive';
        return item;
      }
      case 'file': {
        const f = node.file;
        const item = new vscode.TreeItem(f.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `f:${node.directive.id}:${f.uri}`;
        item.resourceUri = vscode.Uri.parse(f.uri);
        item.description = citationsText(f.citations.length);
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'vanban.file';
        return item;
      }
      case 'citation': {
        const c = node.citation;
        const item = new vscode.TreeItem(vscode.l10n.t('Line {0}', c.range.start.line + 1), vscode.TreeItemCollapsibleState.None);
        item.id = `c:${node.directive.id}:${node.file.uri}:${c.range.start.line}:${c.range.start.character}`;
        item.description = c.form === 'short' ? vscode.l10n.t('{0} (short mention)', c.raw) : c.raw;
        const range = new vscode.Range(c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character);
        item.command = { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [vscode.Uri.parse(node.file.uri), { selection: range } satisfies vscode.TextDocumentShowOptions] };
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'vanban.citation';
        return item;
      }
    }
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    for (const d of this.#disposables) d.dispose();
  }
}

/** Whether the catalog says a directive is no longer in force. */
export function isOutOfForce(d: DirectiveEntry): boolean {
  return d.status === 'superseded' || d.status === 'repealed' || d.status === 'expired';
}

/** What a directive's tooltip says: its type word and symbol, date, issuing body, title and counts. */
function directiveTooltip(d: DirectiveEntry): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**');
  md.appendText(`${d.typeWord ? `${d.typeWord} ` : ''}${d.symbol}`);
  md.appendMarkdown('**\n\n');
  const facts: [string, string | undefined][] = [
    [vscode.l10n.t('Date'), d.date],
    [vscode.l10n.t('Issued by'), d.body],
    [vscode.l10n.t('Issuer code'), d.issuer],
    [vscode.l10n.t('Title'), d.title],
    [vscode.l10n.t('Status'), d.statusText],
  ];
  for (const [k, v] of facts) {
    if (!v) continue;
    md.appendMarkdown(`${k}: `);
    md.appendText(v);
    md.appendMarkdown('  \n');
  }
  md.appendText(vscode.l10n.t('Cited {0} times in {1} articles', d.citations, d.documents));
  return md;
}
