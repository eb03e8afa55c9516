/**
 * Properties of the report features over generated drafts built from real report lines (headings
 * of every style, heading-block lines, citations, lists, blank lines, CRLF): nothing throws, the
 * outline nests as LSP requires, every fix stays inside the text without overlapping edits, and a
 * missing section's fix makes it present.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { canCuCompletion } from '../../server/src/core/report/canCu';
import { citedDirectives, citedListToCsv, citedListToMarkdown } from '../../server/src/core/report/citedList';
import { foldingRegions } from '../../server/src/core/report/folding';
import { documentOutline, type OutlineNode } from '../../server/src/core/report/outline';
import { checkReport } from '../../server/src/core/report/sections';
import { scan } from '../../server/src/core/scan/scanner';
import type { OffsetRange, TextEdit } from '../../server/src/core/scan/types';

const LINES = [
  '', '', '   ', 'ĐẢNG BỘ TỈNH QUẢNG NINH', 'ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số 12-BC/TU', 'Số: 12-BC/TU', 'Số    -KH/TU',
  'Số: 30/2020/NĐ-CP', 'Hà Nội, ngày 3 tháng 4 năm 2018', 'Hà Nội, ngày 03 tháng 02 năm 2018', 'BÁO CÁO', 'KẾ HOẠCH',
  'sơ kết 6 tháng đầu năm', 'tổng kết năm 2025', '---', 'type: bao-cao', 'type: ke-hoach', '# BÁO CÁO', '## II. Nội dung',
  '### 1. Mục đích', 'PHẦN I', 'Phần thứ hai: Phương hướng', 'I- ĐẶC ĐIỂM TÌNH HÌNH', 'II- KẾT QUẢ THỰC HIỆN', 'II. Kết quả',
  'III- ĐÁNH GIÁ CHUNG', 'IV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP', 'V- ĐỀ XUẤT, KIẾN NGHỊ', 'I. MỤC ĐÍCH, YÊU CẦU',
  'III. TỔ CHỨC THỰC HIỆN', '1. Ưu điểm', '2- Hạn chế', '2.1. Công tác', 'a) Tuyên truyền', 'b. Vận động', 'MỞ ĐẦU',
  'Các mô hình gồm:', '1. Mô hình tập thể;', '1.452 thôn, bản', 'Thực hiện Chỉ thị 43-CT/TW ngày 14/5/2015 của Ban Bí thư về tăng cường.',
  'Chỉ thị 43 được quán triệt.', 'Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị “Về ban hành quy chế”.',
  'Nơi nhận:', '- Lưu Văn phòng.', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Căn', 'Nội dung một. Nội dung hai.',
];

const draft = fc.tuple(fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol));

function assertInside(r: OffsetRange, outer: OffsetRange, what: string): void {
  assert.ok(outer.start <= r.start && r.start <= r.end && r.end <= outer.end, what);
}

function assertOutline(nodes: readonly OutlineNode[], parent: OffsetRange): void {
  for (const n of nodes) {
    assertInside(n.range, parent, `range of ${n.name}`);
    assertInside(n.selectionRange, n.range, `selection of ${n.name}`);
    assertOutline(n.children, n.range);
  }
}

/** Edits of one fix: inside the text and not overlapping (an insert may share the start of a later replace). */
function assertEdits(edits: readonly TextEdit[], length: number): void {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || (a.range.end - a.range.start) - (b.range.end - b.range.start));
  let end = 0;
  for (const e of sorted) {
    assertInside(e.range, { start: 0, end: length }, 'edit inside the text');
    assert.ok(e.range.start >= end, 'edits do not overlap');
    end = e.range.end;
  }
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.range.start - a.e.range.start || b.i - a.i);
  let out = text;
  for (const { e } of order) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

describe('report features on generated drafts', () => {
  it('never throw; outline nests, folds are ordered, fixes stay inside the text', () => {
    fc.assert(fc.property(draft, (text) => {
      const s = scan(text);
      assertOutline(documentOutline(text, s), { start: 0, end: text.length });
      for (const r of foldingRegions(text)) assert.ok(0 <= r.start && r.start <= r.end && r.end <= text.length);
      for (const p of checkReport(text)) {
        assertInside(p.range, { start: 0, end: text.length }, p.code);
        for (const f of p.fixes) assertEdits(f.edits, text.length);
      }
      const rows = citedDirectives([s]);
      citedListToMarkdown(rows, { locale: 'vi' });
      citedListToCsv(rows, { locale: 'en', bom: true });
      canCuCompletion(text, text.length, s);
    }), { numRuns: 400 });
  });

  it('after a missing section\'s fix, that section is no longer missing', () => {
    fc.assert(fc.property(draft, (text) => {
      for (const p of checkReport(text).filter((q) => q.code === 'report-missing-section')) {
        const after = applyEdits(text, p.fixes[0]!.edits);
        const still = checkReport(after).filter((q) => q.code === 'report-missing-section' && q.args['section'] === p.args['section']);
        assert.deepEqual(still, [], `${p.args['section']} still missing after the fix:\n${after}`);
      }
    }), { numRuns: 300 });
  });

  it('after a date or number fix, the line is right', () => {
    fc.assert(fc.property(draft, (text) => {
      for (const p of checkReport(text).filter((q) => q.code === 'report-date-format' || q.code === 'report-number-colon')) {
        const after = applyEdits(text, p.fixes[0]!.edits);
        assert.equal(checkReport(after).filter((q) => q.code === p.code).length, checkReport(text).filter((q) => q.code === p.code).length - 1);
      }
    }), { numRuns: 300 });
  });

  it('long lines and many headings stay fast enough to finish (linear patterns)', () => {
    const long = '# ' + ' '.repeat(200_000) + 'x\n' + 'I- ĐẶC ĐIỂM\n1. Thuận lợi\n'.repeat(5_000) + 'Hà Nội,' + '\t '.repeat(50_000) + '\n';
    const s = scan(long);
    assert.ok(documentOutline(long, s).length > 0);
    assert.ok(foldingRegions(long).length > 0);
    checkReport(long);
  });
});
