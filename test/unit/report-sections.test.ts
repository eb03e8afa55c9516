/**
 * Report checks, data-driven: a draft with the expected problem ranges marked `{[ … ]}`, and for
 * each problem its code, its Vietnamese message, its fix title and the exact text after the fix.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fixTitle, problemMessage } from '../../server/src/core/messages';
import { sectionCompletions } from '../../server/src/core/report/sectionCompletion';
import { checkReport } from '../../server/src/core/report/sections';
import type { TextEdit } from '../../server/src/core/scan/types';
import { parseOne } from '../support/fixture';

/** Applies edits the way an editor does: all against the original text; inserts before a replace at the same offset. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.range.start - a.e.range.start || b.i - a.i);
  let out = text;
  for (const { e } of order) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

interface Expected {
  readonly code: string;
  readonly message: string;
  readonly fix?: string;
  readonly fixed?: string;
}

/** Checks a draft; `only` keeps the problems of one code (a heading block alone also lacks every section). */
function check(src: string, expected: readonly Expected[], only?: string): void {
  const f = parseOne(src);
  const problems = checkReport(f.text).filter((p) => only === undefined || p.code === only);
  assert.deepEqual(problems.map((p) => p.range), f.ranges, 'problem ranges');
  const got = problems.map((p): Expected => {
    const fix = p.fixes[0];
    return {
      code: p.code,
      message: problemMessage(p, 'vi'),
      ...(fix && { fix: fixTitle(fix, 'vi'), fixed: applyEdits(f.text, fix.edits) }),
    };
  });
  assert.deepEqual(got, expected);
}

const MISSING = (section: string, kind = 'báo cáo sơ kết'): string => `Thiếu mục "${section}" của ${kind}`;

