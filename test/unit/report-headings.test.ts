/**
 * Report headings, data-driven: a small document in, its outline of headings out, written as the
 * user sees it in the Outline view (indentation = nesting, then kind and the heading text).
 */
import * as assert from 'node:assert/strict';
import { findHeadings, type Heading } from '../../server/src/core/report/headings';
import { detectReportKind, type ReportKind } from '../../server/src/core/report/kind';
import { parseOne } from '../support/fixture';

function render(hs: readonly Heading[], indent = ''): string[] {
  return hs.flatMap((h) => [`${indent}${h.kind} ${h.name}`, ...render(h.children, indent + '  ')]);
}

function outlineOf(text: string): string {
  return render(findHeadings(text).roots).join('\n');
}

describe('report headings', () => {
  const cases: [string, string, string][] = [
    [
      'Roman with "-" and ".", arabic, letters nest by kind',
      'I- ĐẶC ĐIỂM\n1. Thuận lợi\na) Con người\nb) Địa bàn\n2. Khó khăn\nII. Kết quả thực hiện\n2.1. Công tác lãnh đạo\n2.1.1. Quán triệt\n',
      'roman I- ĐẶC ĐIỂM\n  arabic 1. Thuận lợi\n    letter a) Con người\n    letter b) Địa bàn\n  arabic 2. Khó khăn\nroman II. Kết quả thực hiện\n  arabic 2.1. Công tác lãnh đạo\n    arabic 2.1.1. Quán triệt',
    ],
    [
      'PHẦN and "Phần thứ" contain Roman sections',
      'PHẦN I. KẾT QUẢ\nI- ĐẶC ĐIỂM\nPhần thứ hai: Phương hướng\nI- MỤC TIÊU\n',
      'part PHẦN I. KẾT QUẢ\n  roman I- ĐẶC ĐIỂM\npart Phần thứ hai: Phương hướng\n  roman I- MỤC TIÊU',
    ],
    [
      'the title block: heading block, title with its subject, sections, closing',
      'ĐẢNG BỘ TỈNH X\n*\nSố 12-BC/TU\n\nBÁO CÁO\nkết quả công tác năm 2025\n\nI- TÌNH HÌNH\nNơi nhận:\n- Lưu.\nT/M BAN THƯỜNG VỤ\n',
      'header ĐẢNG BỘ TỈNH X\ntitle BÁO CÁO kết quả công tác năm 2025\n  roman I- TÌNH HÌNH\nclosing Nơi nhận',
    ],
    [
      'Markdown headings: "#" is the title, "##" a section, numbering inside wins',
      '---\ntype: bao-cao\n---\n# BÁO CÁO sơ kết\n## I. Tình hình\n### 1. Thuận lợi\n## Kết luận\n',
      'title BÁO CÁO sơ kết\n  roman I. Tình hình\n    arabic 1. Thuận lợi\n  markdown Kết luận',
    ],
    [
      'upper-case lines are headings; signatures are not',
      'MỞ ĐẦU\nNội dung.\nKẾT LUẬN\nNội dung.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n',
      'caps MỞ ĐẦU\ncaps KẾT LUẬN\nclosing T/M BAN THƯỜNG VỤ',
    ],
    [
      'numbers, dates and amounts at the start of a line are no headings',
      '1.452 thôn, bản tổ chức bầu cử.\n13/01/2022 Hội nghị.\n15.10.2022 Tin.\n3,3 triệu người.\n2022 là năm bản lề.\n',
      '',
    ],
    [
      'list items after "gồm:", items ending with ";", sentences are no headings',
      'I- KẾT QUẢ\nCác mô hình gồm:\n1. Mô hình tập thể\n2. Mô hình cá nhân\nNhiệm vụ\n1. Tăng cường tuyên truyền;\n2. Đẩy mạnh thi đua.\n3. Đây là câu một. Đây là câu hai.\n',
      'roman I- KẾT QUẢ',
    ],
    [
      'items after "như sau:" that each have their own paragraph are headings',
      'II- KẾT QUẢ\nKết quả cụ thể như sau:\n\n1. Công tác lãnh đạo\n\nCác cấp ủy đã quán triệt.\n\n2. Kết quả thực hiện\n\nĐạt nhiều kết quả.\n',
      'roman II- KẾT QUẢ\n  arabic 1. Công tác lãnh đạo\n  arabic 2. Kết quả thực hiện',
    ],
    [
      'lower-case text after a numeral is no heading; an item after a sentence is',
      'II- KẾT QUẢ\n1. tăng cường\na) Công tác tuyên truyền\n',
      'roman II- KẾT QUẢ\n  letter a) Công tác tuyên truyền',
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.equal(outlineOf(text), expected));
  }

  it('a section runs from its heading line to its last non-blank line; the heading text is the selection', () => {
    const f = parseOne('{[{[I- ĐẶC ĐIỂM]}\n\nNội dung một.\n\nNội dung hai.]}\n\n\n{[{[II- KẾT QUẢ]}\nCuối.]}\n');
    const hs = findHeadings(f.text).all;
    const got = hs.flatMap((h) => [h.range, h.selectionRange]).sort((a, b) => a.start - b.start || b.end - a.end);
    assert.deepEqual(got, f.ranges.slice().sort((a, b) => a.start - b.start || b.end - a.end));
  });

  it('works on CRLF text with the same offsets as LF text would give per line', () => {
    const text = 'I- ĐẶC ĐIỂM\r\n\r\nNội dung.\r\n\r\nII- KẾT QUẢ\r\n';
    const hs = findHeadings(text).all;
    assert.deepEqual(hs.map((h) => text.slice(h.range.start, h.range.end)), ['I- ĐẶC ĐIỂM\r\n\r\nNội dung.', 'II- KẾT QUẢ']);
  });

  it('the seed articles have no headings', () => {
    // Seeds are read in report-outline.test.ts; a news lead paragraph alone checks the same path here.
    assert.equal(outlineOf('Sáng 13/01, Ban Dân vận Trung ương tổ chức Hội nghị.\n\nMinh Huệ'), '');
  });
});

