import * as assert from 'node:assert/strict';
import { disagreements, statusText } from '../../server/src/core/catalog/describe';
import { termOf } from '../../server/src/core/catalog/fields';
import { parseCatalog } from '../../server/src/core/catalog/parse';
import { Catalog, corpusFactsFrom, vouchedFor, type CitationFacts, type Resolution } from '../../server/src/core/catalog/resolve';
import { searchEntries, type EntryQuery } from '../../server/src/core/catalog/search';
import type { CatalogEntry } from '../../server/src/core/catalog/types';

/** A resolution as a person reads it: the directive's symbol and date, the candidates, or "unknown". */
function human(r: Resolution): string {
  const one = (e: CatalogEntry): string => `${e.symbol}@${e.date ?? e.term ?? '?'}`;
  if ('entry' in r) return one(r.entry);
  if ('ambiguous' in r) return `ambiguous: ${r.ambiguous.map(one).join(', ')}`;
  return 'unknown';
}

describe('Party terms by date', () => {
  const cases: [string, string | undefined][] = [
    ['1998-02-18', 'VIII'], ['2001-04-22', 'IX'], ['2006-04-24', 'IX'], ['2006-04-25', 'X'], ['2011-01-18', 'X'],
    ['2011-01-19', 'XI'], ['2016-01-27', 'XI'], ['2016-01-28', 'XII'], ['2021-01-31', 'XII'], ['2021-02-01', 'XIII'],
    ['2026-01-22', 'XIII'], ['2026-01-23', 'XIV'], ['1980-01-01', undefined],
  ];
  for (const [date, term] of cases) it(`${date} is in khóa ${term ?? '(none)'}`, () => assert.equal(termOf(date), term));
});

describe('resolving a citation with the built-in catalog', () => {
  const catalog = Catalog.create();
  const cases: [string, CitationFacts, string][] = [
    ['18-NQ/TW by its 2017 date', { key: '18-NQ/TW', date: '2017-10-25' }, '18-NQ/TW@2017-10-25'],
    ['18-NQ/TW by its 2022 date', { key: '18-NQ/TW', date: '2022-06-16' }, '18-NQ/TW@2022-06-16'],
    ['18-NQ/TW by its term', { key: '18-NQ/TW', term: 'XII' }, '18-NQ/TW@2017-10-25'],
    ['18-NQ/TW undated, with no document date', { key: '18-NQ/TW' }, 'ambiguous: 18-NQ/TW@2017-10-25, 18-NQ/TW@2022-06-16'],
    ['18-NQ/TW undated, in a 2020 document', { key: '18-NQ/TW', documentDate: '2020-05-01' }, '18-NQ/TW@2017-10-25'],
    ['18-NQ/TW undated, in a 2023 document', { key: '18-NQ/TW', documentDate: '2023-01-01' }, '18-NQ/TW@2022-06-16'],
    ['18-NQ/TW undated, in a document older than both', { key: '18-NQ/TW', documentDate: '2016-01-01' }, 'ambiguous: 18-NQ/TW@2017-10-25, 18-NQ/TW@2022-06-16'],
    ['18-NQ/TW with a wrong day of the 2022 term', { key: '18-NQ/TW', date: '2022-06-17' }, '18-NQ/TW@2022-06-16'],
    ['18-NQ/TW dated in a term with no such resolution', { key: '18-NQ/TW', date: '2010-01-01' }, 'unknown'],
    ['35-CT/TW in a late-2024 document', { key: '35-CT/TW', documentDate: '2024-12-01' }, '35-CT/TW@2024-06-14'],
    ['35-CT/TW in a 2020 document', { key: '35-CT/TW', documentDate: '2020-03-01' }, '35-CT/TW@2019-05-30'],
    ['124-QĐ/TW of 2018 by its date', { key: '124-QĐ/TW', date: '2018-02-02' }, '124-QĐ/TW@2018-02-02'],
    ['a local directive of its own province', { key: '21-CT/TU', locality: 'tỉnh Quảng Ninh' }, '21-CT/TU@2021-12-22'],
    ['a local directive of another province', { key: '21-CT/TU', locality: 'Nghệ An' }, 'unknown'],
    ['a local directive with no locality known', { key: '21-CT/TU' }, '21-CT/TU@2021-12-22'],
    ['a symbol in no catalog', { key: '999-QĐ/TW' }, 'unknown'],
    ['a state decree', { key: '30/2020/NĐ-CP' }, '30/2020/NĐ-CP@2020-03-05'],
  ];
  for (const [name, facts, expected] of cases) it(name, () => assert.equal(human(catalog.resolve(facts)), expected));
});