describe('report sections', () => {
  it('a missing section is inserted after the previous standard section, numbered in sequence', () => {
    check(
      'BÁO CÁO\nsơ kết 6 tháng đầu năm 2026\n\nI- ĐẶC ĐIỂM TÌNH HÌNH\n\nNội dung.\n\nII- KẾT QUẢ THỰC HIỆN\n\nNội dung.\n\n{[III- ĐÁNH GIÁ CHUNG]}\n\nNội dung.\n\nV- ĐỀ XUẤT, KIẾN NGHỊ\n\nNội dung.\n',
      [{
        code: 'report-missing-section',
        message: MISSING('PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP'),
        fix: 'Thêm mục "IV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP"',
        fixed: 'BÁO CÁO\nsơ kết 6 tháng đầu năm 2026\n\nI- ĐẶC ĐIỂM TÌNH HÌNH\n\nNội dung.\n\nII- KẾT QUẢ THỰC HIỆN\n\nNội dung.\n\nIII- ĐÁNH GIÁ CHUNG\n\nNội dung.\n\nIV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP\n\nV- ĐỀ XUẤT, KIẾN NGHỊ\n\nNội dung.\n',
      }],
    );
  });

  it('a missing section with sub-items, in the document\'s style ("II." and sentence case); headings are matched without accents and with extra words', () => {
    check(
      'BÁO CÁO\ntổng kết năm 2025\n\nI. Đặc điểm tình hình\n\n{[II. Ket qua thuc hien nam 2025]}\n\n1- Công tác lãnh đạo\n\nIII. Phương hướng, nhiệm vụ năm 2026\n\nIV. Kiến nghị\n',
      [{
        code: 'report-missing-section',
        message: MISSING('ĐÁNH GIÁ CHUNG', 'báo cáo tổng kết'),
        fix: 'Thêm mục "III. Đánh giá chung" và đánh số lại các mục sau',
        fixed: 'BÁO CÁO\ntổng kết năm 2025\n\nI. Đặc điểm tình hình\n\nII. Ket qua thuc hien nam 2025\n\n1- Công tác lãnh đạo\n\nIII. Đánh giá chung\n\n1- Ưu điểm\n\n2- Hạn chế, khuyết điểm và nguyên nhân\n\n3- Bài học kinh nghiệm\n\nIV. Phương hướng, nhiệm vụ năm 2026\n\nV. Kiến nghị\n',
      }],
    );
  });

  it('a missing first section goes before the first one present, and the others are renumbered', () => {
    check(
      'Số 12-BC/TU\n\n{[I- KẾT QUẢ THỰC HIỆN]}\n\nII- ĐÁNH GIÁ CHUNG\n\nIII- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP\n\nIV- ĐỀ XUẤT, KIẾN NGHỊ\n',
      [{
        code: 'report-missing-section',
        message: MISSING('ĐẶC ĐIỂM TÌNH HÌNH'),
        fix: 'Thêm mục "I- ĐẶC ĐIỂM TÌNH HÌNH" và đánh số lại các mục sau',
        fixed: 'Số 12-BC/TU\n\nI- ĐẶC ĐIỂM TÌNH HÌNH\n\n1. Thuận lợi\n\n2. Khó khăn\n\nII- KẾT QUẢ THỰC HIỆN\n\nIII- ĐÁNH GIÁ CHUNG\n\nIV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP\n\nV- ĐỀ XUẤT, KIẾN NGHỊ\n',
      }],
    );
  });

  it('sections numbered as parts ("Phần thứ hai: …"): the skeleton is a part, with Roman sub-items, set apart from the title', () => {
    check(
      '# BÁO CÁO\n{[{[{[Phần thứ hai: Phương hướng, nhiệm vụ]}]}]}\n\nNội dung.\n\nPhần thứ ba: Đề xuất\n',
      [{
        code: 'report-missing-section',
        message: MISSING('ĐẶC ĐIỂM TÌNH HÌNH'),
        fix: 'Thêm mục "Phần thứ nhất: Đặc điểm tình hình"',
        fixed: '# BÁO CÁO\n\nPhần thứ nhất: Đặc điểm tình hình\n\nI. Thuận lợi\n\nII. Khó khăn\n\nPhần thứ hai: Phương hướng, nhiệm vụ\n\nNội dung.\n\nPhần thứ ba: Đề xuất\n',
      }, {
        code: 'report-missing-section',
        message: MISSING('KẾT QUẢ THỰC HIỆN'),
        fix: 'Thêm mục "Phần thứ nhất: Kết quả thực hiện"',
        fixed: '# BÁO CÁO\n\nPhần thứ nhất: Kết quả thực hiện\n\nI. Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai\n\nII. Kết quả thực hiện các nhiệm vụ\n\nPhần thứ hai: Phương hướng, nhiệm vụ\n\nNội dung.\n\nPhần thứ ba: Đề xuất\n',
      }, {
        code: 'report-missing-section',
        message: MISSING('ĐÁNH GIÁ CHUNG'),
        fix: 'Thêm mục "Phần thứ nhất: Đánh giá chung"',
        fixed: '# BÁO CÁO\n\nPhần thứ nhất: Đánh giá chung\n\nI. Ưu điểm\n\nII. Hạn chế, khuyết điểm và nguyên nhân\n\nIII. Bài học kinh nghiệm\n\nPhần thứ hai: Phương hướng, nhiệm vụ\n\nNội dung.\n\nPhần thứ ba: Đề xuất\n',
      }],
    );
  });

  it('no standard section at all: each skeleton goes before "Nơi nhận"', () => {
    const src = 'BÁO CÁO\nsơ kết công tác quý I\n\nThực hiện chỉ đạo, báo cáo như sau:\n\nNơi nhận:\n- Lưu.\n';
    const problems = checkReport(parseOne(src).text);
    assert.deepEqual(problems.map((p) => p.args['section']), [
      'ĐẶC ĐIỂM TÌNH HÌNH', 'KẾT QUẢ THỰC HIỆN', 'ĐÁNH GIÁ CHUNG', 'PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP', 'ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    assert.equal(
      applyEdits(src, problems[0]!.fixes[0]!.edits),
      'BÁO CÁO\nsơ kết công tác quý I\n\nThực hiện chỉ đạo, báo cáo như sau:\n\nI- ĐẶC ĐIỂM TÌNH HÌNH\n\n1. Thuận lợi\n\n2. Khó khăn\n\nNơi nhận:\n- Lưu.\n',
    );
  });

  it('a plan in Markdown: "## II. Nội dung" inserted with its marks, the next section renumbered', () => {
    check(
      '---\ntype: ke-hoach\n---\n# KẾ HOẠCH\n\n## {[I. Mục đích, yêu cầu]}\n\n### 1. Mục đích\n\nNội dung.\n\n## II. Tổ chức thực hiện\n\nNội dung.\n',
      [{
        code: 'report-missing-section',
        message: MISSING('NỘI DUNG', 'kế hoạch'),
        fix: 'Thêm mục "II. Nội dung" và đánh số lại các mục sau',
        fixed: '---\ntype: ke-hoach\n---\n# KẾ HOẠCH\n\n## I. Mục đích, yêu cầu\n\n### 1. Mục đích\n\nNội dung.\n\n## II. Nội dung\n\n## III. Tổ chức thực hiện\n\nNội dung.\n',
      }],
    );
  });

  it('a section out of order is moved to its place and the sections renumbered', () => {
    check(
      'BÁO CÁO\nsơ kết\n\nI- ĐẶC ĐIỂM TÌNH HÌNH\n\nA.\n\nII- ĐÁNH GIÁ CHUNG\n\nB.\n\n{[III- KẾT QUẢ THỰC HIỆN]}\n\nC.\n\nIV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP\n\nD.\n\nV- ĐỀ XUẤT, KIẾN NGHỊ\n\nE.\n',
      [{
        code: 'report-section-order',
        message: 'Mục "KẾT QUẢ THỰC HIỆN" không đúng thứ tự chuẩn (I. ĐẶC ĐIỂM TÌNH HÌNH → II. KẾT QUẢ THỰC HIỆN → III. ĐÁNH GIÁ CHUNG → IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP → V. ĐỀ XUẤT, KIẾN NGHỊ)',
        fix: 'Chuyển mục "KẾT QUẢ THỰC HIỆN" về đúng vị trí và đánh số lại các mục',
        fixed: 'BÁO CÁO\nsơ kết\n\nI- ĐẶC ĐIỂM TÌNH HÌNH\n\nA.\n\nII- KẾT QUẢ THỰC HIỆN\n\nC.\n\nIII- ĐÁNH GIÁ CHUNG\n\nB.\n\nIV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP\n\nD.\n\nV- ĐỀ XUẤT, KIẾN NGHỊ\n\nE.\n',
      }],
    );
  });

  it('the last section moved up keeps the text tidy', () => {
    check(
      'KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nA.\n\nII. TỔ CHỨC THỰC HIỆN\n\nB.\n\n{[III. NỘI DUNG]}\n\nC.\n',
      [{
        code: 'report-section-order',
        message: 'Mục "NỘI DUNG" không đúng thứ tự chuẩn (I. MỤC ĐÍCH, YÊU CẦU → II. NỘI DUNG → III. TỔ CHỨC THỰC HIỆN)',
        fix: 'Chuyển mục "NỘI DUNG" về đúng vị trí và đánh số lại các mục',
        fixed: 'KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nA.\n\nII. NỘI DUNG\n\nC.\n\nIII. TỔ CHỨC THỰC HIỆN\n\nB.\n',
      }],
    );
  });

  it('the full report fixture and the full plan fixture have no problems', () => {
    for (const name of ['bao-cao-so-ket.txt', 'ke-hoach.md']) {
      const text = readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'reports', name), 'utf8');
      assert.deepEqual(checkReport(text).map((p) => p.code), [], name);
    }
  });

  it('every report problem has its message and fix title in English too', () => {
    const text = 'BÁO CÁO\nsơ kết\n\nSố: 12-BC/TU\nHà Nội, ngày 3 tháng 4 năm 2018\n\nII- ĐÁNH GIÁ CHUNG\n\nI- KẾT QUẢ THỰC HIỆN\n';
    const en = checkReport(text).map((p) => `${p.code}: ${problemMessage(p, 'en')} / ${fixTitle(p.fixes[0]!, 'en')}`);
    assert.deepEqual(en, [
      'report-number-colon: Write "Số 12-BC/TU": Party documents write "Số" without a colon, state documents write "Số:" / Change to "Số 12-BC/TU"',
      'report-date-format: Date not written by the rule (zero before a day under 10 and before months 1 and 2): write "ngày 03 tháng 4 năm 2018" / Change to "ngày 03 tháng 4 năm 2018"',
      'report-missing-section: Missing the standard section "ĐẶC ĐIỂM TÌNH HÌNH" of a báo cáo sơ kết / Insert the section "I- ĐẶC ĐIỂM TÌNH HÌNH"',
      'report-missing-section: Missing the standard section "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP" of a báo cáo sơ kết / Insert the section "III- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP"',
      'report-missing-section: Missing the standard section "ĐỀ XUẤT, KIẾN NGHỊ" of a báo cáo sơ kết / Insert the section "III- ĐỀ XUẤT, KIẾN NGHỊ"',
      'report-section-order: Section "KẾT QUẢ THỰC HIỆN" is out of the standard order (I. ĐẶC ĐIỂM TÌNH HÌNH → II. KẾT QUẢ THỰC HIỆN → III. ĐÁNH GIÁ CHUNG → IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP → V. ĐỀ XUẤT, KIẾN NGHỊ) / Move the section "KẾT QUẢ THỰC HIỆN" to its place',
    ]);
  });

  it('news articles and texts that declare nothing get no section checks', () => {
    check('---\ntype: tin-hoi-nghi\n---\nSáng 14/11, hội nghị.\n\nI- KẾT QUẢ\n\nHà Nội, ngày 3 tháng 4 năm 2018\n', []);
    check('Sáng 13/01, Ban Dân vận Trung ương tổ chức Hội nghị.\n\nI- KẾT QUẢ THỰC HIỆN\n', []);
  });
});

