/**
 * Every way real text writes a citation (domain.md §2–§3), as a table: each row is a text with its
 * ranges marked (`{[` … `]}`, see test/support/fixture.ts) and what the scanner must make of it —
 * the directive it means, the parts around it, the problems at the marked ranges, and the text
 * each fix produces. Then state symbols, and look-alikes that are not directives at all.
 */
import * as assert from 'node:assert/strict';
import { scan } from '../../server/src/core/scan/scanner';
import type { Citation, DirectiveKind, Problem, ScanResult, TextEdit } from '../../server/src/core/scan/types';
import { parseOne } from '../support/fixture';

/**
 * `[code, marked range index, text after the first fix, text after the second fix, …]`.
 * Marked ranges are numbered by their start, from 0.
 */
type ExpectedProblem = readonly [code: string, at: number, ...fixed: string[]];

interface Variant {
  readonly variant: string;
  /** The text; unless `symbolAt` says otherwise the first marked range is the symbol. */
  readonly text: string;
  readonly symbolAt?: number;
  /** Decompose the whole text (NFD) before scanning; expected parts are compared in NFC, fixed texts as they are. */
  readonly nfd?: true;
  readonly key: string;
  readonly canonical?: string;
  readonly kind?: DirectiveKind;
  readonly typeWord?: string;
  readonly date?: string;
  readonly dateText?: string;
  readonly body?: string;
  readonly term?: string;
  readonly title?: string;
  readonly problems?: readonly ExpectedProblem[];
}