describe('status as of a date', () => {
  const catalog = Catalog.create();
  const only = (key: string, date?: string): CatalogEntry => {
    const r = catalog.resolve({ key, ...(date && { date }) });
    assert.ok('entry' in r, key);
    return r.entry;
  };
  const cases: [string, string | undefined, string | undefined, string][] = [
    ['290-QĐ/TW', undefined, '2015-07-13', 'in-force'],
    ['290-QĐ/TW', undefined, '2026-11-20', 'superseded by 23-QĐ/TW since 2021-07-30'],
    ['290-QĐ/TW', undefined, '2021-07-30', 'superseded by 23-QĐ/TW since 2021-07-30'],
    ['290-QĐ/TW', undefined, '2009-01-01', 'not-yet-issued'],
    ['290-QĐ/TW', undefined, undefined, 'superseded by 23-QĐ/TW since 2021-07-30'],
    ['23-QĐ/TW', undefined, '2026-11-20', 'in-force'],
    ['35-CT/TW', '2024-06-14', '2025-05-01', 'superseded by 45-CT/TW since 2025-04-14'],
    ['35-CT/TW', '2019-05-30', '2025-05-01', 'unknown'],
    ['217-QĐ/TW', undefined, '2026-11-15', 'superseded by 124-QĐ/TW since 2023-10-04'],
    ['31-QĐ/TW', undefined, '2018-01-01', 'superseded by 66-QĐ/TW since 2017-02-06'],
  ];
  for (const [key, date, asOf, expected] of cases) {
    it(`${key}${date ? ` of ${date}` : ''} as of ${asOf ?? 'now'}: ${expected}`, () => {
      const st = catalog.statusAt(only(key, date), asOf);
      const got = st.status === 'superseded' ? `superseded by ${st.successor?.symbol ?? st.by?.symbol} since ${st.since}` : st.status;
      assert.equal(got, expected);
    });
  }

  it('derives the inverse of a relation stated on one side only', () => {
    const next = only('23-QĐ/TW');
    const r = next.relations.find((x) => x.kind === 'replaces');
    assert.equal(r?.symbol, '290-QĐ/TW');
    assert.equal(r?.derived, true);
    assert.deepEqual(catalog.target(r!).map((e) => e.date), ['2010-02-25']);
    const replaced = only('45-CT/TW').relations.filter((x) => x.kind === 'replaces').map((x) => x.symbol).sort();
    assert.deepEqual(replaced, ['118-KL/TW', '35-CT/TW']);
    // The 2019 directive numbered 35 is another directive: 45-CT/TW does not replace it.
    assert.deepEqual(catalog.target(only('45-CT/TW').relations.find((x) => x.symbol === '35-CT/TW')!).map((e) => e.date), ['2024-06-14']);
  });
});