describe('report kind', () => {
  const cases: [string, string, ReportKind, string][] = [
    ['a title "BÁO CÁO" with "sơ kết"', 'BÁO CÁO\nsơ kết công tác dân vận 6 tháng đầu năm 2026\n', 'bao-cao-so-ket', 'title'],
    ['a title "BÁO CÁO" with "tổng kết"', 'BÁO CÁO\ntổng kết 10 năm thực hiện Chỉ thị số 43-CT/TW\n', 'bao-cao-tong-ket', 'title'],
    ['a title "BÁO CÁO" with "n năm thực hiện"', 'BÁO CÁO\n5 năm thực hiện Quyết định số 23-QĐ/TW\n', 'bao-cao-so-ket', 'title'],
    ['a title "BÁO CÁO" for a year', 'BÁO CÁO\nkết quả công tác dân vận năm 2025\n', 'bao-cao-tong-ket', 'title'],
    ['a title "KẾ HOẠCH"', 'KẾ HOẠCH\ntriển khai Quyết định số 23-QĐ/TW\n', 'ke-hoach', 'title'],
    ['a Party number line "-BC/"', 'ĐẢNG BỘ TỈNH X\nSố 12-BC/TU\nNội dung.\n', 'bao-cao-so-ket', 'number-line'],
    ['a state number line "/KH-"', 'ỦY BAN NHÂN DÂN\nSố: 45/KH-UBND\nNội dung.\n', 'ke-hoach', 'number-line'],
    ['front matter type: bao-cao, kind from the subject', '---\ntype: bao-cao\n---\nBÁO CÁO\ntổng kết năm 2025\n', 'bao-cao-tong-ket', 'front-matter'],
    ['front matter type: tin-hoi-nghi', '---\ntype: tin-hoi-nghi\n---\nSáng 14/11, hội nghị.\n', 'tin-hoi-nghi', 'front-matter'],
    ['a title "TIN HỘI NGHỊ"', 'TIN HỘI NGHỊ\nSáng 14/11, hội nghị quán triệt.\n', 'tin-hoi-nghi', 'title'],
    ['a news article declares nothing', 'Sáng 13/01, Ban Dân vận Trung ương tổ chức Hội nghị.\nBáo cáo công tác dân vận cho thấy kết quả tốt.\n', 'unknown', 'none'],
  ];
  for (const [name, text, kind, source] of cases) {
    it(name, () => {
      const info = detectReportKind(text);
      assert.deepEqual([info.kind, info.source], [kind, source]);
    });
  }
});
