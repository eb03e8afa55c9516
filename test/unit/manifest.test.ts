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
  type Prop = { default: unknown; enum?: string[]; markdownDescription?: string; markdownEnumDescriptions?: string[] };
  const categories = pkg.contributes.configuration as { title: string; properties: Record<string, Prop> }[];
  const props: Record<string, Prop> = Object.assign({}, ...categories.map((c) => c.properties));
  const en = read('package.nls.json');
  const vi = read('package.nls.vi.json');
  const text = (nls: Record<string, string>, s: string | undefined) => nls[/^%(.+)%$/.exec(s ?? '')?.[1] ?? ''] ?? '';
  const title = (nls: Record<string, string>, code: string) => /^\*\*(.+?)\.\*\* /.exec(text(nls, props[`vanban.diagnostics.${code}`]?.markdownDescription))?.[1];

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

  it('settings are grouped under titles a writer reads, in both languages', () => {
    for (const c of categories) {
      assert.ok(text(en, c.title) && text(vi, c.title), c.title);
      assert.notEqual(text(en, c.title), text(vi, c.title));
    }
  });

  it('every check setting opens with its own title, in Vietnamese and English, and explains each severity', () => {
    const codes = Object.keys(DEFAULT_SEVERITIES);
    for (const nls of [en, vi]) {
      const titles = codes.map((code) => title(nls, code));
      for (const [i, t] of titles.entries()) assert.ok(t && !/^[a-z-]+$/.test(t) && !t.includes(codes[i]!), `${codes[i]}: no title for a writer`);
      assert.equal(new Set(titles).size, codes.length, 'titles are distinct');
    }
    for (const code of codes) {
      const values = props[`vanban.diagnostics.${code}`]!.markdownEnumDescriptions ?? [];
      assert.equal(values.length, 5, code);
      const labels = (props[`vanban.diagnostics.${code}`] as { enumItemLabels?: string[] }).enumItemLabels ?? [];
      assert.deepEqual(labels.map((l) => text(vi, l)), ['Tắt (off)', 'Gợi ý (hint)', 'Thông tin (information)', 'Cảnh báo (warning)', 'Lỗi (error)'], code);
      assert.deepEqual(labels.map((l) => text(en, l)), ['Off', 'Hint', 'Information', 'Warning', 'Error'], code);
      for (const v of values) assert.ok(text(en, v) && text(vi, v) && text(en, v) !== text(vi, v), `${code}: ${v}`);
    }
  });

  it('tells the two "later than the text" checks apart: each names the other', () => {
    for (const nls of [en, vi]) {
      const written = text(nls, props['vanban.diagnostics.date-after-document']!.markdownDescription);
      const catalog = text(nls, props['vanban.diagnostics.anachronism']!.markdownDescription);
      assert.ok(written.includes(title(nls, 'anachronism')!.toLowerCase()) || written.includes(title(nls, 'anachronism')!), written);
      assert.ok(catalog.toLowerCase().includes(title(nls, 'date-after-document')!.toLowerCase()), catalog);
    }
  });

  it('localises every %key% in English and Vietnamese', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(typeof en[k] === 'string', `package.nls.json lacks ${k}`);
      assert.ok(typeof vi[k] === 'string', `package.nls.vi.json lacks ${k}`);
    }
  });
});