const VARIANTS: readonly Variant[] = [
  // §2: date forms.
  {
    variant: 'date d/m/yyyy', text: 'Thực hiện Chỉ thị số {[05-CT/TW]} ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập.',
    key: '5-CT/TW', canonical: '05-CT/TW', typeWord: 'Chỉ thị', date: '2016-05-15', dateText: 'ngày 15/5/2016', body: 'Bộ Chính trị', title: 'về đẩy mạnh học tập',
  },
  {
    variant: 'date after a comma', text: 'Quyết định số {[290-QĐ/TW]}, ngày 25/02/2010 của Bộ Chính trị về ban hành Quy chế công tác dân vận;',
    key: '290-QĐ/TW', date: '2010-02-25', dateText: 'ngày 25/02/2010', body: 'Bộ Chính trị', title: 'về ban hành Quy chế công tác dân vận',
  },
  {
    variant: 'date ngày dd tháng mm năm yyyy', text: 'Quy định {[217-QĐ/TW]} ngày 12 tháng 12 năm 2013 của Bộ Chính trị.',
    key: '217-QĐ/TW', typeWord: 'Quy định', date: '2013-12-12', dateText: 'ngày 12 tháng 12 năm 2013', body: 'Bộ Chính trị',
  },
  {
    variant: 'date d-m-yyyy', text: 'Nghị quyết {[18-NQ/TW]} ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng (khóa XII)',
    key: '18-NQ/TW', date: '2017-10-25', dateText: 'ngày 25-10-2017', body: 'Ban Chấp hành Trung ương Đảng', term: 'XII',
  },
  {
    variant: 'date in parentheses', text: 'Quyết định số {[461-QĐ/TU]} (ngày 14/12/2021) của Ban Thường vụ Tỉnh ủy về việc ban hành Quy chế; tiếp đó',
    key: '461-QĐ/TU', date: '2021-12-14', dateText: 'ngày 14/12/2021', body: 'Ban Thường vụ Tỉnh ủy', title: 'về việc ban hành Quy chế',
  },
  {
    variant: 'date d.m.yyyy', text: 'Kết luận {[120-KL/TW]} ngày 7.1.2016 của Bộ Chính trị',
    key: '120-KL/TW', typeWord: 'Kết luận', date: '2016-01-07', dateText: 'ngày 7.1.2016', body: 'Bộ Chính trị',
  },
  // §2: issuing bodies and the term.
  {
    variant: 'body with the term in parentheses',
    text: 'Nghị quyết số {[25-NQ/TW]}, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường công tác dân vận.',
    key: '25-NQ/TW', date: '2013-06-03', body: 'Ban Chấp hành Trung ương Đảng', term: 'XI', title: 'về tăng cường công tác dân vận',
  },
  {
    variant: 'body abbreviated BCH T.Ư', text: 'Chỉ thị {[43-CT/TW]} của BCH T.Ư về công tác giải quyết hậu quả.',
    key: '43-CT/TW', body: 'BCH T.Ư', title: 'về công tác giải quyết hậu quả',
  },
  {
    variant: 'body Ban Bí thư, quoted title', text: 'Thông báo kết luận số {[292-TB/TW]}, ngày 18/9/2009 của Ban Bí thư “Về việc giải quyết hậu quả”.',
    key: '292-TB/TW', typeWord: 'Thông báo kết luận', date: '2009-09-18', body: 'Ban Bí thư', title: 'Về việc giải quyết hậu quả',
  },
  {
    variant: 'body followed by a capitalised "Về"', text: 'Quyết định {[290-QĐ/TW]} của Bộ Chính trị Về việc ban hành quy chế.',
    key: '290-QĐ/TW', body: 'Bộ Chính trị', title: 'Về việc ban hành quy chế',
  },
  {
    variant: 'body followed by a capitalised term', text: 'Chỉ thị {[05-CT/TW]} của Bộ Chính trị Khóa XII', key: '5-CT/TW', body: 'Bộ Chính trị', term: 'XII',
  },
  {
    variant: 'body with lower-case words, not the body the symbol names', text: 'Nghị quyết {[18-NQ/TU]} của {[Hội đồng nhân dân tỉnh]} về ngân sách', key: '18-NQ/TU',
    body: 'Hội đồng nhân dân tỉnh', title: 'về ngân sách', problems: [['body-issuer-mismatch', 1]],
  },
  {
    variant: 'title after a comma, up to the predicate', text: 'Chỉ thị {[43-CT/TW]}, về tăng cường công tác dân vận, được ban hành năm 2015',
    key: '43-CT/TW', title: 'về tăng cường công tác dân vận',
  },
  {
    variant: 'symbol in straight quotes, then another quote', text: 'Số hiệu "{[25–NQ/TƯ]}" viết "TƯ"', key: '25-NQ/TW',
    problems: [['symbol-dash', 0, 'Số hiệu "25-NQ/TW" viết "TƯ"'], ['symbol-tu', 0, 'Số hiệu "25-NQ/TW" viết "TƯ"']],
  },
  // §3: how symbols go wrong.
  {
    variant: 'space after the hyphen', text: 'Chỉ thị {[29- CT/TU]} của Ban Thường vụ Tỉnh ủy',
    key: '29-CT/TU', body: 'Ban Thường vụ Tỉnh ủy',
    problems: [['symbol-space', 0, 'Chỉ thị 29-CT/TU của Ban Thường vụ Tỉnh ủy']],
  },
  {
    variant: 'space before the hyphen', text: 'Chỉ thị {[29 -CT/TU]}', key: '29-CT/TU',
    problems: [['symbol-space', 0, 'Chỉ thị 29-CT/TU']],
  },
  {
    variant: 'en dash with spaces', text: 'Chỉ thị {[40 – CT/TW]} của Ban Bí thư', key: '40-CT/TW', body: 'Ban Bí thư',
    problems: [['symbol-dash', 0, 'Chỉ thị 40-CT/TW của Ban Bí thư'], ['symbol-space', 0, 'Chỉ thị 40-CT/TW của Ban Bí thư']],
  },
  { variant: 'en dash', text: 'Nghị quyết {[18–NQ/TW]}', key: '18-NQ/TW', problems: [['symbol-dash', 0, 'Nghị quyết 18-NQ/TW']] },
  { variant: 'em dash', text: 'Nghị quyết {[18—NQ/TW]}', key: '18-NQ/TW', problems: [['symbol-dash', 0, 'Nghị quyết 18-NQ/TW']] },
  { variant: 'Unicode hyphen U+2010', text: 'Nghị quyết {[18‐NQ/TW]}', key: '18-NQ/TW', problems: [['symbol-dash', 0, 'Nghị quyết 18-NQ/TW']] },
  { variant: 'minus sign U+2212', text: 'Nghị quyết {[18−NQ/TW]}', key: '18-NQ/TW', problems: [['symbol-dash', 0, 'Nghị quyết 18-NQ/TW']] },
  { variant: 'TƯ for TW', text: 'Quyết định {[217-QĐ/TƯ]} của Bộ Chính trị', key: '217-QĐ/TW', body: 'Bộ Chính trị', problems: [['symbol-tu', 0, 'Quyết định 217-QĐ/TW của Bộ Chính trị']] },
  {
    variant: 'Party resolution written state-style', text: 'Nghị quyết {[51/NQ-TW]} ngày 05/9/2019 của Bộ Chính trị', key: '51-NQ/TW', date: '2019-09-05', body: 'Bộ Chính trị',
    problems: [['symbol-party-as-state', 0, 'Nghị quyết 51-NQ/TW ngày 05/9/2019 của Bộ Chính trị']],
  },
  {
    variant: 'Party decision written state-style', text: 'Quyết định {[217/QĐ-TW]}', key: '217-QĐ/TW',
    problems: [['symbol-party-as-state', 0, 'Quyết định 217-QĐ/TW']],
  },
  {
    variant: 'state decision written Party-style', text: 'Quyết định {[824-QĐ/TTg]} của Thủ tướng Chính phủ', key: '824/QĐ-TTg', kind: 'state-admin',
    body: 'Thủ tướng Chính phủ', problems: [['symbol-state-as-party', 0, 'Quyết định 824/QĐ-TTg của Thủ tướng Chính phủ']],
  },
  { variant: 'QD without the stroke', text: 'Quyết định {[89-QD/TW]}', key: '89-QĐ/TW', problems: [['symbol-no-stroke', 0, 'Quyết định 89-QĐ/TW']] },
  { variant: 'Icelandic Eth Ð in the symbol', text: 'Quyết định {[89-QÐ/TW]}', key: '89-QĐ/TW', problems: [['symbol-eth', 0, 'Quyết định 89-QĐ/TW']] },
  {
    variant: 'Icelandic Eth in the type word and the body', text: 'Quyết Ðịnh số {[290-QÐ/TW]} của Ban Chấp hành Trung ương Ðảng', key: '290-QĐ/TW',
    typeWord: 'Quyết định', body: 'Ban Chấp hành Trung ương Ðảng',
    problems: [['symbol-eth', 0, 'Quyết Ðịnh số 290-QĐ/TW của Ban Chấp hành Trung ương Ðảng']],
  },
  { variant: 'missing hyphen', text: 'Chỉ thị {[92CT/TW]}', key: '92-CT/TW', problems: [['symbol-missing-hyphen', 0, 'Chỉ thị 92-CT/TW']] },
  { variant: 'leading zero', text: 'Chỉ thị {[05-CT/TW]}', key: '5-CT/TW', canonical: '05-CT/TW' },
  { variant: 'QĐi of 2018–2019', text: 'Quy định {[07-QĐi/TW]}', key: '7-QĐ/TW', canonical: '07-QĐi/TW', typeWord: 'Quy định' },
  { variant: 'joint issuers', text: 'Hướng dẫn {[06-HD/BTCTW-BTGTW]}', key: '6-HD/BTCTW-BTGTW', canonical: '06-HD/BTCTW-BTGTW', typeWord: 'Hướng dẫn' },
  { variant: 'extra suffix', text: 'Công văn {[919-CV/VPTW/nb]}', key: '919-CV/VPTW', canonical: '919-CV/VPTW/nb', typeWord: 'Công văn' },
  {
    variant: 'type word disagrees with the code', text: '{[Quyết định]} số {[34-NQ/TW]} của Bộ Chính trị', symbolAt: 1, key: '34-NQ/TW', typeWord: 'Quyết định', body: 'Bộ Chính trị',
    problems: [['type-mismatch', 0, 'Nghị quyết số 34-NQ/TW của Bộ Chính trị', 'Quyết định số 34-QĐ/TW của Bộ Chính trị']],
  },
  {
    variant: 'lower-case type word disagrees with the code', text: 'thực hiện {[chỉ thị]} {[15-NQ/TU]}', symbolAt: 1, key: '15-NQ/TU', typeWord: 'Chỉ thị',
    problems: [['type-mismatch', 0, 'thực hiện nghị quyết 15-NQ/TU', 'thực hiện chỉ thị 15-CT/TU']],
  },
  {
    variant: 'impossible date', text: 'Chỉ thị {[15-CT/TW]} {[ngày 31/02/2020]} của Ban Bí thư', key: '15-CT/TW', date: 'invalid', body: 'Ban Bí thư',
    problems: [['date-invalid', 1]],
  },
  {
    variant: 'date after the document’s own date', text: 'Ngày đăng: 13/01/2022 18:05\nChỉ thị {[43-CT/TW]} {[ngày 14/5/2025]} của Ban Bí thư', key: '43-CT/TW', date: '2025-05-14', body: 'Ban Bí thư',
    problems: [['date-after-document', 1]],
  },
  // Text encoding problems: recognised as the clean text would be, ranges in the raw text.
  {
    variant: 'whole text decomposed (NFD)', nfd: true, symbolAt: 1,
    text: 'Quy{[ế]}t định số {[290-QĐ/TW]}, ngày 25/02/2010 của Bộ Chính trị về ban hành Quy chế công tác dân vận',
    key: '290-QĐ/TW', typeWord: 'Quyết định', date: '2010-02-25', body: 'Bộ Chính trị', title: 'về ban hành Quy chế công tác dân vận',
    problems: [['text-nfd', 0, 'Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về ban hành Quy chế công tác dân vận']],
  },
  {
    variant: 'zero-width space inside the symbol', text: 'Quyết định số {[290{[\u200B]}-QĐ/TW]} của Bộ Chính trị', key: '290-QĐ/TW', body: 'Bộ Chính trị',
    problems: [['text-zero-width', 1, 'Quyết định số 290-QĐ/TW của Bộ Chính trị']],
  },
  {
    variant: 'zero-width characters around the symbol and in the type word',
    text: 'Chỉ{[\u200C]} thị {[\uFEFF]}{[43-CT/TW]}{[\u200B\u2060]} của Ban Bí thư', symbolAt: 2, key: '43-CT/TW', typeWord: 'Chỉ thị', body: 'Ban Bí thư',
    problems: [
      ['text-zero-width', 0, 'Chỉ thị \uFEFF43-CT/TW\u200B\u2060 của Ban Bí thư'],
      ['text-zero-width', 1, 'Chỉ\u200C thị 43-CT/TW\u200B\u2060 của Ban Bí thư'],
      ['text-zero-width', 3, 'Chỉ\u200C thị \uFEFF43-CT/TW của Ban Bí thư'],
    ],
  },
  {
    variant: 'HTML entities in the type word and the title', symbolAt: 1,
    text: 'Quyết {[&#273;]}ịnh số {[290-QĐ/TW]} của Bộ Chính trị về c{[&ocirc;]}ng tác dân vận.',
    key: '290-QĐ/TW', typeWord: 'Quyết định', body: 'Bộ Chính trị', title: 'về công tác dân vận',
    problems: [
      ['text-html-entity', 0, 'Quyết định số 290-QĐ/TW của Bộ Chính trị về c&ocirc;ng tác dân vận.'],
      ['text-html-entity', 2, 'Quyết &#273;ịnh số 290-QĐ/TW của Bộ Chính trị về công tác dân vận.'],
    ],
  },
  {
    variant: 'HTML entity inside the symbol', text: 'Quyết định số {[290-Q{[&#272;]}/TW]} ng{[&agrave;]}y 25/02/2010', key: '290-QĐ/TW', date: '2010-02-25',
    problems: [
      ['text-html-entity', 1, 'Quyết định số 290-QĐ/TW ng&agrave;y 25/02/2010'],
      ['text-html-entity', 2, 'Quyết định số 290-Q&#272;/TW ngày 25/02/2010'],
    ],
  },
  {
    variant: 'HTML entity followed by a combining accent', text: 'Quy{[&ecirc;\u0301]}t định {[217-QĐ/TW]}', symbolAt: 1, key: '217-QĐ/TW', typeWord: 'Quyết định',
    problems: [['text-html-entity', 0, 'Quyết định 217-QĐ/TW']],
  },
  // State symbols (domain.md §1).
  { variant: 'state legal: decree', text: 'Nghị định số {[30/2020/NĐ-CP]} ngày 05/3/2020 của Chính phủ', key: '30/2020/NĐ-CP', kind: 'state-legal', typeWord: 'Nghị định', date: '2020-03-05', body: 'Chính phủ' },
  { variant: 'state administrative: decision', text: 'Quyết định {[1234/QĐ-TTg]}', key: '1234/QĐ-TTg', kind: 'state-admin' },
  { variant: 'state legal: law', text: 'Luật số {[10/2022/QH15]}', key: '10/2022/QH15', kind: 'state-legal', typeWord: 'Luật' },
  { variant: 'state legal: joint circular', text: 'Thông tư liên tịch {[43/2015/TTLT-BNNPTNT-BKHĐT]}', key: '43/2015/TTLT-BNNPTNT-BKHĐT', kind: 'state-legal', typeWord: 'Thông tư liên tịch' },
  { variant: 'state administrative: official letter', text: 'Công văn số {[123/UBND-VP]}', key: '123/UBND-VP', kind: 'state-admin', typeWord: 'Công văn' },
  { variant: 'state administrative: provincial plan', text: 'Kế hoạch số {[45/KH-UBND]} ngày 3/3/2022', key: '45/KH-UBND', kind: 'state-admin', date: '2022-03-03' },
  { variant: 'old state symbol', text: 'Nghị quyết {[504-NQ/TVQH]}', key: '504/NQ-TVQH', kind: 'state-admin' },
];

