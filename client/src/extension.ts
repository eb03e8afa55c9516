/**
 * The VS Code side of Vanban: starts the language server for plain-text and Markdown documents,
 * forwards settings and file changes, and turns server commands into VS Code UI — the tree of
 * cited directives, the index status, the report and citation commands.
 */
import { FIND_SUPERSEDED, findSuperseded } from './commands/findSuperseded';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { EXPORT_CITED, exportCitedList, type ExportOptions } from './commands/exportCitedList';
import { INSERT_CITATION, insertCitation, type CitationChoice } from './commands/insertCitation';
import { NEW_REPORT, newReport } from './commands/newReport';
import { CrashHandler, RESTART_COMMAND } from './crashes';
import { ScratchDocuments } from './scratch';
import { CITING_ARTICLES, serverOf, type CitingArticlesParams } from './server';
import { INDEX_STATUS, IndexStatusItem, type IndexStatus } from './status';
import { DirectiveTreeProvider, REFRESH_COMMAND } from './tree';

let client: LanguageClient | undefined;

/** The languages whose edits may change what the workspace cites. */
const LANGUAGES = new Set(['plaintext', 'markdown', 'vanban']);

/** Activates the extension: starts the server and registers the client-side views and commands. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,vanban,baocao,yaml,yml,json}');
  context.subscriptions.push(watcher);
  const status = new IndexStatusItem();
  const crashes = new CrashHandler({ gaveUp: () => status.stopped() });
  const scratch = new ScratchDocuments();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'vanban' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'vanban' },
      { scheme: 'file', pattern: '**/vanban.catalog.{yaml,yml,json}' },
    ],
    synchronize: { configurationSection: 'vanban', fileEvents: watcher },
    // The persistent index cache lives in the extension's storage for this workspace.
    initializationOptions: { locale: vscode.env.language, cacheDir: vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, 'index').fsPath },
    errorHandler: crashes,
    middleware: scratch.middleware(),
  };
  const c = new LanguageClient('vanban', 'Vanban', serverOptions, clientOptions);
  client = c;
  const server = serverOf(() => client);
  const tree = new DirectiveTreeProvider(server);
  context.subscriptions.push(status, tree);

  c.onNotification(INDEX_STATUS, (s: IndexStatus) => {
    status.update(s);
    // While indexing the tree would be rebuilt every batch; the final status refreshes it once.
    tree.onIndexStatus(s);
  });
  context.subscriptions.push(
    c.onDidChangeState((e) => {
      if (e.newState === State.Starting) status.starting();
      if (e.newState === State.Running) {
        // The first status may have been sent before the notification handler was in place.
        void c.sendRequest<IndexStatus | null>(INDEX_STATUS).then((s) => {
          if (s) status.update(s);
          if (s) tree.onIndexStatus(s);
          else tree.refresh();
        }, () => undefined);
      }
    }),
    watcher.onDidCreate(() => tree.refresh()),
    watcher.onDidChange(() => tree.refresh()),
    watcher.onDidDelete(() => tree.refresh()),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length && LANGUAGES.has(e.document.languageId)) tree.refresh(); }),
    vscode.workspace.onDidCloseTextDocument((d) => { if (LANGUAGES.has(d.languageId)) tree.refresh(); }),
  );

  context.subscriptions.push(
    // A code lens carries only where it is: the articles it counts are asked for when it is clicked.
    vscode.commands.registerCommand('vanban.showCitingArticles', async (uri: string, position: { line: number; character: number }) => {
      if (!client) return;
      const conv = client.protocol2CodeConverter;
      const locations = await server.request(CITING_ARTICLES, { uri, position } satisfies CitingArticlesParams);
      return vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), conv.asPosition(position), locations.map((l) => conv.asLocation(l)));
    }),
    vscode.commands.registerCommand(RESTART_COMMAND, async () => {
      crashes.reset();
      status.starting();
      await client?.restart();
    }),
    vscode.commands.registerCommand(REFRESH_COMMAND, () => tree.refreshNow()),
    vscode.commands.registerCommand(NEW_REPORT, (name?: string) => newReport(context.extensionUri, typeof name === 'string' ? name : undefined)),
    vscode.commands.registerCommand(INSERT_CITATION, (arg?: unknown) => insertCitation(server, choiceOf(arg))),
    vscode.commands.registerCommand(FIND_SUPERSEDED, (options?: { pick?: boolean }) => findSuperseded(server, options && typeof options === 'object' ? options : {})),
    vscode.commands.registerCommand(EXPORT_CITED, (options?: ExportOptions) => exportCitedList(server, scratch, options && typeof options === 'object' && !(options instanceof vscode.Uri) ? options : {})),
  );
  await c.start();
  return { client: c };
}

/**
 * The directive a command argument names: `{ id, form? }` from tests and keybindings, or a
 * directive node of the tree (its context menu). Menus elsewhere pass a URI or nothing.
 */
function choiceOf(x: unknown): CitationChoice | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const node = x as { id?: unknown; form?: unknown; kind?: unknown; directive?: { id?: unknown } };
  if (node.kind === 'directive' && typeof node.directive?.id === 'string') return { id: node.directive.id };
  if (typeof node.id !== 'string') return undefined;
  return node.form === 'full' || node.form === 'short' ? { id: node.id, form: node.form } : { id: node.id };
}

/** Stops the server. */
export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
