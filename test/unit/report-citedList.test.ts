/**
 * The list of cited directives (Markdown and CSV) and the "Căn cứ" block, checked exactly on seed
 * 001 and on the full report fixture, as the user would get them from the export command.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { canCuBlock, canCuCompletion } from '../../server/src/core/report/canCu';
import { citedDirectives, citedListToCsv, citedListToMarkdown, exportCitedList } from '../../server/src/core/report/citedList';
import { withoutOwnNumber } from '../../server/src/core/report/headingBlock';
import { scan } from '../../server/src/core/scan/scanner';
import { parseOne } from '../support/fixture';

const ROOT = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');
const read = (p: string): string => readFileSync(path.join(ROOT, p), 'utf8');
const SEED_001 = read('seeds/001_a2587cab5026f246.txt');
const REPORT = read('reports/bao-cao-so-ket.txt');

const T43 = 'về tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh ở Việt Nam';
const T290 = 'Về ban hành quy chế công tác dân vận của hệ thống chính trị';
const T217 = 'Quy chế giám sát và phản biện xã hội của MTTQ và các đoàn thể chính trị - xã hội';
const T218 = 'Quy định về việc MTTQ việt nam, các đoàn thể chính trị xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền';
const T292 = 'Về việc giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh và công tác chăm sóc giúp đỡ nạn nhân chất độc màu da cam; tổ chức hoạt động của Hội nạn nhân chất độc màu da cam/dioxin ở Việt Nam';

describe('cited directives list', () => {
  const rows = citedDirectives([scan(SEED_001)]);

  it('seed 001: one row per directive, short mentions counted, sorted by type then date', () => {
    assert.deepEqual(rows.map((r) => `${r.symbol} ×${r.count}`), ['43-CT/TW ×3', '290-QĐ/TW ×2', '217-QĐ/TW ×1', '218-QĐ/TW ×1', '292-TB/TW ×1']);
  });

  it('seed 001 as Markdown', () => {
    assert.equal(citedListToMarkdown(rows, { locale: 'vi' }), [
      '| STT | Số hiệu | Loại văn bản | Ngày ban hành | Cơ quan ban hành | Trích yếu | Số lần trích dẫn |',
      '|---:|---|---|---|---|---|---:|',
      `| 1 | 43-CT/TW | Chỉ thị | 14/5/2015 | Ban Bí thư | ${T43} | 3 |`,
      `| 2 | 290-QĐ/TW | Quyết định | 25/02/2010 | Bộ Chính trị | ${T290} | 2 |`,
      `| 3 | 217-QĐ/TW | Quyết định |  |  | ${T217} | 1 |`,
      `| 4 | 218-QĐ/TW | Quyết định |  |  | ${T218} | 1 |`,
      `| 5 | 292-TB/TW | Thông báo kết luận | 18/9/2009 | Ban Bí thư | ${T292} | 1 |`,
      '',
    ].join('\n'));
  });

  it('seed 001 as CSV for Excel (BOM, CRLF, a title with a comma quoted)', () => {
    assert.equal(citedListToCsv(rows, { locale: 'vi', bom: true }), '\uFEFF' + [
      'STT,Số hiệu,Loại văn bản,Ngày ban hành,Cơ quan ban hành,Trích yếu,Số lần trích dẫn',
      `1,43-CT/TW,Chỉ thị,14/5/2015,Ban Bí thư,${T43},3`,
      `2,290-QĐ/TW,Quyết định,25/02/2010,Bộ Chính trị,${T290},2`,
      `3,217-QĐ/TW,Quyết định,,,${T217},1`,
      `4,218-QĐ/TW,Quyết định,,,"${T218}",1`,
      `5,292-TB/TW,Thông báo kết luận,18/9/2009,Ban Bí thư,${T292},1`,
      '',
    ].join('\r\n'));
  });

  it('the report fixture: its own number left out, the most-cited variant of each detail, catalog facts and status win, English headers', () => {
    const own = citedDirectives([withoutOwnNumber(REPORT, scan(REPORT))], {
      '23-QĐ/TW': { status: 'còn hiệu lực', title: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị' },
      '21-CT/TU': { body: 'Ban Thường vụ Tỉnh ủy Quảng Ninh', title: 'về "Dân vận khéo", ở khu dân cư' },
    });
    assert.equal(citedListToMarkdown(own, { locale: 'en' }), [
      '| No. | Symbol | Type | Date | Issued by | Title | Status | Citations |',
      '|---:|---|---|---|---|---|---|---:|',
      '| 1 | 25-NQ/TW | Nghị quyết | 03/6/2013 | Ban Chấp hành Trung ương Đảng (khóa XI) | về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới |  | 1 |',
      '| 2 | 21-CT/TU | Chỉ thị | 22/12/2021 | Ban Thường vụ Tỉnh ủy Quảng Ninh | về "Dân vận khéo", ở khu dân cư |  | 1 |',
      '| 3 | 23-QĐ/TW | Quyết định | 30/7/2021 | Bộ Chính trị | về việc ban hành Quy chế công tác dân vận của hệ thống chính trị | còn hiệu lực | 6 |',
      '| 4 | 461-QĐ/TU | Quyết định | 14/12/2021 |  | về việc ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh Quảng Ninh |  | 1 |',
      '| 5 | 05-HD/BDVTW | Hướng dẫn | 12/3/2026 | Ban Dân vận Trung ương |  |  | 1 |',
      '| 6 | 04/2015/NĐ-CP | Nghị định | 09/01/2015 | Chính phủ | về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập |  | 1 |',
      '',
    ].join('\n'));
    const csvRow = citedListToCsv(own, { locale: 'vi' }).split('\r\n')[2];
    assert.equal(csvRow, '2,21-CT/TU,Chỉ thị,22/12/2021,Ban Thường vụ Tỉnh ủy Quảng Ninh,"về ""Dân vận khéo"", ở khu dân cư",,1');
  });

  it('a workspace list counts citing documents and pipes in cells are escaped', () => {
    // A "về" title ends at a table cell's "|"; a quoted one keeps it, and the export escapes it.
    const a = scan('Thực hiện Chỉ thị 43-CT/TW “Về A|B”. Chỉ thị 43 được quán triệt.');
    const b = scan('Quán triệt Chỉ thị số 43-CT/TW ngày 14/5/2015 của Ban Bí thư.');
    const list = citedDirectives([a, b]);
    assert.deepEqual(list.map((r) => [r.symbol, r.count, r.documents]), [['43-CT/TW', 3, 2]]);
    assert.equal(citedListToMarkdown(list, { locale: 'vi', documents: true }).split('\n')[2], '| 1 | 43-CT/TW | Chỉ thị | 14/5/2015 | Ban Bí thư | Về A\\|B | 3 | 2 |');
  });
});

describe('what the list shows of doubtful citations', () => {
  const text = 'Thực hiện Quyết định số 34-NQ/TW và Nghị quyết 51/NQ-TW; Chỉ thị số 43-CT/TW ngày 14/5/2015 của Ban Bí thư.';
  const rows = (locale: 'vi' | 'en') => citedDirectives([scan(text)], undefined, locale);

  it('a type word that disagrees with the code is shown as written, with the conflict', () => {
    assert.equal(rows('vi').find((r) => r.key === '34-NQ/TW')!.typeWord, 'Quyết định (ký hiệu NQ là Nghị quyết)');
    assert.equal(rows('en').find((r) => r.key === '34-NQ/TW')!.typeWord, 'Quyết định (the code NQ is a Nghị quyết)');
  });

  it('directives the citations do not describe get no row of empty cells: they are named below the table', () => {
    const md = citedListToMarkdown(rows('vi'), { locale: 'vi' }).split('\n');
    assert.deepEqual(md.slice(2), [
      '| 1 | 43-CT/TW | Chỉ thị | 14/5/2015 | Ban Bí thư |  | 1 |',
      '',
      '*Chưa đưa vào danh mục (chưa xác định được văn bản, cần kiểm tra lại): 34-NQ/TW, 51-NQ/TW.*',
      '',
    ]);
    assert.equal(citedListToCsv(rows('vi'), { locale: 'vi' }).split('\r\n').length, 3, 'header, one row, the final line end');
  });
});

describe('export command', () => {
  it('one document: its own number left out; several: the citing-documents column', () => {
    const one = exportCitedList([{ text: REPORT, scan: scan(REPORT) }], { format: 'markdown', locale: 'vi' });
    assert.ok(!one.includes('125-BC/TU'));
    assert.equal(one.split('\n').length, 2 + 6 + 1);
    const both = exportCitedList([{ text: REPORT, scan: scan(REPORT) }, { text: SEED_001, scan: scan(SEED_001) }], { format: 'csv', locale: 'en', bom: true });
    const lines = both.split('\r\n');
    assert.equal(lines[0], '\uFEFFNo.,Symbol,Type,Date,Issued by,Title,Citations,Citing documents');
    assert.equal(lines.length, 1 + 11 + 1);
  });
});

describe('"Căn cứ" block', () => {
  it('seed 001: one full citation per directive, dates by the zero-padding rule', () => {
    assert.equal(canCuBlock(scan(SEED_001)), [
      `- Căn cứ Chỉ thị số 43-CT/TW, ngày 14/5/2015 của Ban Bí thư ${T43};`,
      '- Căn cứ Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về ban hành quy chế công tác dân vận của hệ thống chính trị;',
      `- Căn cứ Quyết định số 217-QĐ/TW “${T217}”;`,
      `- Căn cứ Quyết định số 218-QĐ/TW “${T218}”;`,
      '- Căn cứ Thông báo kết luận số 292-TB/TW, ngày 18/9/2009 của Ban Bí thư về việc giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh và công tác chăm sóc giúp đỡ nạn nhân chất độc màu da cam; tổ chức hoạt động của Hội nạn nhân chất độc màu da cam/dioxin ở Việt Nam;',
    ].join('\n'));
  });

  const draft = 'Số 12-BC/TU\nThực hiện Nghị quyết số 25-NQ/TW, ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI).\n';
  const block = '- Căn cứ Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI);';
  const cases: [string, string, { replaced: string; newText: string } | undefined][] = [
    ['"Căn" at the start of a line', `${draft}Căn{|}`, { replaced: 'Căn', newText: block }],
    ['"- can cu" without accents', `${draft}  - can cu{|}`, { replaced: '- can cu', newText: block }],
    ['"Căn cứ" in a sentence is not offered', `${draft}Thực hiện căn cứ{|}`, undefined],
    ['one letter is too little', `${draft}C{|}`, undefined],
    ['a text citing nothing but its own number gets nothing', 'Số 12-BC/TU\nCăn cứ{|}', undefined],
  ];
  for (const [name, src, expected] of cases) {
    it(`completion: ${name}`, () => {
      const f = parseOne(src);
      const c = canCuCompletion(f.text, f.cursor!, scan(f.text));
      assert.deepEqual(c && { replaced: f.text.slice(c.range.start, c.range.end), newText: c.newText }, expected);
    });
  }
});