/** Texts with numbers, dashes and slashes that are not directives. */
const NOT_DIRECTIVES: readonly string[] = [
  'Bản án số 33/2018/HS-ST ngày 12/3/2018 của Tòa án nhân dân tỉnh',
  'Bản án dân sự phúc thẩm số 12/2020/DS-PT và Quyết định giám đốc thẩm số 05/2019/HS-GĐT',
  'Quyết định số 01/2021/QĐ-PT của Tòa án nhân dân cấp cao',
  'Đường dây nóng: 0912-345-678, (024) 3825 1234, 024.3825.1234, 1900-1234 hoặc 0912 345 678.',
  'Ngày 13/01/2022, 13-01-2022, 13.01.2022, ngày 25/02/2010 và 15/10.',
  'Toàn tỉnh có 27 xã/6 huyện đạt chuẩn; 1.452/1.452 thôn có nhà văn hóa.',
  'Tỷ lệ đạt 95,5%, tăng 2.5% so với 100% kế hoạch; lãi suất 6%/năm.',
  'Lúc 10:14, Thứ 7, 15/10/2022 | 07:20:00 [GMT +7].',
  'Phòng, chống dịch Covid-19 và COVID-19; phát triển KT-XH, bảo đảm QP-AN.',
  'Nhiệm kỳ 2021-2026, giai đoạn 2021 - 2025, năm 2020–2021.',
  'Xe biển số 29A-123.45 chạy trên Quốc lộ 1A, km 15+200.',
  'Tổ 5, khu phố 3/2, phường 12; căn hộ 12B-05; mã 3/BC-Covid.',
  'Báo cáo 6 tháng đầu năm, Kế hoạch 5 năm 2021-2025 và Chương trình 135.',
  'F0 tăng 3/4 so với tuần trước; tỷ số 2-1; U23 Việt Nam; ISO 9001:2015.',
];

