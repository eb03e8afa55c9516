/**
 * The client's typed access to the server's custom requests. A request made while the server is
 * down (restarting, crashed) is answered with nothing rather than an error dialog: the views
 * simply stay as they are until the next refresh.
 */
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Results } from '../../server/src/lsp/requests/protocol';

export * from '../../server/src/lsp/requests/protocol';

/** Sends custom requests to the server. */
export interface Server {
  /** Sends a request; rejects if the server is not running. */
  request<M extends keyof Results>(method: M, params?: unknown): Promise<Results[M]>;
  /** Whether the server is running. */
  readonly running: boolean;
}

/** The {@link Server} of a language client. */
export function serverOf(client: () => LanguageClient | undefined): Server {
  return {
    request<M extends keyof Results>(method: M, params?: unknown): Promise<Results[M]> {
      const c = client();
      if (!c || !c.isRunning()) return Promise.reject(new Error('the Vanban server is not running'));
      return c.sendRequest(method, params ?? null) as Promise<Results[M]>;
    },
    get running() {
      return client()?.isRunning() ?? false;
    },
  };
}
