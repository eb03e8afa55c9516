import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { checkReport, detectReportKind, type ReportKind } from '../../server/src/core/report';
import { scan } from '../../server/src/core/scan/scanner';
import { typeWordOf } from '../../server/src/core/scan/vocabulary';
import {
  choicesOf,
  expandSnippet,
  parseSnippet,
  type ExpandOptions,
  type SnippetNode,
} from '../support/snippetSyntax';

/*
 * The snippet files are the single source of truth for report templates (domain.md §5): VS Code
 * reads them as snippets, and the server and the "new report from template" command can offer the
 * same bodies. These tests read the files as shipped and expand every snippet to the text a user
 * gets after tabbing through it.
 */

const ROOT = path.resolve(__dirname, '../../..');
const SNIPPET_DIR = path.join(ROOT, 'snippets');

interface SnippetEntry {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description?: string;
}

interface Loaded {
  readonly file: string;
  readonly name: string;
  readonly entry: SnippetEntry;
  readonly nodes: SnippetNode[];
}

const files = readdirSync(SNIPPET_DIR)
  .filter((f) => f.endsWith('.code-snippets') || f.endsWith('.json'))
  .sort();

/** Every snippet of every file, parsed (parse errors are reported by the first test). */
function loadAll(): Loaded[] {
  const out: Loaded[] = [];
  for (const file of files) {
    const json = JSON.parse(readFileSync(path.join(SNIPPET_DIR, file), 'utf8')) as Record<string, SnippetEntry>;
    for (const [name, entry] of Object.entries(json)) {
      out.push({ file, name, entry, nodes: parseSnippet(entry.body) });
    }
  }
  return out;
}

function snippet(name: string): Loaded {
  const found = loadAll().find((s) => s.name === name);
  assert.ok(found, `no snippet named ${name}`);
  return found;
}

/** The date a template is written on in these tests: 3 April 2018, as in domain.md §5. */
const APRIL_3_2018 = { CURRENT_DATE: '03', CURRENT_MONTH: '04', CURRENT_YEAR: '2018' };

function expand(name: string, options: ExpandOptions = { variables: APRIL_3_2018 }): string {
  return expandSnippet(snippet(name).nodes, options);
}

/**
 * The structure of an expanded template, as a reader scanning the page sees it: the heading
 * block, the type name, numbered headings (I-, 1., a)), the recipients and the signature.
 */
function outline(text: string): string[] {
  const markers = /^(?:ĐẢNG BỘ |ĐẢNG CỘNG SẢN VIỆT NAM$|Số |BÁO CÁO$|KẾ HOẠCH$|Nơi nhận:$|- Lưu |T\/M |K\/T |BÍ THƯ$|PHÓ BÍ THƯ$|[IVX]+- |\d+\. |[a-z]\) )/u;
  return text
    .split('\n')
    .filter((line) => markers.test(line) || /, ngày \d+ tháng \d+ năm \d{4}$/u.test(line));
}

const HEAD_BC = [
  'ĐẢNG BỘ TỈNH …',
  'Số    -BC/TU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Địa danh, ngày 03 tháng 4 năm 2018',
];

const BODY_REPORT = (period: string): string[] => [
  'I- ĐẶC ĐIỂM TÌNH HÌNH',
  '1. Thuận lợi',
  '2. Khó khăn',
  'II- KẾT QUẢ THỰC HIỆN',
  '1. Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai',
  '2. Kết quả thực hiện các nhiệm vụ trọng tâm',
  'III- ĐÁNH GIÁ CHUNG',
  '1. Ưu điểm',
  '2. Hạn chế, khuyết điểm và nguyên nhân',
  'a) Hạn chế, khuyết điểm',
  'b) Nguyên nhân',
  '3. Bài học kinh nghiệm',
  `IV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP ${period}`,
  '1. Phương hướng, mục tiêu',
  '2. Nhiệm vụ, giải pháp',
  'V- ĐỀ XUẤT, KIẾN NGHỊ',
  '1. Đối với Trung ương',
  '2. Đối với các sở, ban, ngành',
];

const SENT_TO = ['Nơi nhận:', '- Lưu Văn phòng Tỉnh ủy.'];