/** Texts where a mention is or is not linked to the full citation of the same document. */
const MENTIONS: readonly { readonly text: string; readonly citations: readonly string[] }[] = [
  { text: 'Chỉ thị 43-CT/TW ngày 14/5/2015 của Ban Bí thư. Chỉ thị 43 đã đi vào cuộc sống.', citations: ['43-CT/TW', 'Chỉ thị 43 → 0'] },
  { text: 'Quyết định số 290 và Quyết định 290-QĐ/TW.', citations: ['Quyết định số 290 → 1', '290-QĐ/TW'] },
  { text: 'Chỉ thị 43 nói về nhiều việc.', citations: [] },
  { text: 'Báo cáo số 6-BC/TU ngày 2/7/2022. Báo cáo 6 tháng đầu năm cho thấy; Kế hoạch 5-KH/TU và kế hoạch 5 năm.', citations: ['6-BC/TU', '5-KH/TU'] },
  {
    text: 'Nghị quyết 18-NQ/TW ngày 25/10/2017, Nghị quyết 18-NQ/TW ngày 16/6/2022, rồi Nghị quyết 18-NQ/TW ngày 25/10/2017 và Nghị quyết 18.',
    citations: ['18-NQ/TW', '18-NQ/TW', '18-NQ/TW → 0', 'Nghị quyết 18 → 0'],
  },
  {
    text: 'Nghị quyết 18-NQ/TW về bộ máy. Nghị quyết 18-NQ/TW (khóa XIII) về đất đai; Nghị quyết 18-NQ/TW khóa XIII; Nghị quyết 18-NQ/TW nữa.',
    citations: ['18-NQ/TW', '18-NQ/TW', '18-NQ/TW → 1', '18-NQ/TW → 1'],
  },
];

