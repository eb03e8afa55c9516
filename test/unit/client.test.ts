/**
 * The client's pure helpers (no VS Code needed): the report templates read from the shipped
 * snippets, the accent-insensitive filter of the insert-citation picker, the restart policy after
 * crashes, and the localisation bundles of every runtime string.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fold, haystackOf, matchesQuery } from '../../client/src/pickFilter';
import { RestartPolicy } from '../../client/src/restartPolicy';
import { parseTemplates, stripJsonc } from '../../client/src/templates';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('client helpers', () => {
  describe('report templates', () => {
    const templates = parseTemplates(readFileSync(path.join(ROOT, 'snippets', 'bao-cao.code-snippets'), 'utf8'));

    it('offers the whole-report skeletons of the shipped snippets, each with an ASCII prefix', () => {
      const names = templates.map((t) => t.name);
      for (const want of ['Báo cáo sơ kết 6 tháng', 'Báo cáo tổng kết năm', 'Kế hoạch', 'Tin hội nghị']) assert.ok(names.includes(want), `${want} in ${names.join(', ')}`);
      for (const t of templates) {
        assert.ok(t.prefixes.some((p) => /^[\x20-\x7e]+$/.test(p)), `${t.name} has an ASCII prefix`);
        assert.ok(t.description.length > 0, `${t.name} has a description`);
      }
    });

    it('joins each body into one snippet with tab stops, a report starting with its heading block', () => {
      const report = templates.find((t) => t.name === 'Báo cáo sơ kết 6 tháng')!;
      assert.match(report.body, /^ĐẢNG BỘ \$\{1:/u);
      assert.match(report.body, /\nI- ĐẶC ĐIỂM TÌNH HÌNH\n/u);
      assert.match(report.body, /\$0$/u);
    });

    const jsonc: [string, string, unknown][] = [
      ['line and block comments', '{ // a\n "a": /* b */ 1 }', { a: 1 }],
      ['trailing commas', '{ "a": [1, 2, ], }', { a: [1, 2] }],
      ['comment markers and commas inside strings stay', '{ "a": "x // y, /* z */ ,}" }', { a: 'x // y, /* z */ ,}' }],
      ['escaped quotes inside strings', '{ "a": "say \\"hi\\" // not a comment" }', { a: 'say "hi" // not a comment' }],
    ];
    for (const [name, src, expected] of jsonc) it(`reads JSON with comments: ${name}`, () => assert.deepEqual(JSON.parse(stripJsonc(src)), expected));
  });

  describe('picker filter', () => {
    const d43 = { symbol: '43-CT/TW', typeWord: 'Chỉ thị', title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học', body: 'Ban Bí thư', date: '14/05/2015' };
    const d290 = { symbol: '290-QĐ/TW', typeWord: 'Quyết định', title: 'Về ban hành quy chế công tác dân vận của hệ thống chính trị', body: 'Bộ Chính trị', date: '25/02/2010' };
    const cases: [string, string, string[]][] = [
      ['finds a directive by its number', '290', ['290-QĐ/TW']],
      ['finds a symbol typed without Đ', '290-qd', ['290-QĐ/TW']],
      ['finds title words typed without accents', 'chat doc hoa hoc', ['43-CT/TW']],
      ['finds title words with accents, in any order', 'dân vận quy chế', ['290-QĐ/TW']],
      ['finds by type word', 'chi thi', ['43-CT/TW']],
      ['finds by issuing body', 'bo chinh tri', ['290-QĐ/TW']],
      ['finds nothing for words neither has', 'nghị định', []],
      ['keeps everything for an empty query', '  ', ['43-CT/TW', '290-QĐ/TW']],
    ];
    for (const [name, query, expected] of cases) {
      it(name, () => {
        assert.deepEqual([d43, d290].filter((d) => matchesQuery(haystackOf(d), query)).map((d) => d.symbol), expected);
      });
    }
    it('folds Đ, the Icelandic Eth and en dashes', () => assert.equal(fold('QÐ–Đảng'), 'qd-dang'));
  });

  describe('restart policy', () => {
    const MIN = 60_000;
    it('restarts four times, then gives up at the fifth crash within three minutes', () => {
      const p = new RestartPolicy();
      assert.deepEqual([0, 1, 2, 3, 4].map((t) => p.crashed(t * 10_000)), [
        { restart: true, crashes: 1 }, { restart: true, crashes: 2 }, { restart: true, crashes: 3 }, { restart: true, crashes: 4 }, { restart: false, crashes: 5 },
      ]);
    });
    it('forgets crashes older than three minutes', () => {
      const p = new RestartPolicy();
      for (let i = 0; i < 4; i++) p.crashed(i * MIN);
      // The crash at 0 is three minutes old at 3 min: only 1, 2 and 3 min (and now) count.
      assert.deepEqual(p.crashed(3 * MIN), { restart: true, crashes: 4 });
    });
    it('starts over after the user restarts the server', () => {
      const p = new RestartPolicy();
      for (let i = 0; i < 5; i++) p.crashed(i);
      p.reset();
      assert.deepEqual(p.crashed(10), { restart: true, crashes: 1 });
    });
  });

  describe('localisation bundles', () => {
    const en = JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    const vi = JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.vi.json'), 'utf8')) as Record<string, string>;
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name.endsWith('.ts')) sources.push(readFileSync(path.join(dir, e.name), 'utf8'));
      }
    };
    walk(path.join(ROOT, 'client', 'src'));
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'))));

    it('has an English and a Vietnamese text for every string the client shows', () => {
      assert.ok(used.size > 20);
      for (const s of used) {
        assert.equal(en[s], s, `bundle.l10n.json lacks "${s}"`);
        assert.ok(typeof vi[s] === 'string' && vi[s] !== '', `bundle.l10n.vi.json lacks "${s}"`);
      }
    });

    it('keeps no stale strings, and every translation has the placeholders of its source', () => {
      assert.deepEqual(Object.keys(en).filter((k) => !used.has(k)), []);
      assert.deepEqual(Object.keys(vi).filter((k) => !used.has(k)), []);
      const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      for (const [k, v] of Object.entries(vi)) assert.deepEqual(holes(v), holes(k), k);
    });
  });
});