describe('merging the sources', () => {
  const workspace = parseCatalog([
    'directives:',
    '  - symbol: 290-QĐ/TW',
    '    title: ban hành Quy chế công tác dân vận (theo tệp của tôi)',
    '  - symbol: 18-NQ/TW',
    '    date: 2008-01-01',
    '    body: Ban Chấp hành Trung ương Đảng',
    '  - symbol: 15-CT/TU',
    '    locality: Nghệ An',
    '    date: 2012-03-01',
  ].join('\n'), 'yaml', 'file:///w/vanban.catalog.yaml');

  it('lets a workspace entry override the built-in one, filling what it leaves out', () => {
    const catalog = Catalog.create({ workspace: [workspace] });
    const list = catalog.lookup('290-QĐ/TW');
    assert.equal(list.length, 1);
    const e = list[0]!;
    assert.equal(e.origin, 'workspace');
    assert.equal(e.title, 'ban hành Quy chế công tác dân vận (theo tệp của tôi)');
    assert.equal(e.date, '2010-02-25');
    assert.equal(e.body, 'Bộ Chính trị');
    assert.deepEqual(e.shadows?.map((s) => s.origin), ['builtin']);
    assert.equal(catalog.statusAt(e, '2026-01-01').successor?.symbol, '23-QĐ/TW');
  });

  it('keeps twins of other terms side by side', () => {
    const catalog = Catalog.create({ workspace: [workspace] });
    assert.deepEqual(catalog.lookup('18-NQ/TW').map((e) => `${e.date} ${e.origin}`), ['2008-01-01 workspace', '2017-10-25 builtin', '2022-06-16 builtin']);
    assert.equal(human(catalog.resolve({ key: '18-NQ/TW', documentDate: '2010-01-01' })), '18-NQ/TW@2008-01-01');
  });

  it('turns the built-in catalog off', () => {
    const catalog = Catalog.create({ workspace: [workspace], builtin: false });
    assert.equal(human(catalog.resolve({ key: '23-QĐ/TW' })), 'unknown');
    assert.equal(human(catalog.resolve({ key: '15-CT/TU', locality: 'Nghệ An' })), '15-CT/TU@2012-03-01');
  });

  const corpus = corpusFactsFrom([
    { uri: 'a', key: '77-KL/TW', canonical: '77-KL/TW', date: '2019-05-05', body: 'Ban Bí thư', title: 'về x' },
    { uri: 'b', key: '77-KL/TW', canonical: '77-KL/TW', date: '2019-05-05', body: 'Ban Bí thư', title: 'về x' },
    { uri: 'c', key: '77-KL/TW', canonical: '77-KL/TW', date: '2019-05-06', body: 'Ban Bí thư' },
    { uri: 'a', key: '88-KL/TW', canonical: '88-KL/TW', date: '2019-05-05' },
    { uri: 'a', key: '88-KL/TW', canonical: '88-KL/TW', date: '2019-05-05' },
    { uri: 'a', key: '290-QĐ/TW', canonical: '290-QĐ/TW', date: '2010-02-26' },
    { uri: 'b', key: '290-QĐ/TW', canonical: '290-QĐ/TW', date: '2010-02-26' },
    { uri: 'c', key: '290-QĐ/TW', canonical: '290-QĐ/TW', date: '2010-02-26' },
  ]);

  it('counts what the corpus says per key', () => {
    const f = corpus.find((x) => x.key === '77-KL/TW')!;
    assert.deepEqual([f.citations, f.documents], [3, 3]);
    assert.deepEqual(f.dates, [{ value: '2019-05-05', count: 2 }, { value: '2019-05-06', count: 1 }]);
  });

  it('knows a directive cited in two documents; one cited by one article only is known to the others, not to that article', () => {
    const catalog = Catalog.create({ corpus });
    const r = catalog.resolve({ key: '77-KL/TW' });
    assert.equal(human(r), '77-KL/TW@2019-05-05');
    assert.ok('entry' in r && r.entry.origin === 'corpus' && r.entry.body === 'Ban Bí thư');
    assert.ok(vouchedFor(catalog, (r as { entry: CatalogEntry }).entry, 'a'));
    const only = catalog.resolve({ key: '88-KL/TW' });
    assert.ok('entry' in only);
    assert.equal(vouchedFor(catalog, only.entry, 'a'), false, 'article a does not vouch for itself');
    assert.equal(vouchedFor(catalog, only.entry, 'b'), true, 'article a vouches for another document');
    assert.equal(vouchedFor(catalog, only.entry, undefined), false);
  });

  it('never makes a twin of a catalogued directive out of a wrong date in the corpus', () => {
    const catalog = Catalog.create({ corpus });
    assert.deepEqual(catalog.lookup('290-QĐ/TW').map((e) => e.date), ['2010-02-25']);
  });
});

