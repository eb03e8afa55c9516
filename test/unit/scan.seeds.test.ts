/**
 * Golden tests over the five seed articles (domain.md §6): every citation found with exactly the
 * type word, date, body, term and title the text states, short and repeated mentions linked to
 * the full citation, the congress resolutions named without a symbol (issue 15), nothing else
 * found, and the date of each article read from its header.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { scan } from '../../server/src/core/scan/scanner';
import type { Citation } from '../../server/src/core/scan/types';

const SEEDS = path.resolve(__dirname, '../../../test/fixtures/seeds');

/**
 * One expected citation. `typeWord` is the type word as written (with "số" when `so`), `date` is
 * ISO, `ref` is the index (in this seed's list) of the citation a later mention refers to.
 * A field that is absent must be absent from the scan too.
 */
interface Expected {
  readonly symbol: string;
  readonly key: string;
  readonly typeWord: string;
  readonly so?: true;
  readonly date?: string;
  readonly body?: string;
  readonly term?: string;
  readonly title?: string;
  readonly short?: true;
  /** A resolution named without a symbol ("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII"). */
  readonly named?: true;
  readonly ref?: number;
}

interface Seed {
  readonly file: string;
  readonly documentDate: string | undefined;
  readonly citations: readonly Expected[];
}

const TABLE: readonly Seed[] = [
  {
    file: '000_d773ca71b893b4ec.txt',
    documentDate: '2022-01-13',
    citations: [
      { symbol: 'Nghị quyết Đại hội Đảng toàn quốc lần thứ XII', key: 'ĐH-XII', typeWord: 'Nghị quyết', body: 'Đại hội Đảng toàn quốc lần thứ XII', named: true },
      {
        symbol: '23-QĐ/TW', key: '23-QĐ/TW', typeWord: 'Quyết định', so: true, date: '2021-07-30', body: 'Bộ Chính trị',
        title: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
      },
      {
        symbol: '25-NQ/TW', key: '25-NQ/TW', typeWord: 'Nghị quyết', so: true, date: '2013-06-03',
        body: 'Ban Chấp hành Trung ương Đảng', term: 'XI',
        title: 'về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
      },
      { symbol: '120-KL/TW', key: '120-KL/TW', typeWord: 'Kết luận', so: true },
      { symbol: 'Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII', key: 'ĐH-XIII', typeWord: 'Nghị quyết', body: 'Đại hội Đảng toàn quốc lần thứ XIII', named: true },
    ],
  },
  {
    file: '001_a2587cab5026f246.txt',
    documentDate: '2015-07-13',
    citations: [
      {
        symbol: '43-CT/TW', key: '43-CT/TW', typeWord: 'Chỉ thị', date: '2015-05-14', body: 'Ban Bí thư',
        title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh ở Việt Nam',
      },
      {
        symbol: '290-QĐ/TW', key: '290-QĐ/TW', typeWord: 'Quyết định', date: '2010-02-25', body: 'Bộ Chính trị',
        title: 'Về ban hành quy chế công tác dân vận của hệ thống chính trị',
      },
      {
        symbol: '292-TB/TW', key: '292-TB/TW', typeWord: 'Thông báo kết luận', so: true, date: '2009-09-18', body: 'Ban Bí thư',
        title: 'Về việc giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh và công tác chăm sóc giúp đỡ nạn nhân chất độc màu da cam; tổ chức hoạt động của Hội nạn nhân chất độc màu da cam/dioxin ở Việt Nam',
      },
      { symbol: '43-CT/TW', key: '43-CT/TW', typeWord: 'Chỉ thị', ref: 0 },
      { symbol: '290-QĐ/TW', key: '290-QĐ/TW', typeWord: 'Quyết định', so: true, ref: 1 },
      {
        symbol: '217-QĐ/TW', key: '217-QĐ/TW', typeWord: 'Quyết định',
        title: 'Quy chế giám sát và phản biện xã hội của MTTQ và các đoàn thể chính trị - xã hội',
      },
      {
        symbol: '218-QĐ/TW', key: '218-QĐ/TW', typeWord: 'Quyết định',
        title: 'Quy định về việc MTTQ việt nam, các đoàn thể chính trị xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền',
      },
      { symbol: 'Chỉ thị 43', key: '43-CT/TW', typeWord: 'Chỉ thị', short: true, ref: 0 },
    ],
  },
  { file: '002_da88098bcd1f51d2.txt', documentDate: undefined, citations: [] },
  {
    file: '003_9a92290d4fb6c502.txt',
    documentDate: '2022-10-15',
    citations: [
      {
        symbol: '461-QĐ/TU', key: '461-QĐ/TU', typeWord: 'Quyết định', so: true, date: '2021-12-14',
        title: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh Quảng Ninh',
      },
      {
        symbol: '21-CT/TU', key: '21-CT/TU', typeWord: 'Chỉ thị', so: true, date: '2021-12-22',
        title: 'về tăng cường sự lãnh đạo của Đảng, nâng cao chất lượng, hiệu quả hoạt động của MTTQ và các tổ chức chính trị - xã hội ở khu dân cư trên địa bàn tỉnh',
      },
    ],
  },
  {
    file: '004_c4e6715143c49128.txt',
    documentDate: undefined,
    citations: [{ symbol: 'Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII', key: 'ĐH-XIII', typeWord: 'Nghị quyết', body: 'Đại hội Đảng toàn quốc lần thứ XIII', named: true }],
  },
];

