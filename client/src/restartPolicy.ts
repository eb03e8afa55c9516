/**
 * When to restart a crashed language server: like vscode-languageclient's default (restart up to
 * four times; give up at the fifth crash within three minutes), but as a value the client can
 * report to the user. Pure (no VS Code), so it is unit-tested.
 */

/** What to do after a crash. */
export interface RestartDecision {
  readonly restart: boolean;
  /** Crashes counted in the current window, this one included. */
  readonly crashes: number;
}

/** Counts crashes in a sliding window. */
export class RestartPolicy {
  readonly #times: number[] = [];

  constructor(readonly maxRestarts = 4, readonly windowMs = 3 * 60 * 1000) {}

  /** Records a crash at `now` (ms) and decides. */
  crashed(now: number): RestartDecision {
    this.#times.push(now);
    while (this.#times.length > 0 && now - this.#times[0]! >= this.windowMs) this.#times.shift();
    return { restart: this.#times.length <= this.maxRestarts, crashes: this.#times.length };
  }

  /** Forgets past crashes (the user restarted the server by hand). */
  reset(): void {
    this.#times.length = 0;
  }
}