describe('what hover says of a directive', () => {
  const workspace = parseCatalog('- symbol: 43-CT/TW\n  date: 2015-05-15\n  body: Bộ Chính trị\n', 'yaml', 'file:///w/c.yaml');
  const corpus = corpusFactsFrom(['a', 'b', 'c'].map((uri) => ({ uri, key: '43-CT/TW', canonical: '43-CT/TW', date: '2015-05-14', body: 'Ban Bí thư' })));
  const catalog = Catalog.create({ workspace: [workspace], corpus });
  const entry = catalog.lookup('43-CT/TW')[0]!;

  it('names every source that disagrees with the entry shown', () => {
    const got = disagreements(entry, catalog).map((d) => `${d.field}: ${d.values.map((v) => `${v.origin}=${v.value}${v.count ? ` (${v.count})` : ''}`).join(', ')}`);
    assert.deepEqual(got, [
      'date: workspace=2015-05-15, builtin=2015-05-14, corpus=2015-05-14 (3)',
      'body: workspace=Bộ Chính trị, builtin=Ban Bí thư, corpus=Ban Bí thư (3)',
    ]);
  });

  it('puts a status in words, in both languages', () => {
    const old = Catalog.create().lookup('290-QĐ/TW')[0]!;
    const st = Catalog.create().statusAt(old, '2026-11-20');
    assert.equal(statusText(st, 'vi'), 'bị thay thế bởi 23-QĐ/TW từ ngày 30/7/2021');
    assert.equal(statusText(st, 'en'), 'superseded by 23-QĐ/TW on 30/7/2021');
    assert.equal(statusText(Catalog.create().statusAt(old, '2015-01-01'), 'vi'), 'còn hiệu lực');
  });
});

describe('a corpus split on a date', () => {
  const corpus = corpusFactsFrom([
    ...['a', 'b', 'c'].map((uri) => ({ uri, key: '66-KL/TW', canonical: '66-KL/TW', date: '2019-05-05' })),
    ...['d', 'e', 'f'].map((uri) => ({ uri, key: '66-KL/TW', canonical: '66-KL/TW', date: '2019-06-05' })),
  ]);
  it('knows the directive and its term, not a day to hold citations to', () => {
    const r = Catalog.create({ corpus, builtin: false }).resolve({ key: '66-KL/TW', date: '2019-06-05' });
    assert.ok('entry' in r);
    assert.deepEqual([r.entry.date, r.entry.term], [undefined, 'XII']);
  });
  it('says a status with no known day without a placeholder', () => {
    const e = Catalog.create().lookup('124-QĐ/TW').find((x) => x.date === '2023-10-04')!;
    assert.equal(statusText(Catalog.create().statusAt(e), 'vi'), 'bị thay thế bởi 366-QĐ/TW');
  });
});

describe('searching the catalog for completion', () => {
  const catalog = Catalog.create();
  const cases: [string, EntryQuery, string | undefined, string[]][] = [
    ['a number, in force first', { number: 35 }, '2024-12-01', ['35-CT/TW@2024-06-14', '35-CT/TW@2019-05-30', '35-CT/TW@2014-05-30']],
    ['a number, once replaced', { number: 35 }, '2025-05-01', ['35-CT/TW@2019-05-30', '35-CT/TW@2014-05-30', '35-CT/TW@2024-06-14']],
    ['a symbol fragment typed without the stroke', { fragment: '290-qd' }, undefined, ['290-QĐ/TW@2010-02-25']],
    ['"Quyết định số" and a number', { types: ['QĐ'], number: 23 }, undefined, ['23-QĐ/TW@2021-07-30']],
    ['words of the title', { words: 'công tác dân vận hệ thống chính trị' }, '2026-11-20', ['23-QĐ/TW@2021-07-30', '461-QĐ/TU@2021-12-14', '290-QĐ/TW@2010-02-25']],
    ['nothing typed', {}, undefined, []],
  ];
  for (const [name, q, asOf, expected] of cases) {
    it(name, () => assert.deepEqual(searchEntries(catalog, q, asOf).map((e) => `${e.symbol}@${e.date}`), expected));
  }
});
