import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument, type CheckContext, type FileFix } from '../../server/src/core/catalog/checks';
import { CATALOG_CHECK_CODES } from '../../server/src/core/catalog/messages';
import { parseCatalog } from '../../server/src/core/catalog/parse';
import { Catalog } from '../../server/src/core/catalog/resolve';
import { fixTitle, problemMessage } from '../../server/src/core/messages';
import { scan } from '../../server/src/core/scan/scanner';
import type { Citation, OffsetRange, Problem, TextEdit } from '../../server/src/core/scan/types';
import { parseOne } from '../support/fixture';

const ROOT = path.resolve(__dirname, '../../..');
const catalog = Catalog.create();

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start)
    .reduce((s, e) => s.slice(0, e.range.start) + e.newText + s.slice(e.range.end), text);
}

function check(text: string, ctx: CheckContext): { problems: Problem[]; citations: readonly Citation[] } {
  const result = scan(text);
  const problems = checkDocument(result, catalog, { text, ...ctx }).sort((a, b) => a.range.start - b.range.start || a.code.localeCompare(b.code));
  return { problems, citations: result.citations };
}

/**
 * The ranges a fix may touch: the parts of the citation it belongs to, and the points where a
 * missing part is added (before and after the symbol, before the subject, at the end).
 */
function namedParts(c: Citation): OffsetRange[] {
  const point = (o: number): OffsetRange => ({ start: o, end: o });
  const parts = [c.range, c.typeWord?.range, c.date?.range, c.body?.range, c.term?.range, c.title?.range, point(c.range.start), point(c.range.end), point(c.span.end), c.title && point(c.title.range.start)];
  const from = c.typeWord?.range.start ?? c.so?.start ?? c.range.start;
  parts.push({ start: from, end: c.span.end });
  return parts.filter((r): r is OffsetRange => r !== undefined);
}

interface Case {
  readonly name: string;
  /** One line; `{[ … ]}` marks where each expected problem is, in order. */
  readonly text: string;
  readonly ctx: CheckContext;
  /** Codes of the expected problems, in the order of the marked ranges. */
  readonly codes: readonly string[];
  /** For some problems (by index): the whole text after applying each of its fixes, in order. */
  readonly fixed?: Readonly<Record<number, readonly string[]>>;
}

const DRAFT_2026: CheckContext = { documentDate: '2026-11-20', draft: true };
const ARTICLE_2015: CheckContext = { documentDate: '2015-07-13' };

