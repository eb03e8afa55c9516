/**
 * Outline (document symbols) and folding of reports and articles, data-driven: a fixture file in,
 * the outline written as the user sees it in the Outline view (kind, name, detail, first-last line)
 * and the folding regions (kind, first-last line) out, compared with an expectation file.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { foldingRegions } from '../../server/src/core/report/folding';
import { documentOutline, type OutlineNode } from '../../server/src/core/report/outline';
import { checkReport } from '../../server/src/core/report/sections';
import { scan } from '../../server/src/core/scan/scanner';
import type { OffsetRange } from '../../server/src/core/scan/types';

const ROOT = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');
const read = (p: string): string => readFileSync(path.join(ROOT, p), 'utf8');

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) n++;
  }
  return n;
}

function lines(text: string, r: OffsetRange): string {
  const a = lineOf(text, r.start);
  const b = lineOf(text, r.end);
  return a === b ? `${a}` : `${a}-${b}`;
}

function renderOutline(text: string, nodes: readonly OutlineNode[], indent = ''): string[] {
  return nodes.flatMap((n) => [
    `${indent}${n.kind} ${n.name}${n.detail ? ` (${n.detail})` : ''} ${lines(text, n.range)}`,
    ...renderOutline(text, n.children, indent + '  '),
  ]);
}

/** What LSP requires of document symbols: the selection inside the range, children inside their parent. */
function assertNested(nodes: readonly OutlineNode[], parent?: OffsetRange): void {
  for (const n of nodes) {
    assert.ok(n.range.start <= n.selectionRange.start && n.selectionRange.end <= n.range.end, `selection of ${n.name}`);
    if (parent) assert.ok(parent.start <= n.range.start && n.range.end <= parent.end, `${n.name} inside its parent`);
    assertNested(n.children, n.range);
  }
}

function outlineText(text: string): string {
  const nodes = documentOutline(text, scan(text));
  assertNested(nodes);
  return renderOutline(text, nodes).join('\n') + '\n';
}

function foldingText(text: string): string {
  return foldingRegions(text).map((r) => `${r.kind} ${lines(text, r)}`).join('\n') + '\n';
}

describe('report outline and folding', () => {
  for (const name of ['bao-cao-so-ket.txt', 'ke-hoach.md']) {
    const text = read(`reports/${name}`);
    it(`outline of ${name}`, () => assert.equal(outlineText(text), read(`reports/${name}.outline`)));
    it(`folding of ${name}`, () => assert.equal(foldingText(text), read(`reports/${name}.folding`)));
  }

  it('a directive whose type word disagrees with its code is shown as written, with the conflict', () => {
    const text = 'Tiếp tục thực hiện Quyết định số 34-NQ/TW và Chỉ thị 43-CT/TW.\n';
    assert.deepEqual(documentOutline(text, scan(text)).map((n) => n.name), ['Quyết định (ký hiệu NQ là Nghị quyết) 34-NQ/TW', 'Chỉ thị 43-CT/TW']);
    assert.equal(documentOutline(text, scan(text), undefined, 'en')[0]!.name, 'Quyết định (the code NQ is a Nghị quyết) 34-NQ/TW');
  });

  it('the same outline for CRLF text', () => {
    const text = read('reports/bao-cao-so-ket.txt');
    const crlf = text.replace(/\n/g, '\r\n');
    assert.equal(outlineText(crlf), outlineText(text));
    assert.equal(foldingText(crlf), foldingText(text));
  });

  describe('seed articles (no headings): the outline groups citations by directive, nothing folds, no report problems', () => {
    const expected: Record<string, string> = {
      '000': [
        'directive Nghị quyết Đại hội XII 20',
        'directive Quyết định 23-QĐ/TW (ngày 30/7/2021 · Bộ Chính trị) 20',
        'directive Nghị quyết 25-NQ/TW (ngày 03/6/2013 · Ban Chấp hành Trung ương Đảng) 20',
        'directive Kết luận 120-KL/TW 28',
        'directive Nghị quyết Đại hội XIII 36',
      ].join('\n'),
      '001': [
        'directive Chỉ thị 43-CT/TW (×3) 4-29',
        '  citation Chỉ thị 43-CT/TW (ngày 14/5/2015 · Ban Bí thư) 4',
        '  citation Chỉ thị 43-CT/TW 21',
        '  citation Chỉ thị 43 29',
        'directive Quyết định 290-QĐ/TW (×2) 11-23',
        '  citation Quyết định 290-QĐ/TW (ngày 25/2/2010 · Bộ Chính trị) 11',
        '  citation Quyết định số 290-QĐ/TW 23',
        'directive Thông báo kết luận 292-TB/TW (ngày 18/9/2009 · Ban Bí thư) 11',
        'directive Quyết định 217-QĐ/TW 23',
        'directive Quyết định 218-QĐ/TW 23',
      ].join('\n'),
      '002': '',
      '003': [
        'directive Quyết định 461-QĐ/TU (ngày 14/12/2021) 6',
        'directive Chỉ thị 21-CT/TU (ngày 22/12/2021) 6',
      ].join('\n'),
      '004': 'directive Nghị quyết Đại hội XIII 12',
    };
    for (const file of readdirSync(path.join(ROOT, 'seeds')).sort()) {
      it(file, () => {
        const text = read(`seeds/${file}`);
        const want = expected[file.slice(0, 3)];
        assert.equal(outlineText(text), want ? want + '\n' : '\n');
        assert.equal(foldingText(text), '\n');
        assert.deepEqual(checkReport(text), []);
      });
    }
  });
});
