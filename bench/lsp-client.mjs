// A minimal LSP client over stdio (Content-Length framed JSON-RPC), enough to drive the server
// like an editor and time it. Hand-written rather than vscode-jsonrpc so the benchmark does not
// depend on which transitive copy of that package npm hoisted, and so nothing sits between the
// pipe and the clock.

import { spawn } from 'node:child_process';

/** A request that took too long or a server that went away, with a message saying which. */
export class LspError extends Error {}

/**
 * Starts `command args…` and speaks LSP to it over stdin/stdout. Server-to-client requests get
 * editor-like answers (`workspace/configuration` → nulls, registrations → null); notifications
 * are passed to listeners added with `on(method, fn)`.
 */
export class LspClient {
  #proc;
  #nextId = 1;
  #pending = new Map();
  #listeners = new Map();
  /** Output not read yet, as it came, and its length in bytes. */
  #chunks = [];
  #buffered = 0;
  /** The length of the message body being read, or -1 while its header is awaited. */
  #bodyLength = -1;
  #exited = null;
  #exitPromise;
  /** Answers to server requests by method; the default answers null. */
  requestHandlers = new Map([['workspace/configuration', (p) => (p.items ?? []).map(() => null)]]);

  constructor(command, args, options = {}) {
    this.#proc = spawn(command, args, { stdio: ['pipe', 'pipe', options.stderr ?? 'inherit'], env: options.env ?? process.env });
    this.pid = this.#proc.pid;
    this.#exitPromise = new Promise((resolve) => this.#proc.once('exit', (code) => resolve(code)));
    this.#proc.stdout.on('data', (chunk) => this.#onData(chunk));
    this.#proc.on('exit', (code, signal) => {
      this.#exited = { code, signal };
      for (const { reject, method } of this.#pending.values()) reject(new LspError(`server exited (code ${code}, signal ${signal}) before answering ${method}`));
      this.#pending.clear();
    });
    this.#proc.stdin.on('error', () => {});
  }

  /** Whether the process has exited, and how. */
  get exited() {
    return this.#exited;
  }

  /**
   * Takes in a chunk of the server's output. As vscode-jsonrpc's message buffer does, the chunks
   * of a message are kept in a list and joined once it is whole, and its header is read once: a
   * 3 MB references answer arrives in ~50 chunks, and joining and searching the whole buffer at
   * every chunk (as this did at first) costs more than the server's own work on it.
   */
  #onData(chunk) {
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    for (;;) {
      if (this.#bodyLength < 0) {
        const head = this.#take(this.#buffered, true);
        const headerEnd = head.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const header = head.subarray(0, headerEnd).toString('ascii');
        const m = /Content-Length: *(\d+)/i.exec(header);
        if (!m) throw new LspError(`bad header from server: ${header}`);
        this.#take(headerEnd + 4);
        this.#bodyLength = Number(m[1]);
      }
      if (this.#buffered < this.#bodyLength) return;
      const body = this.#take(this.#bodyLength).toString('utf8');
      this.#bodyLength = -1;
      this.#dispatch(JSON.parse(body));
    }
  }

  /** The first `n` buffered bytes as one buffer; removed from the buffer unless `peek`. */
  #take(n, peek = false) {
    const all = this.#chunks.length === 1 ? this.#chunks[0] : Buffer.concat(this.#chunks, this.#buffered);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.#chunks = peek || rest.length > 0 ? [peek ? all : rest] : [];
    if (!peek) this.#buffered -= n;
    return out;
  }

  #dispatch(msg) {
    const now = performance.now();
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.#pending.get(msg.id);
      if (!p) return;
      this.#pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(Object.assign(new LspError(`${p.method}: ${msg.error.message}`), { code: msg.error.code }));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      const handler = this.requestHandlers.get(msg.method);
      let result = null;
      try {
        result = handler ? handler(msg.params) : null;
      } catch {
        result = null;
      }
      this.#send({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    for (const fn of this.#listeners.get(msg.method) ?? []) fn(msg.params, now);
  }

  #send(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.#proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.#proc.stdin.write(body);
  }

  /** Sends a request; rejects with LspError after `timeoutMs` or if the server exits. */
  request(method, params, timeoutMs = 30000) {
    if (this.#exited) return Promise.reject(new LspError(`server already exited (code ${this.#exited.code}) before ${method}`));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new LspError(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer, method });
      this.#send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Sends a notification. */
  notify(method, params) {
    if (!this.#exited) this.#send({ jsonrpc: '2.0', method, params });
  }

  /** Listens to a server notification; `fn(params, receivedAt)`. Returns a function that stops listening. */
  on(method, fn) {
    if (!this.#listeners.has(method)) this.#listeners.set(method, new Set());
    this.#listeners.get(method).add(fn);
    return () => this.#listeners.get(method).delete(fn);
  }

  /** Resolves with the first notification `method` whose params satisfy `pred`, or rejects after `timeoutMs`. */
  waitFor(method, pred = () => true, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const stop = this.on(method, (params, at) => {
        if (!pred(params)) return;
        stop();
        clearTimeout(timer);
        resolve({ params, at });
      });
      const timer = setTimeout(() => {
        stop();
        reject(new LspError(`no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#exitPromise.then((code) => {
        stop();
        clearTimeout(timer);
        reject(new LspError(`server exited (code ${code}) while waiting for ${method}`));
      });
    });
  }

  /** Polite shutdown (shutdown, exit), then SIGKILL if the process lingers. */
  async stop(graceMs = 5000) {
    if (this.#exited) return;
    try {
      await this.request('shutdown', null, graceMs);
      this.notify('exit');
    } catch {
      // A server that cannot shut down is killed below.
    }
    const timer = setTimeout(() => this.#proc.kill('SIGKILL'), graceMs);
    await this.#exitPromise;
    clearTimeout(timer);
  }
}