const CASES: readonly Case[] = [
  {
    name: 'a draft of 20/11/2026 citing 290-QĐ/TW: superseded, replaced by 23-QĐ/TW with its date',
    text: 'Thực hiện Quyết định số {[290-QĐ/TW]}, ngày 25/02/2010 của Bộ Chính trị về ban hành Quy chế công tác dân vận của hệ thống chính trị, các cấp ủy đã quán triệt.',
    ctx: DRAFT_2026,
    codes: ['superseded'],
    fixed: { 0: ['Thực hiện Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị về ban hành Quy chế công tác dân vận của hệ thống chính trị, các cấp ủy đã quán triệt.'] },
  },
  {
    name: 'a 2015 article citing 290-QĐ/TW: in force then',
    text: 'sơ kết 5 năm thực hiện Quyết định 290-QĐ/TW, ngày 25/2/2010 của Bộ Chính trị “Về ban hành quy chế công tác dân vận của hệ thống chính trị”.',
    ctx: ARTICLE_2015,
    codes: [],
  },
  {
    name: 'a superseded directive whose successor has another type word, body and title',
    text: 'Quyết định số {[217-QĐ/TW]}, ngày 12/12/2013 của Bộ Chính trị về ban hành Quy chế giám sát và phản biện xã hội của MTTQ.',
    ctx: { documentDate: '2026-11-15' },
    codes: ['superseded'],
    fixed: { 0: ['Quy định số 124-QĐ/TW, ngày 04/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và nhân dân.'] },
  },
  {
    name: 'a date disagreeing with the catalog',
    text: 'Chỉ thị số 43-CT/TW, {[ngày 31/02/2015]} của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học.',
    ctx: ARTICLE_2015,
    codes: ['catalog-date-mismatch'],
    fixed: { 0: ['Chỉ thị số 43-CT/TW, ngày 14/5/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học.'] },
  },
  {
    name: 'a date written in words keeps its form when fixed',
    text: 'Nghị quyết số 25-NQ/TW ({[ngày 3 tháng 7 năm 2013]}) của Ban Chấp hành Trung ương Đảng (khóa XI).',
    ctx: {},
    codes: ['catalog-date-mismatch'],
    fixed: { 0: ['Nghị quyết số 25-NQ/TW (ngày 03 tháng 6 năm 2013) của Ban Chấp hành Trung ương Đảng (khóa XI).'] },
  },
  {
    name: 'an issuing body disagreeing with the catalog',
    text: 'Chỉ thị số 43-CT/TW, ngày 14/5/2015 của {[Bộ Chính trị]}.',
    ctx: ARTICLE_2015,
    codes: ['catalog-body-mismatch'],
    fixed: { 0: ['Chỉ thị số 43-CT/TW, ngày 14/5/2015 của Ban Bí thư.'] },
  },
  {
    name: 'a title disagreeing with the catalog',
    text: 'Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị {[về công tác văn thư]}.',
    ctx: ARTICLE_2015,
    codes: ['catalog-title-mismatch'],
    fixed: { 0: ['Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về ban hành Quy chế công tác dân vận của hệ thống chính trị.'] },
  },
  {
    name: 'a shortened, abbreviated title agrees',
    text: 'Quyết định 217-QĐ/TW “Quy chế giám sát và phản biện xã hội của MTTQ và các đoàn thể chính trị - xã hội”.',
    ctx: ARTICLE_2015,
    codes: [],
  },
  {
    name: 'an anachronism: the directive is dated after the text citing it',
    text: 'quán triệt Quyết định số {[23-QĐ/TW]} của Bộ Chính trị.',
    ctx: ARTICLE_2015,
    codes: ['anachronism'],
  },
  {
    name: 'an undated 18-NQ/TW with no document date: ambiguous, one fix per candidate',
    text: 'Thực hiện Nghị quyết số {[18-NQ/TW]} của Ban Chấp hành Trung ương Đảng.',
    ctx: {},
    codes: ['ambiguous'],
    fixed: {
      0: [
        'Thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng.',
        'Thực hiện Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng.',
      ],
    },
  },
  {
    name: 'an undated 18-NQ/TW in a 2020 text: the one in force then',
    text: 'Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng.',
    ctx: { documentDate: '2020-01-01' },
    codes: [],
  },
  {
    name: 'an unknown directive',
    text: 'Nghị quyết số {[99-NQ/TW]}, ngày 01/02/2020 của Bộ Chính trị về một việc chưa ai biết.',
    ctx: { documentDate: '2020-05-01', catalogFile: { uri: 'file:///w/vanban.catalog.yaml', text: 'directives:\n  - symbol: 43-CT/TW\n', format: 'yaml', exists: true } },
    codes: ['unknown-directive'],
  },
  {
    name: 'a Chỉ thị of the Central Committee',
    text: 'Chỉ thị số 43-CT/TW, ngày 14/5/2015 của {[{[Ban Chấp hành Trung ương Đảng]}]}.',
    ctx: ARTICLE_2015,
    codes: ['catalog-body-mismatch', 'issuer-not-allowed'],
  },
  {
    name: 'a draft whose first mention is short',
    text: 'Thực hiện Chỉ thị {[43-CT/TW]} của Ban Bí thư. Chỉ thị 43-CT/TW đã đi vào cuộc sống.',
    ctx: { documentDate: '2026-11-20', draft: true },
    codes: ['incomplete-first-mention'],
    fixed: { 0: ['Thực hiện Chỉ thị 43-CT/TW, ngày 14/5/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh ở Việt Nam. Chỉ thị 43-CT/TW đã đi vào cuộc sống.'] },
  },
  {
    name: 'a draft naming the Central Committee with its term in the expansion',
    text: 'Quán triệt {[25-NQ/TW]}.',
    ctx: { documentDate: '2026-11-20', draft: true },
    codes: ['incomplete-first-mention'],
    fixed: { 0: ['Quán triệt Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.'] },
  },
  {
    name: 'a draft whose first mention lacks only the subject: the fix adds only the subject',
    text: 'Thực hiện Quyết định số {[23-QĐ/TW]}, ngày 30/7/2021 của Bộ Chính trị, các cấp ủy đã quán triệt.',
    ctx: DRAFT_2026,
    codes: ['incomplete-first-mention'],
    fixed: { 0: ['Thực hiện Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị về ban hành Quy chế công tác dân vận của hệ thống chính trị, các cấp ủy đã quán triệt.'] },
  },
  {
    name: 'a draft whose first mention lacks the date and the body: the writer\'s own subject stays',
    text: 'Thực hiện Quyết định số {[23-QĐ/TW]} về công tác dân vận của hệ thống chính trị.',
    ctx: DRAFT_2026,
    codes: ['incomplete-first-mention'],
    fixed: { 0: ['Thực hiện Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị về công tác dân vận của hệ thống chính trị.'] },
  },
  {
    name: 'a draft whose sentence names the issuing body before the citation: it is not asked for again',
    text: 'Bộ Chính trị ban hành Quyết định số 23-QĐ/TW, ngày 30/7/2021 về ban hành Quy chế công tác dân vận của hệ thống chính trị.',
    ctx: DRAFT_2026,
    codes: [],
  },
  {
    name: 'the same short first mention in an article (not a draft)',
    text: 'Thực hiện Chỉ thị 43-CT/TW của Ban Bí thư.',
    ctx: ARTICLE_2015,
    codes: [],
  },
  {
    name: 'a local directive of another province is unknown, of its own province is known',
    text: 'Chỉ thị số {[21-CT/TU]} của Ban Thường vụ Tỉnh ủy Nghệ An; Chỉ thị số 21-CT/TU, ngày 22/12/2021 của Ban Thường vụ Tỉnh ủy Quảng Ninh.',
    ctx: { documentDate: '2022-10-15' },
    codes: ['unknown-directive'],
  },
];