describe('report heading block', () => {
  const dateCases: [string, string | undefined, string | undefined][] = [
    ['Hà Nội, {[ngày 3 tháng 4 năm 2018]}', 'Hà Nội, ngày 03 tháng 4 năm 2018', 'ngày 03 tháng 4 năm 2018'],
    ['Hà Nội, {[ngày 03 tháng 04 năm 2018]}', 'Hà Nội, ngày 03 tháng 4 năm 2018', 'ngày 03 tháng 4 năm 2018'],
    ['Quảng Ninh, {[ngày 15 tháng 1 năm 2020]}', 'Quảng Ninh, ngày 15 tháng 01 năm 2020', 'ngày 15 tháng 01 năm 2020'],
    ['Quảng Ninh, {[ngày 5 tháng 2 năm 2020]}.', 'Quảng Ninh, ngày 05 tháng 02 năm 2020.', 'ngày 05 tháng 02 năm 2020'],
    ['Số 12-BC/TU\t\tHà Nội, {[ngày 9 tháng 10 năm 2025]}', 'Số 12-BC/TU\t\tHà Nội, ngày 09 tháng 10 năm 2025', 'ngày 09 tháng 10 năm 2025'],
    ['Hà Nội, ngày 05 tháng 02 năm 2020', undefined, undefined],
    ['Hà Nội, ngày 20 tháng 11 năm 2026', undefined, undefined],
    ['Sáng ngày 3 tháng 4 năm 2018, hội nghị khai mạc.', undefined, undefined],
  ];
  for (const [line, fixed, expected] of dateCases) {
    it(`date line: ${line.replace(/\{\[|\]\}/g, '').replace(/\t/g, '→')}`, () => {
      check(line + '\n', expected === undefined ? [] : [{
        code: 'report-date-format',
        message: `Ngày tháng ghi chưa đúng quy định (ngày dưới 10 và tháng 1, 2 có số 0 ở trước): nên viết "${expected}"`,
        fix: `Sửa thành "${expected}"`,
        fixed: fixed! + '\n',
      }], 'report-date-format');
    });
  }

  const numberCases: [string, string | undefined, string | undefined][] = [
    ['{[Số: ]}12-BC/TU', 'Số 12-BC/TU', 'Số 12-BC/TU'],
    ['{[Số:    ]}-BC/TU', 'Số    -BC/TU', 'Số    -BC/TU'],
    ['{[Số ]}30/2020/NĐ-CP', 'Số: 30/2020/NĐ-CP', 'Số: 30/2020/NĐ-CP'],
    ['{[Số    ]}/KH-UBND', 'Số:    /KH-UBND', 'Số:    /KH-UBND'],
    ['Số 12-BC/TU', undefined, undefined],
    ['Số: 45/KH-UBND', undefined, undefined],
  ];
  for (const [line, fixed, expected] of numberCases) {
    it(`number line: ${line.replace(/\{\[|\]\}/g, '')}`, () => {
      check(line + '\n', expected === undefined ? [] : [{
        code: 'report-number-colon',
        message: `Nên viết "${expected}": văn bản của Đảng ghi "Số" không có dấu hai chấm, văn bản nhà nước ghi "Số:"`,
        fix: `Sửa thành "${expected}"`,
        fixed: fixed! + '\n',
      }], 'report-number-colon');
    });
  }
});