/** Sentences as news articles and reports write them, with the symbols (as keys) they cite. */
const SENTENCES: readonly { readonly text: string; readonly keys: readonly string[] }[] = [
  {
    text: 'Thực hiện Nghị quyết Trung ương 4 khóa XII và Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng.',
    keys: ['21-KL/TW'],
  },
  {
    text: 'Căn cứ Quy định số 102-QĐ/TW, ngày 15/11/2017 của Bộ Chính trị; Hướng dẫn số 02-HD/UBKTTW ngày 12/2/2018 của Ủy ban Kiểm tra Trung ương.',
    keys: ['102-QĐ/TW', '2-HD/UBKTTW'],
  },
  { text: 'Theo Kế hoạch số 45-KH/TU, ngày 3-3-2022 của Ban Thường vụ Tỉnh ủy; Công văn số 1234/UBND-KGVX ngày 5/5/2022 của UBND tỉnh.', keys: ['45-KH/TU', '1234/UBND-KGVX'] },
  { text: 'Nghị quyết số 01/NQ-CP ngày 08/01/2022 của Chính phủ; Nghị quyết 128/NQ-CP; Quyết định 2686/QĐ-BCĐQG.', keys: ['1/NQ-CP', '128/NQ-CP', '2686/QĐ-BCĐQG'] },
  { text: 'Luật Cán bộ, công chức số 22/2008/QH12; Nghị định 138/2020/NĐ-CP ngày 27/11/2020.', keys: ['22/2008/QH12', '138/2020/NĐ-CP'] },
  { text: 'Thực hiện Chỉ thị số 24/CT-TTg ngày 24/9/2021 của Thủ tướng Chính phủ; Chỉ thị 15/CT-TTg, 16/CT-TTg về giãn cách xã hội.', keys: ['24/CT-TTg', '15/CT-TTg', '16/CT-TTg'] },
  { text: 'Đảng bộ tỉnh có 1.235 tổ chức cơ sở đảng với 45.678 đảng viên; kết nạp 1.200 đảng viên mới (đạt 105% KH), lúc 8h30 ngày 12/3.', keys: [] },
  { text: 'Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN; Thông tư liên tịch số 01/2014/TTLT-BNV-BTC.', keys: ['9/2008/NQLT-CP-UBTWMTTQVN', '1/2014/TTLT-BNV-BTC'] },
  { text: 'Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW.', keys: ['1-KL/TW', '5-CT/TW'] },
];