describe('citations judged against the catalog', () => {
  it('a date disagreeing with the catalog reads right in English: the catalog\'s date, then the date as cited without "ngày"', () => {
    const { problems } = check('Chỉ thị số 43-CT/TW, ngày 15/5/2015 của Ban Bí thư.', ARTICLE_2015);
    const p = problems.find((x) => x.code === 'catalog-date-mismatch')!;
    assert.equal(problemMessage(p, 'en'), 'The catalog gives 14/5/2015 as the date of 43-CT/TW, not 15/5/2015');
    assert.equal(problemMessage(p, 'vi'), 'Theo danh mục, 43-CT/TW ban hành ngày 14/5/2015, không phải 15/5/2015');
  });

  it('a citation dated after its text gets one finding: date-after-document for the written date, anachronism only without one', () => {
    const header = 'Thứ hai - 13/07/2015 10:14\n';
    const codes = (body: string) => {
      const text = header + body;
      const result = scan(text);
      const scanner = result.citations.flatMap((c) => c.problems.map((x) => x.code));
      return [...scanner, ...checkDocument(result, catalog, { text, documentDate: '2015-07-13' }).map((x) => x.code)].sort();
    };
    assert.deepEqual(codes('Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị.'), ['date-after-document']);
    assert.deepEqual(codes('Quyết định số 23-QĐ/TW của Bộ Chính trị.'), ['anachronism']);
  });

  it('an incomplete first mention names the parts it lacks, in both languages, and its fix says what it adds', () => {
    const { problems } = check('Thực hiện Quyết định số 23-QĐ/TW về công tác dân vận.', DRAFT_2026);
    const p = problems.find((x) => x.code === 'incomplete-first-mention')!;
    assert.equal(problemMessage(p, 'vi'), 'Lần đầu nhắc đến 23-QĐ/TW nên trích dẫn đầy đủ; còn thiếu ngày ban hành và cơ quan ban hành');
    assert.equal(problemMessage(p, 'en'), 'The first mention of 23-QĐ/TW should be a full citation; it lacks the date and issuing body');
    assert.equal(fixTitle(p.fixes[0]!, 'vi'), 'Bổ sung ngày ban hành và cơ quan ban hành của 23-QĐ/TW theo danh mục (ngày 30/7/2021; Bộ Chính trị)');
    const only = check('Thực hiện Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị.', DRAFT_2026).problems[0]!;
    assert.equal(problemMessage(only, 'vi'), 'Lần đầu nhắc đến 23-QĐ/TW nên trích dẫn đầy đủ; còn thiếu trích yếu');
    assert.equal(fixTitle(only.fixes[0]!, 'en'), 'Add the subject of 23-QĐ/TW from the catalog');
  });

  for (const c of CASES) {
    describe(c.name, () => {
      const f = parseOne(c.text);
      const { problems, citations } = check(f.text, c.ctx);

      it('reports the expected problems at the marked ranges', () => {
        const got = problems.map((p) => `${p.code} ${JSON.stringify(f.text.slice(p.range.start, p.range.end))}`);
        const want = f.ranges.map((r, i) => `${c.codes[i]} ${JSON.stringify(f.text.slice(r.start, r.end))}`);
        assert.deepEqual(got, want);
      });

      for (const [i, results] of Object.entries(c.fixed ?? {})) {
        it(`fixes problem ${i} to exactly the expected text`, () => {
          const p = problems[Number(i)]!;
          assert.deepEqual(p.fixes.map((fix) => apply(f.text, fix.edits)), results);
        });
      }

      it('every fix changes only the parts of the citation it names, and says so in both languages', () => {
        for (const p of problems) {
          const cit = citations.find((x) => x.range.start <= p.range.start && p.range.end <= x.span.end)!;
          assert.ok(cit, p.code);
          for (const fix of p.fixes) {
            for (const locale of ['vi', 'en'] as const) assert.doesNotMatch(fixTitle(fix, locale), /\{\w+\}|^[a-z-]+$/);
            if ((fix as FileFix).uri) continue;
            const parts = namedParts(cit);
            for (const e of fix.edits) {
              assert.ok(parts.some((r) => r.start === e.range.start && r.end === e.range.end), `${p.code}: edit ${JSON.stringify(e)} is not a named part`);
            }
          }
          for (const locale of ['vi', 'en'] as const) assert.doesNotMatch(problemMessage(p, locale), /\{\w+\}/);
        }
      });
    });
  }

  it('adds an unknown directive to the workspace catalog, filled from the citation', () => {
    const text = 'Nghị quyết số 99-NQ/TW, ngày 01/02/2020 của Bộ Chính trị về một việc chưa ai biết.';
    const catalogText = 'directives:\n  - symbol: 43-CT/TW\n';
    const { problems } = check(text, { catalogFile: { uri: 'file:///w/vanban.catalog.yaml', text: catalogText, format: 'yaml', exists: true } });
    const fix = problems[0]!.fixes[0] as FileFix;
    assert.equal(fix.uri, 'file:///w/vanban.catalog.yaml');
    assert.equal(fix.createFile, undefined);
    const after = parseCatalog(apply(catalogText, fix.edits), 'yaml', fix.uri);
    assert.deepEqual(after.problems, []);
    const e = after.entries[1]!;
    assert.deepEqual([e.symbol, e.type, e.date, e.body, e.title, e.confidence], ['99-NQ/TW', 'Nghị quyết', '2020-02-01', 'Bộ Chính trị', 'một việc chưa ai biết', 'believed']);
    // With no catalog file yet, the fix creates one.
    const created = check(text, { catalogFile: { uri: 'file:///w/vanban.catalog.json', text: '', format: 'json', exists: false } }).problems[0]!.fixes[0] as FileFix;
    assert.equal(created.createFile, true);
    assert.equal(parseCatalog(apply('', created.edits), 'json', created.uri).entries[0]?.symbol, '99-NQ/TW');
  });
});

