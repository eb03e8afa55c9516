/**
 * The directive lists behind the side-bar tree and the insert-citation picker, on in-memory
 * workspaces: groups by type word with counts, citing files and lines, full and short citations.
 */
import * as assert from 'node:assert/strict';
import { Catalog, parseCatalog } from '../../server/src/core/catalog';
import { catalogFacts, citingFiles, directiveTree, inSentence, pickableDirectives, typeWordOfDirective } from '../../server/src/core/features/directiveList';
import { memoryWorkspace } from '../support/memoryWorkspace';

const CORPUS = `%! a/2015.txt
Thứ hai - 13/07/2015 10:14
Quán triệt Chỉ thị 43-CT/TW ngày 14/5/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng. Đối với Chỉ thị 43, cần nguồn lực.
Thông báo kết luận số 292-TB/TW, ngày 18/9/2009 của Ban Bí thư “Về việc giải quyết hậu quả chất độc hóa học”.
%! a/2016.txt
Ngày đăng: 02/03/2016 08:00
Thực hiện Chỉ thị số 43-CT/TW của Ban Bí thư và Quyết định 290-QĐ/TW, ngày 25/2/2010 của Bộ Chính trị “Về ban hành quy chế công tác dân vận của hệ thống chính trị”.
%! d/draft.md
Tiếp tục thực hiện Chỉ thị 43-CT/TW, Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.
`;

/** A tree as a user reads it: one line per group, then its directives indented. */
function showTree(src: string): string[] {
  const tree = directiveTree(memoryWorkspace(src).ctx.index);
  return tree.groups.flatMap((g) => [
    `${g.typeWord ?? '(khác)'}: ${g.directives.length} văn bản, ${g.citations} lần, ${g.documents} bài`,
    ...g.directives.map((d) => `  ${d.symbol} ${d.date ?? '-'} ${d.citations} lần, ${d.documents} bài`),
  ]);
}

