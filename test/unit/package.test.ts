/**
 * The packaged extension holds only what it needs: the bundles, grammars, snippets, schema,
 * localisation, icon, README and LICENSE — no sources, tests, fixtures or node_modules.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('vsix contents', function () {
  this.timeout(120000);
  it('lists exactly the files the extension needs', () => {
    // Stages the package exactly as `npm run package` does, and asks vsce what it would pack.
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'package.mjs'), '--list'], { cwd: ROOT, encoding: 'utf8' });
    const files = out.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    const allowed = [
      /^LICENSE$/, /^README\.md$/, /^package\.json$/, /^package\.nls(\.vi)?\.json$/, /^language-configuration\.json$/,
      /^images\/icon\.png$/, /^client\/out\/extension\.js$/, /^server\/out\/(server|cli)\.js$/,
      /^syntaxes\/[\w.-]+\.tmLanguage\.json$/, /^snippets\/[\w.-]+\.code-snippets$/, /^schemas\/[\w.-]+\.json$/, /^l10n\/bundle\.l10n(\.vi)?\.json$/, /^client\/walkthrough\/[\w.-]+\.(md|svg|png)$/,
    ];
    for (const f of files) assert.ok(allowed.some((r) => r.test(f)), `unexpected file in the package: ${f}`);
    for (const must of ['client/out/extension.js', 'server/out/server.js', 'server/out/cli.js', 'package.json', 'README.md', 'LICENSE', 'images/icon.png']) {
      assert.ok(files.includes(must), `missing from the package: ${must}`);
    }
    assert.ok(files.some((f) => f.startsWith('syntaxes/')) && files.some((f) => f.startsWith('snippets/')), 'grammars and snippets are packaged');
  });
});
