// Packages the extension into vanban.vsix: bundles in production mode, stages exactly the files the
// extension needs in out/package/ (vsce would otherwise walk every file of the repository, corpus
// and e2e runtime included), and runs vsce there. `--list` prints the staged files and stops.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stage = path.join(root, 'out', 'package');
const list = process.argv.includes('--list');

/** What goes into the package: files and whole folders, relative to the root. */
export const CONTENTS = [
  '.vscodeignore', 'package.json', 'package.nls.json', 'package.nls.vi.json', 'README.md', 'LICENSE', 'language-configuration.json',
  'images/icon.png', 'client/out/extension.js', 'server/out/server.js', 'server/out/cli.js',
  'syntaxes', 'snippets', 'schemas', 'l10n', 'client/walkthrough',
];

if (!list || !existsSync(path.join(root, 'server', 'out', 'server.js'))) {
  execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: 'inherit' });
}
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const item of CONTENTS) {
  const from = path.join(root, item);
  if (!existsSync(from)) continue;
  cpSync(from, path.join(stage, item), { recursive: true });
}
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
if (list) {
  execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: stage, stdio: 'inherit' });
} else {
  // README links to repository files and images; vsce needs a base to rewrite them against.
  const base = 'https://example.invalid/vanban/raw/main';
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--baseContentUrl', base, '--baseImagesUrl', base, '-o', path.join(root, 'vanban.vsix')], { cwd: stage, stdio: 'inherit' });
  console.log(`files: ${readdirSync(stage, { recursive: true }).length}`);
}
