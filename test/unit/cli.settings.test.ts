/**
 * The settings file the command line reads: `.vscode/settings.json` as VS Code writes it (JSONC,
 * flat dotted keys) becomes the same typed configuration the language server builds.
 */
import * as assert from 'node:assert/strict';
import { parseSettings, stripJsonc } from '../../server/src/cli/settings';
import { toConfig } from '../../server/src/lsp/config';

describe('vanban check settings (.vscode/settings.json)', () => {
  const cases: { name: string; text: string; severities?: Record<string, string>; include?: string[]; exclude?: string[]; maxBytes?: number }[] = [
    {
      name: 'flat keys with comments and trailing commas',
      text: '{\n  // house style\n  "vanban.diagnostics.symbol-tu": "off", /* quiet */\n  "vanban.files.include": ["**/*.txt",],\n}',
      severities: { 'symbol-tu': 'off' },
      include: ['**/*.txt'],
    },
    {
      name: 'a nested "vanban" object and VS Code style exclude map (glob keys with dots)',
      text: '{ "vanban": { "diagnostics": { "date-invalid": "hint" }, "files": { "exclude": { "**/*.bak.txt": true, "x/**": false } } } }',
      severities: { 'date-invalid': 'hint' },
      exclude: ['**/*.bak.txt'],
    },
    {
      name: 'a section object under a flat key',
      text: '{ "vanban.diagnostics": { "text-nfd": "error" }, "vanban.files.maxSizeMB": 1 }',
      severities: { 'text-nfd': 'error' },
      maxBytes: 1024 * 1024,
    },
    {
      name: 'strings that look like comments stay strings; other extensions\' keys are ignored',
      text: '\uFEFF{ "editor.rulers": [80], "vanban.files.include": ["//*.md", "a/*b*/c.txt", "q\\"//.txt"] }',
      include: ['//*.md', 'a/*b*/c.txt', 'q"//.txt'],
    },
    {
      name: 'invalid values fall back to the defaults',
      text: '{ "vanban.diagnostics.symbol-dash": "loud", "vanban.files.maxSizeMB": "big" }',
      severities: { 'symbol-dash': 'warning' },
      maxBytes: 5 * 1024 * 1024,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const config = toConfig(parseSettings(c.text));
      for (const [code, sev] of Object.entries(c.severities ?? {})) assert.equal(config.severities[code], sev, code);
      if (c.include) assert.deepEqual(config.include, c.include);
      if (c.exclude) assert.deepEqual(config.exclude, c.exclude);
      if (c.maxBytes) assert.equal(config.maxBytes, c.maxBytes);
    });
  }

  it('comments are blanked, not removed, so JSON errors point at the right line', () => {
    const text = '{\n// one\n/* two\nthree */ "a": 1,\n}';
    const stripped = stripJsonc(text);
    assert.equal(stripped.split('\n').length, text.split('\n').length);
    assert.deepEqual(JSON.parse(stripped), { a: 1 });
  });

  it('text that is not JSON is an error, not an empty configuration', () => {
    assert.throws(() => parseSettings('{ "vanban.diagnostics.symbol-tu": '));
  });
});