describe('section completion at the start of a line', () => {
  const draft = 'BÁO CÁO\nsơ kết 6 tháng\n\nI- ĐẶC ĐIỂM TÌNH HÌNH\n\nNội dung.\n\n';
  const cases: [string, string, string[]][] = [
    ['an empty line after section I offers the missing sections numbered II', `${draft}{|}`, [
      'II- KẾT QUẢ THỰC HIỆN', 'II- ĐÁNH GIÁ CHUNG', 'II- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP', 'II- ĐỀ XUẤT, KIẾN NGHỊ',
    ]],
    ['what was typed is replaced', `${draft}II- KẾ{|}`, [
      'II- KẾT QUẢ THỰC HIỆN', 'II- ĐÁNH GIÁ CHUNG', 'II- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP', 'II- ĐỀ XUẤT, KIẾN NGHỊ',
    ]],
    ['nothing over a heading typed in full (Enter is a new line, not a skeleton)', `${draft}II- KẾT QUẢ THỰC HIỆN{|}`, []],
    ['nothing over a heading typed in full, in lower case and without accents', `${draft}## II. ket qua thuc hien{|}`, []],
    ['nothing in the middle of a sentence', `${draft}Thực hiện 1.452 thôn {|}`, []],
    ['nothing in a news article', 'Sáng 13/01, hội nghị.\n\n{|}', []],
  ];
  for (const [name, src, labels] of cases) {
    it(name, () => {
      const f = parseOne(src);
      const got = sectionCompletions(f.text, f.cursor!);
      assert.deepEqual(got.map((c) => c.label), labels);
      for (const c of got) assert.equal(c.range.end, f.cursor);
    });
  }

  it('the skeleton replaces the typed text and follows the draft\'s style', () => {
    const f = parseOne(`${draft}II- đánh{|}`);
    const c = sectionCompletions(f.text, f.cursor!).find((x) => x.sectionId === 'danh-gia')!;
    assert.equal(f.text.slice(c.range.start, c.range.end), 'II- đánh');
    assert.equal(c.newText, 'II- ĐÁNH GIÁ CHUNG\n\n1. Ưu điểm\n\n2. Hạn chế, khuyết điểm và nguyên nhân\n\n3. Bài học kinh nghiệm');
    assert.match(c.filterText, /danh gia chung/);
  });
});
