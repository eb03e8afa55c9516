/**
 * The manifest agrees with the code: every diagnostic code has a severity setting with the same
 * default, and every localised string of package.json exists in English and Vietnamese.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SEVERITIES } from '../../server/src/core/features/diagnostics';
import { PROBLEM_MESSAGES } from '../../server/src/core/messages';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8'));

describe('package.json manifest', () => {
  const pkg = read('package.json');
  const props = pkg.contributes.configuration.properties as Record<string, { default: unknown; enum?: string[] }>;

  it('has a severity setting for every diagnostic code, with the code’s default', () => {
    for (const [code, severity] of Object.entries(DEFAULT_SEVERITIES)) {
      const setting = props[`vanban.diagnostics.${code}`];
      assert.ok(setting, `no setting vanban.diagnostics.${code}`);
      assert.equal(setting.default, severity, code);
      assert.deepEqual(setting.enum, ['off', 'hint', 'information', 'warning', 'error']);
    }
  });

  it('has a Vietnamese and an English message for every diagnostic code', () => {
    for (const code of Object.keys(DEFAULT_SEVERITIES)) {
      const m = PROBLEM_MESSAGES[code];
      assert.ok(m && m.vi && m.en, code);
    }
  });

  it('localises every %key% in English and Vietnamese', () => {
    const en = read('package.nls.json');
    const vi = read('package.nls.vi.json');
    const keys = [...JSON.stringify(pkg).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(typeof en[k] === 'string', `package.nls.json lacks ${k}`);
      assert.ok(typeof vi[k] === 'string', `package.nls.vi.json lacks ${k}`);
    }
  });
});