describe('snippets', () => {
  describe('the snippet syntax checker', () => {
    const expands: [string, string, ExpandOptions?][] = [
      ['plain text', 'plain text'],
      ['${1:a} and $1, ${2|x,y|} and ${2}', 'a and a, x and x'],
      ['${1:outer ${2:inner}} $2', 'outer inner inner'],
      ['\\$1 \\} \\\\ \\n $ {', '$1 } \\ \\n $ {'],
      ['${1|a\\,b,c\\|d|}', 'a,b', undefined],
      ['${1|a\\,b,c\\|d|}', 'c|d', { choices: { 1: 1 } }],
      ['${CURRENT_YEAR} ${TM_SELECTED_TEXT:none}', '2018 none', { variables: { CURRENT_YEAR: '2018' } }],
      ['${1:x}${1/(x)|(y)/${1:+one}${2:+two}/}', 'xone'],
      ['${1:z}${1/(x)|(y)/${1:+one}/}', 'zz'],
      ['${1:z}${1/^(x)?.*$/${1:?one:other}/}', 'zother'],
      ['${1:ha nội}${1/(.*)/${1:/upcase}/}', 'ha nộiHA NỘI'],
      ['${CURRENT_MONTH/^0([3-9])$/$1/}', '3', { variables: { CURRENT_MONTH: '03' } }],
      ['${CURRENT_MONTH/^0([3-9])$/$1/}', '02', { variables: { CURRENT_MONTH: '02' } }],
    ];
    for (const [body, text, options] of expands) {
      it(`expands ${JSON.stringify(body)} to ${JSON.stringify(text)}`, () => {
        assert.equal(expandSnippet(parseSnippet(body), options), text);
      });
    }

    // What VS Code would silently insert as literal text, which in a shipped snippet is a typo.
    const rejects: [string, RegExp][] = [
      ['${1:unclosed', /unclosed placeholder/u],
      ['${1|a,b}', /unclosed choice/u],
      ['${1|a,,b|}', /empty choice option/u],
      ['${1|a,b|', /expected "\}" after the choices/u],
      ['${MONTH}', /unknown variable MONTH/u],
      ['$CURRENTDATE', /unknown variable CURRENTDATE/u],
      ['${ 1}', /expected a tab stop number or a variable name/u],
      ['${1 }', /unexpected " " in tab stop/u],
      ['${CURRENT_MONTH/(/x/}', /bad regular expression/u],
      ['${CURRENT_MONTH/a/b}', /unclosed transform/u],
      ['${1/a/${1:/shout}/}', /unknown format modifier shout/u],
    ];
    for (const [body, message] of rejects) {
      it(`rejects ${JSON.stringify(body)}`, () => assert.throws(() => parseSnippet(body), message));
    }
  });

  describe('files', () => {
    it('every snippet file is plain JSON and every body is well-formed snippet syntax', () => {
      assert.ok(files.length >= 3, `expected the snippet files in ${SNIPPET_DIR}`);
      for (const file of files) {
        const json = JSON.parse(readFileSync(path.join(SNIPPET_DIR, file), 'utf8')) as Record<string, SnippetEntry>;
        for (const [name, entry] of Object.entries(json)) {
          assert.doesNotThrow(() => parseSnippet(entry.body), `${file}: ${name}`);
        }
      }
    });

    it('every snippet has a Vietnamese prefix, an ASCII prefix and a Vietnamese description', () => {
      const ascii = new Map<string, string>();
      for (const s of loadAll()) {
        const prefixes = typeof s.entry.prefix === 'string' ? [s.entry.prefix] : s.entry.prefix;
        const vietnamese = prefixes.filter((p) => /[^\x00-\x7F]/u.test(p));
        const typable = prefixes.filter((p) => /^[a-z][a-z0-9-]*$/u.test(p));
        assert.ok(vietnamese.length > 0, `${s.name}: no Vietnamese prefix in ${prefixes.join(', ')}`);
        assert.ok(typable.length > 0, `${s.name}: no ASCII prefix in ${prefixes.join(', ')}`);
        for (const p of typable) {
          assert.equal(ascii.get(p), undefined, `ASCII prefix ${p} of ${s.name} is also used by ${ascii.get(p)}`);
          ascii.set(p, s.name);
        }
        assert.ok(s.entry.description && /[^\x00-\x7F]/u.test(s.entry.description), `${s.name}: description`);
      }
    });

    it('package.json contributes every snippet file for plain text, Markdown and vanban', () => {
      const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        contributes: { snippets: { language: string; path: string }[] };
      };
      const contributed = pkg.contributes.snippets.map((s) => `${s.language} ${path.normalize(s.path)}`).sort();
      const expected = ['markdown', 'plaintext', 'vanban']
        .flatMap((language) => files.map((f) => `${language} ${path.join('snippets', f)}`))
        .sort();
      assert.deepEqual(contributed, expected);
      for (const s of pkg.contributes.snippets) assert.ok(existsSync(path.join(ROOT, s.path)), s.path);
    });

    it('offers the expected snippets under their ASCII prefixes', () => {
      const byPrefix = Object.fromEntries(
        loadAll().flatMap((s) => [s.entry.prefix].flat().filter((p) => /^[a-z][a-z0-9-]*$/u.test(p)).map((p) => [p, s.name])),
      );
      assert.deepEqual(
        Object.keys(byPrefix).sort(),
        [
          'baocao', 'baocao-soket', 'baocao-thuchien', 'baocao-tongket', 'bc-soket', 'bc-thuchien', 'bc-tongket',
          'danhgia', 'dacdiem', 'dexuat', 'kehoach', 'ketqua', 'ky-kt', 'ky-tm', 'mucdich', 'ngaythang',
          'noinhan', 'phuonghuong', 'tieude', 'tin-hoinghi', 'tochuc', 'trichdan',
        ].sort(),
      );
    });
  });

  describe('whole templates expand to the structure of domain.md §5', () => {
    const cases: { name: string; outline: string[] }[] = [
      {
        name: 'Báo cáo sơ kết 6 tháng',
        outline: [...HEAD_BC, 'BÁO CÁO', ...BODY_REPORT('6 THÁNG CUỐI NĂM 2018'), ...SENT_TO, 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ'],
      },
      {
        name: 'Báo cáo tổng kết năm',
        outline: [...HEAD_BC, 'BÁO CÁO', ...BODY_REPORT('NĂM …'), ...SENT_TO, 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ'],
      },
      {
        name: 'Báo cáo sơ kết, tổng kết n năm thực hiện văn bản',
        outline: [
          ...HEAD_BC,
          'BÁO CÁO',
          ...BODY_REPORT('TRONG THỜI GIAN TỚI').map((line) =>
            line.startsWith('1. Công tác') ? `${line} thực hiện Nghị quyết`
            : line.startsWith('2. Kết quả') ? '2. Kết quả thực hiện các nhiệm vụ theo Nghị quyết'
            : line,
          ),
          ...SENT_TO,
          'T/M BAN THƯỜNG VỤ',
          'K/T BÍ THƯ',
          'PHÓ BÍ THƯ',
        ],
      },
      {
        name: 'Kế hoạch',
        outline: [
          'ĐẢNG BỘ TỈNH …',
          'Số    -KH/TU',
          'ĐẢNG CỘNG SẢN VIỆT NAM',
          'Địa danh, ngày 03 tháng 4 năm 2018',
          'KẾ HOẠCH',
          'I- MỤC ĐÍCH, YÊU CẦU',
          '1. Mục đích',
          '2. Yêu cầu',
          'II- NỘI DUNG',
          '1. …',
          'III- TỔ CHỨC THỰC HIỆN',
          '1. Kinh phí thực hiện',
          '2. Phân công thực hiện',
          ...SENT_TO,
          'T/M BAN THƯỜNG VỤ',
          'BÍ THƯ',
        ],
      },
    ];
    for (const c of cases) {
      it(c.name, () => assert.deepEqual(outline(expand(c.name)), c.outline));
    }

    it('the six-month report names the period in its title and in section IV', () => {
      const text = expand('Báo cáo sơ kết 6 tháng');
      assert.match(text, /\nBÁO CÁO\nsơ kết công tác dân vận 6 tháng đầu năm 2018,\nphương hướng, nhiệm vụ 6 tháng cuối năm 2018\n/u);
    });

    it('the year-end report carries the year typed in the title into section IV', () => {
      const name = 'Báo cáo tổng kết năm';
      // Tab stop 10 is the year; before it is typed both places read "năm …".
      assert.match(expand(name, { variables: APRIL_3_2018 }), /nhiệm vụ năm …\n[\s\S]*GIẢI PHÁP NĂM …\n/u);
      const text = expand(name, { variables: APRIL_3_2018, values: { 10: '2019' } });
      assert.match(text, /phương hướng, nhiệm vụ năm 2019\n/u);
      assert.match(text, /\nIV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP NĂM 2019\n/u);
    });

    it('every template reads right before any placeholder is filled: no transform (VS Code shows a transform\'s raw source until Tab leaves it)', () => {
      for (const file of ['bao-cao', 'muc', 'trich-dan']) {
        const data = JSON.parse(readFileSync(path.join(ROOT, 'snippets', `${file}.code-snippets`), 'utf8')) as Record<string, { body: string[] }>;
        for (const [name, sn] of Object.entries(data)) {
          assert.doesNotMatch(sn.body.join('\n'), /\$\{\d+\//u, `${name} transforms a tab stop`);
        }
      }
      const title = expand('Báo cáo sơ kết, tổng kết n năm thực hiện văn bản').split('\n').find((l) => l.includes('năm thực hiện'));
      assert.equal(title, 'sơ kết 5 năm thực hiện Nghị quyết số …-NQ/TW, ngày … của Bộ Chính trị về …');
    });

    it('the plan offers "NHIỆM VỤ, GIẢI PHÁP" as the other name of section II', () => {
      const choice = choicesOf(snippet('Kế hoạch').nodes).find((c) => c.options.includes('NỘI DUNG'));
      assert.ok(choice);
      assert.deepEqual(choice.options, ['NỘI DUNG', 'NHIỆM VỤ, GIẢI PHÁP']);
      const text = expand('Kế hoạch', { variables: APRIL_3_2018, choices: { [choice.index]: 1 } });
      assert.match(text, /\nII- NHIỆM VỤ, GIẢI PHÁP\n/u);
    });

    it('the report on n years of a directive cites it in full in its title', () => {
      const s = snippet('Báo cáo sơ kết, tổng kết n năm thực hiện văn bản');
      const choices = choicesOf(s.nodes);
      const kind = choices.find((c) => c.options.includes('sơ kết'));
      const type = choices.find((c) => c.options.includes('Chỉ thị'));
      const body = choices.find((c) => c.options.includes('Ban Bí thư'));
      assert.deepEqual(kind?.options, ['sơ kết', 'tổng kết']);
      const code = choices.find((c) => c.options.includes('CT'));
      const number = type!.index + 1;
      const text = expandSnippet(s.nodes, {
        variables: APRIL_3_2018,
        choices: { [kind!.index]: 1, [type!.index]: type!.options.indexOf('Chỉ thị'), [code!.index]: type!.options.indexOf('Chỉ thị'), [body!.index]: 1 },
        values: { [number]: '43', [body!.index - 1]: '14/5/2015', [body!.index + 1]: 'tăng cường sự lãnh đạo của Đảng' },
      });
      assert.match(
        text,
        /\nBÁO CÁO\ntổng kết 5 năm thực hiện Chỉ thị số 43-CT\/TW, ngày 14\/5\/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng\n/u,
      );
      assert.match(text, /\n1\. Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai thực hiện Chỉ thị\n/u);
    });

    it('the conference news item follows lead, attendees, results, limits, tasks, direction, byline', () => {
      const paragraphs = expand('Tin hội nghị')
        .split('\n')
        .filter((line) => line !== '');
      assert.deepEqual(
        paragraphs.map((p) => p.split(/[ ,:]/u).slice(0, 3).join(' ')),
        ['Tiêu đề tin', 'Sáng 03/04 ', 'Dự hội nghị', 'Thời gian qua', 'Bên cạnh những', 'Thời gian tới', 'Phát biểu chỉ', 'Tác giả'],
      );
      assert.match(paragraphs[1]!, /^Sáng 03\/04, Ban Dân vận Tỉnh ủy tổ chức Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2018, /u);
      assert.match(paragraphs[6]!, /^Phát biểu chỉ đạo tại hội nghị, đồng chí /u);
    });

    it('an expanded template gives the scanner nothing to complain about', () => {
      for (const s of loadAll()) {
        const result = scan(expandSnippet(s.nodes, { variables: APRIL_3_2018 }));
        const problems = [...result.problems, ...result.citations.flatMap((c) => c.problems)].map((p) => p.code);
        assert.deepEqual(problems, [], s.name);
      }
    });
  });

  describe('templates agree with the report checks of the server', () => {
    // The third element picks an option of a choice, by its text.
    const kinds: [string, ReportKind, string?][] = [
      ['Báo cáo sơ kết 6 tháng', 'bao-cao-so-ket'],
      ['Báo cáo tổng kết năm', 'bao-cao-tong-ket'],
      ['Báo cáo sơ kết, tổng kết n năm thực hiện văn bản', 'bao-cao-so-ket'],
      ['Báo cáo sơ kết, tổng kết n năm thực hiện văn bản', 'bao-cao-tong-ket', 'tổng kết'],
      ['Kế hoạch', 'ke-hoach'],
    ];
    for (const [name, kind, pick] of kinds) {
      it(`${name}${pick ? ` (${pick})` : ''} is a ${kind} with every standard section, on any date`, () => {
        const s = snippet(name);
        const choice = choicesOf(s.nodes).find((c) => pick !== undefined && c.options.includes(pick));
        const choices = choice ? { [choice.index]: choice.options.indexOf(pick!) } : {};
        assert.equal(detectReportKind(expandSnippet(s.nodes, { variables: APRIL_3_2018, choices })).kind, kind);
        for (let month = 1; month <= 12; month++) {
          for (const day of [1, 10]) {
            const variables = {
              ...APRIL_3_2018,
              CURRENT_DATE: String(day).padStart(2, '0'),
              CURRENT_MONTH: String(month).padStart(2, '0'),
            };
            const problems = checkReport(expandSnippet(s.nodes, { variables, choices }));
            assert.deepEqual(problems.map((p) => `${p.code} ${JSON.stringify(p.args)}`), [], `${day}/${month}`);
          }
        }
      });
    }

    it('the conference news item gets no report checks', () => {
      assert.deepEqual(checkReport(expand('Tin hội nghị')), []);
    });
  });

  describe('sections on their own', () => {
    const cases: { name: string; outline: string[] }[] = [
      { name: 'I- Đặc điểm tình hình', outline: BODY_REPORT('').slice(0, 3) },
      { name: 'II- Kết quả thực hiện', outline: BODY_REPORT('').slice(3, 6) },
      { name: 'III- Đánh giá chung', outline: BODY_REPORT('').slice(6, 12) },
      { name: 'IV- Phương hướng, nhiệm vụ, giải pháp', outline: BODY_REPORT('6 THÁNG CUỐI NĂM').slice(12, 15) },
      { name: 'V- Đề xuất, kiến nghị', outline: BODY_REPORT('').slice(15) },
      { name: 'Kế hoạch: I- Mục đích, yêu cầu', outline: ['I- MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu'] },
      {
        name: 'Kế hoạch: III- Tổ chức thực hiện',
        outline: ['III- TỔ CHỨC THỰC HIỆN', '1. Kinh phí thực hiện', '2. Phân công thực hiện'],
      },
      { name: 'Nơi nhận', outline: SENT_TO },
      { name: 'Chữ ký T/M', outline: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'] },
      { name: 'Chữ ký K/T', outline: ['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ'] },
      {
        name: 'Tiêu đề văn bản Đảng',
        outline: ['ĐẢNG BỘ TỈNH …', 'Số    -BC/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Địa danh, ngày 03 tháng 4 năm 2018'],
      },
    ];
    for (const c of cases) {
      it(c.name, () => assert.deepEqual(outline(expand(c.name)), c.outline));
    }

    it('each section reads the same alone as inside the six-month report', () => {
      const whole = expand('Báo cáo sơ kết 6 tháng');
      for (const name of ['I- Đặc điểm tình hình', 'III- Đánh giá chung', 'Nơi nhận', 'Chữ ký T/M']) {
        assert.ok(whole.includes(expand(name)), name);
      }
    });

    it('the heading block has no colon after "Số" and four spaces for the number', () => {
      assert.match(expand('Tiêu đề văn bản Đảng'), /^ĐẢNG BỘ TỈNH …\nBAN THƯỜNG VỤ TỈNH ỦY\n\*\nSố {4}-BC\/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n/u);
    });
  });

  describe('the date line follows the zero-padding rule (domain.md §5)', () => {
    const dateLine = (variables: Record<string, string>): string =>
      expand('Địa danh, ngày tháng', { variables, values: { 1: 'Hà Nội' } });

    it('writes the example of domain.md exactly', () => {
      assert.equal(dateLine(APRIL_3_2018), 'Hà Nội, ngày 03 tháng 4 năm 2018');
    });

    const months: [string, string][] = [
      ['01', '01'], ['02', '02'], ['03', '3'], ['04', '4'], ['05', '5'], ['06', '6'],
      ['07', '7'], ['08', '8'], ['09', '9'], ['10', '10'], ['11', '11'], ['12', '12'],
    ];
    for (const [current, written] of months) {
      it(`month ${current} is written "tháng ${written}" in every template`, () => {
        for (const s of loadAll()) {
          const text = expandSnippet(s.nodes, { variables: { ...APRIL_3_2018, CURRENT_MONTH: current } });
          for (const m of text.matchAll(/ngày \d+ tháng (\d+) năm/gu)) assert.equal(m[1], written, s.name);
        }
      });
    }

    it('days below 10 keep their zero and the others are unchanged', () => {
      for (let day = 1; day <= 31; day++) {
        const dd = String(day).padStart(2, '0');
        assert.equal(dateLine({ ...APRIL_3_2018, CURRENT_DATE: dd }), `Hà Nội, ngày ${dd} tháng 4 năm 2018`);
      }
    });
  });

  describe('the citation snippet', () => {
    const s = (): Loaded => snippet('Trích dẫn văn bản');
    const FILLED = { 2: '23', 5: '30/7/2021', 7: 'việc ban hành Quy chế công tác dân vận của hệ thống chính trị' };

    it('expands to a full citation the scanner reads back', () => {
      const [type, code] = choicesOf(s().nodes);
      const pick = type!.options.indexOf('Quyết định');
      const text = expandSnippet(s().nodes, { choices: { 1: pick, [code!.index]: pick }, values: FILLED });
      assert.equal(
        text,
        'Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
      );
      const [citation, ...rest] = scan(text).citations;
      assert.equal(rest.length, 0);
      assert.equal(citation?.symbol.key, '23-QĐ/TW');
      assert.equal(citation?.typeWord?.value, 'Quyết định');
      assert.equal(citation?.date?.value.iso, '2021-07-30');
      assert.equal(citation?.body?.value, 'Bộ Chính trị');
      assert.deepEqual(citation?.problems.map((p) => p.code), []);
    });

    it('offers the type codes in the order of the type words: the same pick agrees with the vocabulary', () => {
      const [type, code] = choicesOf(s().nodes);
      assert.equal(code!.options.length, type!.options.length);
      for (const [i, word] of type!.options.entries()) {
        const text = expandSnippet(s().nodes, { choices: { 1: i, [code!.index]: i }, values: FILLED });
        const written = /số 23-([^/]+)\//u.exec(text)?.[1];
        assert.ok(written && typeWordOf(word)?.codes.includes(written), `${word} → ${written}`);
      }
    });

    it('reads as a citation before anything is chosen or typed', () => {
      assert.equal(expandSnippet(s().nodes), 'Nghị quyết số …-NQ/TW, ngày … của Bộ Chính trị về …');
      const [, , issuer] = choicesOf(s().nodes);
      assert.deepEqual(issuer!.options, ['TW', 'TU', 'HU']);
    });
  });
});