describe('the seed articles judged at their own dates', () => {
  const dir = path.join(ROOT, 'test/fixtures/seeds');
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    it(`${name}: no catalog problem (in particular no false "superseded")`, () => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const result = scan(text);
      const problems = checkDocument(result, catalog, { ...(result.documentDate?.value.iso && { documentDate: result.documentDate.value.iso }) });
      assert.deepEqual(problems.map((p) => `${p.code} ${text.slice(p.range.start, p.range.end)}`), []);
    });
  }

  it('judged as drafts of 20/11/2026, seed 001 has 290-QĐ/TW superseded twice', () => {
    const text = fs.readFileSync(path.join(dir, '001_a2587cab5026f246.txt'), 'utf8');
    const problems = checkDocument(scan(text), catalog, { documentDate: '2026-11-20' }).filter((p) => p.code === 'superseded');
    assert.deepEqual(problems.map((p) => text.slice(p.range.start, p.range.end)), ['290-QĐ/TW', '290-QĐ/TW', '217-QĐ/TW']);
  });
});

describe('catalog codes', () => {
  it('have a message in both languages', () => {
    for (const code of CATALOG_CHECK_CODES) {
      for (const locale of ['vi', 'en'] as const) assert.notEqual(problemMessage({ code, args: {} }, locale), code);
    }
  });
});
