/**
 * The date of a document, read from the way its text states it (domain.md §5): front matter, the
 * place-and-date line of a report, "Ngày đăng", and the weekday headers of news sites. The marked
 * range (`{[` … `]}`) is where the scanner must say it read the date.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstPosted, POSTED } from '../../server/src/core/scan/documentDate';
import { scan } from '../../server/src/core/scan/scanner';
import { parseOne } from '../support/fixture';

const TABLE: readonly { readonly header: string; readonly text: string; readonly iso: string | undefined }[] = [
  { header: 'front matter', text: '---\n{[date: 2021-03-15]}\ntitle: Báo cáo\n---\nNội dung', iso: '2021-03-15' },
  { header: 'front matter, day first', text: '---\ntitle: x\n{[date: 15/3/2021]}\n---\n', iso: '2021-03-15' },
  { header: 'place and date line of a report', text: 'ĐẢNG BỘ TỈNH QUẢNG NINH\n{[Quảng Ninh, ngày 20 tháng 11 năm 2026]}\nBÁO CÁO', iso: '2026-11-20' },
  { header: 'Ngày đăng', text: 'Tin tức\n{[Ngày đăng: 13/01/2022]}  18:05\nSáng 13/01, …', iso: '2022-01-13' },
  { header: 'weekday, dash', text: 'Tiêu đề\n\n{[Thứ hai - 13/07/2015]} 10:14\nNgày 9/7, …', iso: '2015-07-13' },
  { header: 'earliest of two weekday headers', text: 'Thứ Sáu, 22/11/2024 16:38 (GMT +7)\nTiêu đề\n{[Thứ 7, 15/10/2022]} | 07:20:00 [GMT +7]', iso: '2022-10-15' },
  { header: 'Chủ nhật', text: '{[Chủ nhật, 05/06/2022]} 09:00', iso: '2022-06-05' },
  { header: 'a sentence about a day is not a header', text: 'Sáng nay, ngày 12 tháng 3 năm 2020, tại hội trường tỉnh', iso: undefined },
  { header: 'a date that does not exist', text: 'Ngày đăng: 31/02/2022 10:00', iso: undefined },
  { header: 'no header at all', text: 'Sáng 15/7, Ban Dân vận Trung ương tổ chức hội nghị.', iso: undefined },
];

describe('document date', () => {
  for (const row of TABLE) {
    it(`${row.header} → ${row.iso ?? 'none'}`, () => {
      const f = parseOne(row.text);
      const d = scan(f.text).documentDate;
      assert.equal(d?.value.iso, row.iso);
      if (row.iso) assert.deepEqual(d!.range, f.ranges[0]);
    });
  }

  it('is read through decomposed Unicode, with its range in the raw text', () => {
    const raw = 'Tiêu đề\nNgày đăng: 13/01/2022 18:05'.normalize('NFD');
    const d = scan(raw).documentDate!;
    assert.equal(d.value.iso, '2022-01-13');
    assert.equal(raw.slice(d.range.start, d.range.end).normalize('NFC'), 'Ngày đăng: 13/01/2022');
  });

  it('finds "Ngày đăng" and its kin from the dates exactly where the plain pattern finds them', () => {
    // Pieces that make near misses likely: labels in any case, separators, dates glued to digits.
    const piece = fc.constantFrom('Ngày đăng', 'NGÀY ĐĂNG', 'đăng ngày', 'Ngày xuất bản', 'Cập nhật', 'published', 'Ngày',
      ' ', '  ', '\t', '\u00A0', ':', ': ', '\n', '1', '13', '123', '/', '/01/', '2022', '20221', '13/01/2022', '1/2/2020', 'x', 'Sáng ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
      const head = pieces.join('');
      POSTED.lastIndex = 0;
      const m = POSTED.exec(head);
      const got = firstPosted(head);
      assert.deepEqual(got, m ? { index: m.index, text: m[0], day: m[1], month: m[2], year: m[3] } : undefined, JSON.stringify(head));
    }), { numRuns: 3000 });
  });
});
