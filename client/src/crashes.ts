/**
 * Tells the user when the language server crashes: it is restarted up to four times within three
 * minutes (as vscode-languageclient does by default) with a warning each time, and on the fifth
 * crash it stays stopped with an error offering to restart it by hand.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy';

/** The command that restarts the server by hand. */
export const RESTART_COMMAND = 'vanban.restartServer';

/** What the crash handler tells the rest of the client. */
export interface CrashEvents {
  /** The server will not be restarted automatically. */
  gaveUp(): void;
}

/** The error handler of the language client. */
export class CrashHandler implements ErrorHandler {
  readonly #policy = new RestartPolicy();

  constructor(readonly events: CrashEvents, readonly now: () => number = Date.now) {}

  /** A read or write error on the connection: keep going for the first few, as the default does. */
  error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  /** The connection closed: the server process ended without being asked to. */
  closed(): CloseHandlerResult {
    const d = this.#policy.crashed(this.now());
    if (d.restart) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The Vanban language server stopped unexpectedly and is being restarted (attempt {0} of {1}).', d.crashes, this.#policy.maxRestarts));
      return { action: CloseAction.Restart, handled: true };
    }
    this.events.gaveUp();
    const restart = vscode.l10n.t('Restart');
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The Vanban language server crashed {0} times in the last 3 minutes and will not be restarted. See the "Vanban" output for details.', d.crashes),
      restart,
    ).then((choice) => { if (choice === restart) void vscode.commands.executeCommand(RESTART_COMMAND); });
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  /** The user restarted the server: past crashes no longer count. */
  reset(): void {
    this.#policy.reset();
  }
}
