/**
 * Counterexamples found by the property tests, kept as plain cases.
 */
import * as assert from 'node:assert/strict';
import { checkReport } from '../../server/src/core/report/sections';

function applyFix(text: string, edits: readonly { range: { start: number; end: number }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

describe('report checks: property-test counterexamples', () => {
  it('a Markdown heading after "… gồm:" is a heading, so an inserted section counts as present', () => {
    // fast-check seed -1747711652: the inserted "### 2. Nội dung" was read as an item of a list.
    const text = 'Các mô hình gồm:\n### 1. Mục đích\nĐẢNG CỘNG SẢN VIỆT NAM\nSố    -KH/TU';
    const missing = checkReport(text).filter((p) => p.code === 'report-missing-section').map((p) => p.args.section);
    assert.deepEqual(missing, ['NỘI DUNG', 'TỔ CHỨC THỰC HIỆN']);
    const fixed = applyFix(text, checkReport(text).find((p) => p.args.section === 'NỘI DUNG')!.fixes[0]!.edits);
    assert.equal(fixed, 'Các mô hình gồm:\n### 1. Mục đích\n\n### 2. Nội dung\nĐẢNG CỘNG SẢN VIỆT NAM\nSố    -KH/TU');
    assert.deepEqual(checkReport(fixed).filter((p) => p.code === 'report-missing-section').map((p) => p.args.section), ['TỔ CHỨC THỰC HIỆN']);
  });
});
