/**
 * The VS Code side of Vanban: starts the language server for plain-text and Markdown documents,
 * forwards settings and file changes, and turns server commands into VS Code UI.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Activates the extension: starts the server and registers the client-side commands. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,yaml,yml,json}');
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'vanban' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'vanban' },
    ],
    synchronize: { configurationSection: 'vanban', fileEvents: watcher },
    initializationOptions: { locale: vscode.env.language },
  };
  client = new LanguageClient('vanban', 'Vanban', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('vanban.showReferences', (uri: string, position: { line: number; character: number }, locations: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]) => {
      const c = client!.protocol2CodeConverter;
      return vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), c.asPosition(position), locations.map((l) => c.asLocation(l)));
    }),
    vscode.commands.registerCommand('vanban.restartServer', async () => {
      await client?.restart();
    }),
  );
  await client.start();
  return { client };
}

/** Stops the server. */
export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