/** Applies edits (non-overlapping, any order) to a text. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) {
    out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  }
  return out;
}

function allProblems(result: ScanResult): Problem[] {
  return [...result.citations.flatMap((c) => c.problems), ...result.problems];
}

function fullCitations(result: ScanResult): Citation[] {
  return result.citations.filter((c) => c.form === 'full');
}

describe('scanner on every variant of domain.md §2–§3', () => {
  for (const v of VARIANTS) {
    it(v.variant, () => {
      const fixture = parseOne(v.nfd ? v.text.normalize('NFD') : v.text);
      const text = fixture.text;
      const nfc = (s: string) => (v.nfd ? s.normalize('NFC') : s);
      const result = scan(text);
      const [c, ...others] = fullCitations(result);
      assert.ok(c, 'a citation is found');
      assert.deepEqual(others.map((o) => o.raw), [], 'no other citation is found');
      assert.deepEqual(c.range, fixture.ranges[v.symbolAt ?? 0], 'the symbol range');
      assert.equal(c.symbol.key, v.key);
      assert.equal(c.symbol.kind, v.kind ?? 'party');
      if (v.canonical) assert.equal(c.symbol.canonical, v.canonical);
      assert.equal(c.typeWord?.value, v.typeWord ?? c.typeWord?.value);
      assert.equal(c.date === undefined ? undefined : (c.date.value.iso ?? 'invalid'), v.date);
      if (v.dateText) assert.equal(c.date && nfc(c.date.text), v.dateText);
      assert.equal(c.body && nfc(c.body.text), v.body);
      assert.equal(c.term?.value, v.term);
      assert.equal(c.title?.value, v.title);

      const expected = (v.problems ?? []).map(([code, at]) => ({ code, range: fixture.ranges[at] }));
      const problems = allProblems(result);
      const order = (a: { code: string; range?: { start: number } }, b: { code: string; range?: { start: number } }) =>
        (a.range?.start ?? 0) - (b.range?.start ?? 0) || a.code.localeCompare(b.code);
      assert.deepEqual(problems.map((p) => ({ code: p.code, range: p.range })).sort(order), expected.sort(order), 'problems and their ranges');
      for (const [code, at, ...fixed] of v.problems ?? []) {
        const p = problems.find((q) => q.code === code && q.range.start === fixture.ranges[at]!.start)!;
        assert.deepEqual(p.fixes.map((f) => applyEdits(text, f.edits)), fixed, `the fixes of ${code}`);
      }
    });
  }

  describe('look-alikes that are not directives', () => {
    for (const text of NOT_DIRECTIVES) {
      it(text, () => {
        assert.deepEqual(scan(text).citations.map((c) => c.raw), []);
      });
    }
  });

  describe('sentences of real articles', () => {
    for (const { text, keys } of SENTENCES) {
      it(text, () => {
        assert.deepEqual(fullCitations(scan(text)).map((c) => c.symbol.key), keys);
      });
    }
  });

  describe('short and repeated mentions', () => {
    for (const { text, citations } of MENTIONS) {
      it(text, () => {
        const found = scan(text).citations.map((c) => (c.refersTo === undefined ? c.raw : `${c.raw} → ${c.refersTo}`));
        assert.deepEqual(found, citations);
      });
    }
  });
});
