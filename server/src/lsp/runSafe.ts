/**
 * Every request runs inside `runSafe`: an exception is logged and answered with a fallback, so
 * one failing request never takes the server down; a cancelled request is answered at once.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Logs to the client's output channel (never stdout, which carries the protocol). */
export type Log = (message: string) => void;

let lastRequestAt = -Infinity;

/** When the last request started (`performance.now()`): work that is only for an idle server waits for a quiet moment. */
export function lastRequest(): number {
  return lastRequestAt;
}

/** Runs `fn`, returning `fallback` on error and a cancellation error when cancelled. */
export async function runSafe<T>(log: Log, name: string, fallback: T, token: CancellationToken | undefined, fn: () => T | Promise<T>): Promise<T | ResponseError<void>> {
  lastRequestAt = performance.now();
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  try {
    const result = await fn();
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return result;
  } catch (e) {
    log(`[error] ${name}: ${(e as Error).stack ?? String(e)}`);
    return fallback;
  }
}