/** What the scanner found, in the shape of the table, read back from the raw text by range. */
function observed(text: string, c: Citation): Expected {
  const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);
  return {
    symbol: slice(c.range),
    key: c.symbol.key,
    typeWord: c.typeWord ? slice(c.typeWord.range) : '',
    ...(c.so && { so: true as const }),
    ...(c.date && { date: c.date.value.iso! }),
    ...(c.body && { body: slice(c.body.range) }),
    ...(c.term && { term: c.term.value }),
    ...(c.title && { title: slice(c.title.range) }),
    ...(c.form === 'short' && { short: true as const }),
    ...(c.form === 'named' && { named: true as const }),
    ...(c.refersTo !== undefined && { ref: c.refersTo }),
  };
}

describe('scanner on the seed articles', () => {
  for (const seed of TABLE) {
    describe(seed.file, () => {
      const text = readFileSync(path.join(SEEDS, seed.file), 'utf8');
      const result = scan(text);

      it(`finds exactly ${seed.citations.length} citation(s), each with the parts the text states`, () => {
        assert.deepEqual(result.citations.map((c) => observed(text, c)), seed.citations);
      });

      it('reports no problem: the seeds are well-formed', () => {
        assert.deepEqual(result.citations.flatMap((c) => c.problems.map((p) => p.code)), []);
        assert.deepEqual(result.problems.map((p) => p.code), []);
      });

      it('keeps every part value equal to the raw text it came from', () => {
        for (const c of result.citations) {
          // A named resolution's body is its canonical name, read off the words that name it.
          for (const p of [c.form === 'named' ? undefined : c.body, c.title]) if (p) assert.equal(p.value, p.text);
          assert.equal(c.raw, text.slice(c.range.start, c.range.end));
          assert.ok(c.span.start <= c.range.start && c.range.end <= c.span.end);
        }
      });

      it(`reads the document date as ${seed.documentDate ?? 'none'}`, () => {
        assert.equal(result.documentDate?.value.iso, seed.documentDate);
      });
    });
  }

  it('links each later mention to a full citation that states the details', () => {
    const text = readFileSync(path.join(SEEDS, TABLE[1]!.file), 'utf8');
    const { citations } = scan(text);
    for (const c of citations) {
      if (c.refersTo === undefined) continue;
      const target = citations[c.refersTo]!;
      assert.equal(target.form, 'full');
      assert.equal(target.refersTo, undefined);
      assert.equal(target.symbol.key, c.symbol.key);
      assert.ok(target.date, `the target of ${c.raw} has a date`);
    }
  });
});