describe('directive lists', () => {
  it('groups every directive by type word, most cited groups first (ties alphabetically)', () => {
    assert.deepEqual(showTree(CORPUS), [
      'Chỉ thị: 1 văn bản, 4 lần, 3 bài',
      '  43-CT/TW 14/5/2015 4 lần, 3 bài',
      'Nghị định: 1 văn bản, 1 lần, 1 bài',
      '  30/2020/NĐ-CP 05/3/2020 1 lần, 1 bài',
      'Quyết định: 1 văn bản, 1 lần, 1 bài',
      '  290-QĐ/TW 25/02/2010 1 lần, 1 bài',
      'Thông báo kết luận: 1 văn bản, 1 lần, 1 bài',
      '  292-TB/TW 18/9/2009 1 lần, 1 bài',
    ]);
  });

  it('counts the documents of a group once even when several of its directives cite from it', () => {
    const src = `%! a.txt
Chỉ thị 43-CT/TW và Chỉ thị 05-CT/TW, Chỉ thị 5-CT/TW.
%! b.txt
Chỉ thị 43-CT/TW.
`;
    assert.deepEqual(showTree(src), [
      'Chỉ thị: 2 văn bản, 4 lần, 2 bài',
      '  05-CT/TW - 2 lần, 1 bài',
      '  43-CT/TW - 2 lần, 2 bài',
    ]);
  });

  it('names each issuer code from the vocabulary, and a body of its own when no citation names one', () => {
    const ws = memoryWorkspace('%! a.txt\nKế hoạch số 83-KH/BTGDVTW-BCĐ về tuyên truyền; Quyết định số 15-QĐ/TU của Tỉnh ủy; Công văn số 59-CV/BCĐ.\n');
    const entries = directiveTree(ws.ctx.index).groups.flatMap((g) => g.directives);
    const show = (symbol: string) => { const e = entries.find((d) => d.symbol === symbol)!; return [e.body, e.issuer]; };
    assert.deepEqual(show('83-KH/BTGDVTW-BCĐ'), ['Ban Tuyên giáo và Dân vận Trung ương', 'BTGDVTW — Ban Tuyên giáo và Dân vận Trung ương; BCĐ — Ban Chỉ đạo']);
    assert.deepEqual(show('59-CV/BCĐ'), ['Ban Chỉ đạo', 'BCĐ — Ban Chỉ đạo']);
    // A committee's code alone says too little for a body: the citation's own body or none.
    assert.deepEqual(show('15-QĐ/TU'), ['Tỉnh ủy', 'TU — Tỉnh ủy']);
    const en = directiveTree(ws.ctx.index, { locale: 'en' }).groups.flatMap((g) => g.directives).find((d) => d.symbol === '59-CV/BCĐ')!;
    assert.equal(en.issuer, 'BCĐ — a steering committee');
  });

  it('an empty workspace has no groups', () => {
    const tree = directiveTree(memoryWorkspace('%! a.txt\nKhông trích dẫn gì.\n').ctx.index);
    assert.deepEqual(tree, { groups: [], directives: 0, files: 1 });
  });

  it('lists the files citing a directive, each with its lines in order', () => {
    const ws = memoryWorkspace(CORPUS);
    const files = citingFiles(ws.ctx.index, '43-CT/TW', ws.ctx.displayName);
    assert.deepEqual(files.map((f) => `${f.name}: ${f.citations.map((c) => `${ws.show({ uri: f.uri, range: c.range })} (${c.form})`).join(', ')}`), [
      'a/2015.txt: a/2015.txt:1:19-1:27 43-CT/TW (full), a/2015.txt:1:102-1:112 Chỉ thị 43 (short)',
      'a/2016.txt: a/2016.txt:1:21-1:29 43-CT/TW (full)',
      'd/draft.md: d/draft.md:0:27-0:35 43-CT/TW (full)',
    ]);
  });

  it('offers every directive with its full and short citation, most cited first (ties by number)', () => {
    const picks = pickableDirectives(memoryWorkspace(CORPUS).ctx.index);
    assert.deepEqual(picks.map((p) => [p.full, p.short]), [
      ['Chỉ thị số 43-CT/TW, ngày 14/5/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng', 'Chỉ thị số 43-CT/TW'],
      ['Nghị định số 30/2020/NĐ-CP, ngày 05/3/2020 của Chính phủ về công tác văn thư', 'Nghị định số 30/2020/NĐ-CP'],
      ['Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về ban hành quy chế công tác dân vận của hệ thống chính trị', 'Quyết định số 290-QĐ/TW'],
      ['Thông báo kết luận số 292-TB/TW, ngày 18/9/2009 của Ban Bí thư về việc giải quyết hậu quả chất độc hóa học', 'Thông báo kết luận số 292-TB/TW'],
    ]);
  });

  it('does not repeat the term when the body already names it', () => {
    const src = 'Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường công tác dân vận.\n';
    const [p] = pickableDirectives(memoryWorkspace(src).ctx.index);
    assert.equal(p!.full, 'Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường công tác dân vận');
  });

  describe('the type word a directive is filed under', () => {
    const cases: [string, { typeWords: { value: string; count: number }[]; type: string | undefined; kind: 'party' | 'state-legal' | 'state-admin' }, string | undefined][] = [
      ['the citations’ word when it agrees with the code', { typeWords: [{ value: 'thông báo kết luận', count: 2 }], type: 'TB', kind: 'party' }, 'Thông báo kết luận'],
      ['"Quy định" for a QĐ', { typeWords: [{ value: 'Quy định', count: 1 }], type: 'QĐ', kind: 'party' }, 'Quy định'],
      ['the code’s word when the citations disagree with it', { typeWords: [{ value: 'Quyết định', count: 1 }], type: 'NQ', kind: 'party' }, 'Nghị quyết'],
      ['the code’s word when no citation gives one', { typeWords: [], type: 'CT', kind: 'party' }, 'Chỉ thị'],
      ['Thông tri for a Party TT, Thông tư for a state one', { typeWords: [], type: 'TT', kind: 'state-legal' }, 'Thông tư'],
      ['a law (no code) keeps "Luật"', { typeWords: [{ value: 'Luật', count: 1 }], type: undefined, kind: 'state-legal' }, 'Luật'],
      ['nothing known', { typeWords: [], type: undefined, kind: 'state-legal' }, undefined],
    ];
    for (const [name, info, expected] of cases) it(name, () => assert.equal(typeWordOfDirective(info), expected));
  });

  it('writes a quoted "Về …" title in lower case inside the sentence', () => {
    assert.equal(inSentence('Về ban hành quy chế'), 'về ban hành quy chế');
    assert.equal(inSentence('Quy chế giám sát'), 'Quy chế giám sát');
    assert.equal(inSentence('Về'), 'Về');
  });

  describe('with a catalog', () => {
    const CATALOG = `version: 1
directives:
  - symbol: 290-QĐ/TW
    type: Quyết định
    body: Bộ Chính trị
    date: 2010-02-25
    title: ban hành Quy chế công tác dân vận của hệ thống chính trị
    relations:
      - { kind: replacedBy, symbol: 23-QĐ/TW, date: 2021-07-30 }
  - symbol: 23-QĐ/TW
    type: Quyết định
    body: Bộ Chính trị
    date: 2021-07-30
    title: ban hành Quy chế công tác dân vận của hệ thống chính trị
    status: in-force
  - symbol: 25-NQ/TW
    type: Nghị quyết
    body: Ban Chấp hành Trung ương Đảng
    date: 2013-06-03
    term: XI
    title: tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới
    status: in-force
`;
    const catalog = Catalog.create({ builtin: false, workspace: [parseCatalog(CATALOG, 'yaml', 'file:///ws/vanban.catalog.yaml')] });

    it('offers catalog directives nobody cites yet, in force first and superseded ones last', () => {
      const picks = pickableDirectives(memoryWorkspace(CORPUS).ctx.index, { catalog, locale: 'vi' });
      assert.deepEqual(picks.map((p) => `${p.symbol} ${p.citations} ${p.status ?? '-'}${p.statusText ? ` (${p.statusText})` : ''}`), [
        '43-CT/TW 4 -',
        '30/2020/NĐ-CP 1 -',
        '292-TB/TW 1 -',
        '23-QĐ/TW 0 in-force (còn hiệu lực)',
        '25-NQ/TW 0 in-force (còn hiệu lực)',
        '290-QĐ/TW 1 superseded (bị thay thế bởi 23-QĐ/TW từ ngày 30/7/2021)',
      ]);
    });

    it('writes the citation from the catalog’s facts, the term after the Central Committee', () => {
      const picks = pickableDirectives(memoryWorkspace(CORPUS).ctx.index, { catalog });
      assert.equal(picks.find((p) => p.symbol === '25-NQ/TW')!.full,
        'Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới');
      assert.equal(picks.find((p) => p.symbol === '290-QĐ/TW')!.full,
        'Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về ban hành Quy chế công tác dân vận của hệ thống chính trị');
    });

    it('gives the cited list the catalog’s facts and status in words, nothing for unknown keys', () => {
      const facts = catalogFacts(catalog, ['290-QĐ/TW', '25-NQ/TW', '43-CT/TW'], 'vi');
      assert.deepEqual(Object.fromEntries(facts), {
        '290-QĐ/TW': { typeWord: 'Quyết định', date: '2010-02-25', body: 'Bộ Chính trị', title: 'về ban hành Quy chế công tác dân vận của hệ thống chính trị', status: 'bị thay thế bởi 23-QĐ/TW từ ngày 30/7/2021' },
        '25-NQ/TW': { typeWord: 'Nghị quyết', date: '2013-06-03', body: 'Ban Chấp hành Trung ương Đảng', term: 'XI', title: 'về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới', status: 'còn hiệu lực' },
      });
    });

    it('shows in the tree only what is cited, with the catalog’s status', () => {
      const tree = directiveTree(memoryWorkspace(CORPUS).ctx.index, { catalog, locale: 'en' });
      const d = tree.groups.flatMap((g) => g.directives).find((x) => x.symbol === '290-QĐ/TW')!;
      assert.deepEqual([tree.directives, d.status, d.statusText], [4, 'superseded', 'superseded by 23-QĐ/TW on 30/7/2021']);
    });
  });
});
