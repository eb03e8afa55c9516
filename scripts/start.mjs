// `npm start`: the one-command demo. Builds the extension, installs the real VS Code (server) on
// demand (test/e2e/install.sh, cached), starts it on 127.0.0.1 with the extension loaded from this
// repository and the sample/ workspace open, and prints the URL to open in a browser. Ctrl-C stops
// everything.
//
//   npm start                    real VS Code in the browser (port: free one, or --port N / PORT)
//   npm start -- --locale en     the same with VS Code in English (Vietnamese by default)
//   npm start -- --folder DIR    another workspace than sample/
//   npm start -- --scan          no VS Code: build, then `vanban scan sample` (also VANBAN_START=scan)
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: {
  scan: { type: 'boolean', default: process.env.VANBAN_START === 'scan' },
  port: { type: 'string', default: process.env.PORT },
  folder: { type: 'string', default: path.join(root, 'sample') },
  locale: { type: 'string', default: 'vi' },
} });

execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });

if (args.scan) {
  execFileSync(process.execPath, ['server/out/cli.js', 'scan', 'sample'], { cwd: root, stdio: 'inherit' });
  process.exit(0);
}

const install = spawnSync('bash', [path.join(root, 'test/e2e/install.sh')], { cwd: root, stdio: 'inherit' });
if (install.status !== 0) {
  console.error('\nCould not install the VS Code server (see above). Without it, try: npm start -- --scan');
  process.exit(1);
}

// Imported only now: the module resolves code-server, which install.sh has just made sure exists.
const { startVSCodeServer, vscodeVersion } = await import('../test/e2e/lib/vscode-server.mjs');
const dataDir = path.join(root, 'test/e2e/.cache/start');
const server = await startVSCodeServer({ dataDir, locale: args.locale === 'en' ? 'en' : 'vi', port: args.port ? Number(args.port) : undefined });
const url = server.workbenchUrl({ folder: args.folder, extensionDevelopmentPath: root });
console.log(`
VS Code ${vscodeVersion()} with Vanban is running (workspace: ${path.relative(root, args.folder) || '.'}, display language: ${args.locale === 'en' ? 'English' : 'Vietnamese'}).
Open this URL in a browser on this machine:

  ${url}

Server log: ${path.join(dataDir, 'server.log')}
Press Ctrl-C to stop.`);

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the VS Code server…');
  await server.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
server.exited.then((code) => {
  if (stopping) return;
  console.error(`The VS Code server exited (${code}); its log:\n${server.log().slice(-3000)}`);
  process.exit(1);
});

