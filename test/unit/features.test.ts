/**
 * The core features, data-driven: a fixture of several files with a cursor, and the expected
 * answer written the way a user reads it.
 */
import * as assert from 'node:assert/strict';
import { codeLenses, otherCitingArticles } from '../../server/src/core/features/codeLens';
import { completeDirectives } from '../../server/src/core/features/completion';
import { findDefinition } from '../../server/src/core/features/definition';
import { hover } from '../../server/src/core/features/hover';
import { findReferences } from '../../server/src/core/features/references';
import { workspaceSymbols } from '../../server/src/core/features/symbols';
import { checkText, documentProblems } from '../../server/src/core/features/problems';
import { scan } from '../../server/src/core/scan/scanner';
import { memoryWorkspace } from '../support/memoryWorkspace';
import { Catalog } from '../../server/src/core/catalog/resolve';

/** Runs a feature at the cursor of a fixture. */
function atCursor<T>(src: string, fn: (ws: ReturnType<typeof memoryWorkspace>, uri: string, offset: number) => T) {
  const ws = memoryWorkspace(src);
  const f = ws.cursorFile!;
  return { ws, result: fn(ws, ws.uri(f.path), f.cursor!) };
}

const CORPUS = `%! a/2015.txt
Thứ hai - 13/07/2015 10:14
Quán triệt Chỉ thị 43-CT/TW ngày 14/5/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng. Đối với Chỉ thị 43, cần nguồn lực.
%! a/2016.txt
Ngày đăng: 02/03/2016 08:00
Thực hiện Chỉ thị số 43-CT/TW của Ban Bí thư và Quyết định 290-QĐ/TW, ngày 25/2/2010 của Bộ Chính trị.
%! d/draft.md
Tiếp tục thực hiện Chỉ thị 43–CT/TƯ và Chỉ thị 4{|}3.
`;

describe('core features', () => {
  describe('definition', () => {
    const cases: [string, string, string | undefined][] = [
      ['short mention in a draft → fullest citation in the earliest article', CORPUS, 'a/2015.txt:1:19-1:27 43-CT/TW'],
      ['a variant symbol finds the same directive', CORPUS.replace('Chỉ thị 4{|}3', 'Chỉ thị 43').replace('43–CT', '4{|}3–CT'), 'a/2015.txt:1:19-1:27 43-CT/TW'],
      ['nothing under the cursor', CORPUS.replace('Chỉ thị 4{|}3', 'Chỉ {|}thị'), undefined],
    ];
    for (const [name, src, expected] of cases) {
      it(name, () => {
        const { ws, result } = atCursor(src, (w, u, o) => findDefinition(w.ctx, u, o));
        assert.equal(result && ws.show(result), expected);
      });
    }
  });

  it('references: every citation in every file, short mentions included, earliest article first', () => {
    const { ws, result } = atCursor(CORPUS, (w, u, o) => findReferences(w.ctx, u, o));
    assert.deepEqual(result.map((l) => ws.show(l)), [
      'a/2015.txt:1:19-1:27 43-CT/TW',
      'a/2015.txt:1:102-1:112 Chỉ thị 43',
      'a/2016.txt:1:21-1:29 43-CT/TW',
      'd/draft.md:0:27-0:35 43–CT/TƯ',
      'd/draft.md:0:39-0:49 Chỉ thị 43',
    ]);
  });

  it('hover: facts as the corpus states them and the citing articles', () => {
    const { result } = atCursor(CORPUS, (w, u, o) => hover(w.ctx, u, o));
    assert.equal(result!.markdown, [
      '### Chỉ thị 43-CT/TW',
      '*văn bản của Đảng*',
      '',
      '**Số:** 43  ',
      '**Ngày ban hành:** 14/5/2015  ',
      '**Cơ quan ban hành:** Ban Bí thư  ',
      '**Trích yếu:** về tăng cường sự lãnh đạo của Đảng',
      '',
      '**Được trích dẫn trong 3 bài viết**',
      '',
      '- [a/2015.txt:2](file:///ws/a/2015.txt#L2) — 13/7/2015',
      '- [a/2016.txt:2](file:///ws/a/2016.txt#L2) — 02/3/2016',
      '- [d/draft.md:1](file:///ws/d/draft.md#L1)',
    ].join('\n'));
  });

  it('hover says who issued a document of a Party body, the Front or the state by its issuer codes', () => {
    const src = '%! a.txt\nThực hiện Kế hoạch số {|}83-KH/BTGDVTW-BCĐ ngày 20/5/2025 về tuyên truyền.\n';
    const { result } = atCursor(src, (w, u, o) => hover(w.ctx, u, o));
    assert.match(result!.markdown, /^\*văn bản của cơ quan, tổ chức của Đảng\*$/mu);
    assert.match(result!.markdown, /\*\*Ký hiệu cơ quan:\*\* BTGDVTW — Ban Tuyên giáo và Dân vận Trung ương; BCĐ — Ban Chỉ đạo/);
    const front = atCursor('%! a.txt\nQuyết định số {|}51-QĐ/MTTQ ngày 10/10/2023.\n', (w, u, o) => hover(w.ctx, u, o)).result!.markdown;
    assert.match(front, /^\*văn bản của Mặt trận, đoàn thể\*$/mu);
    assert.match(front, /MTTQ — Mặt trận Tổ quốc Việt Nam/);
    const unknown = atCursor('%! a.txt\nQuyết định số {|}45-QĐ/HVBC ngày 14/02/2024.\n', (w, u, o) => hover(w.ctx, u, o)).result!.markdown;
    assert.match(unknown, /HVBC — chưa rõ/);
  });

  describe('hover with the built-in catalog', () => {
    const src = '%! a.txt\nThứ hai - 13/07/2015 10:14\nQuyết định số {|}290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị.\n%! b.txt\nQuyết định 290-QĐ/TW.\n';
    const show = (locale: 'vi' | 'en', path = 'a.txt') => {
      const ws = memoryWorkspace(src, locale);
      const text = ws.files.find((f) => f.path === path)!.text;
      const ctx = { ...ws.ctx, catalog: Catalog.create(), displayName: (u: string) => (u.endsWith('b.txt') ? 'Untitled-2' : u.replace('file:///ws/', '')) };
      return hover(ctx, ws.uri(path), text.indexOf('290'))!.markdown;
    };

    it('reads as the user\'s text: no maintainer notes, confidence and relations in the user\'s language', () => {
      const vi = show('vi');
      assert.match(vi, /\*\*Nguồn:\*\* danh mục có sẵn của Vanban · \*\*Độ tin cậy:\*\* theo nguồn đã dẫn, chưa đối chiếu văn bản gốc/);
      assert.match(vi, /\*\*Quan hệ:\*\* bị thay thế bởi 23-QĐ\/TW từ ngày 30\/7\/2021/);
      assert.doesNotMatch(vi, /seed|domain\.md|as cited|believed/);
      const en = show('en');
      assert.match(en, /\*\*Source:\*\* Vanban's built-in catalog · \*\*Confidence:\*\* from the source given/);
      assert.match(en, /\*\*Relations:\*\* replaced by 23-QĐ\/TW as of 30\/7\/2021/);
    });

    it('puts the status and the facts first, the citing documents next, the catalog details last', () => {
      const md = show('vi');
      const at = (re: RegExp) => md.search(re);
      assert.ok(at(/\*\*Trạng thái\*\*/) < at(/\*\*Số:\*\*/), 'status before the facts');
      assert.ok(at(/\*\*Trích yếu:\*\*|\*\*Cơ quan ban hành/) < at(/Được trích dẫn trong 2 bài viết/), 'facts before the citing articles');
      assert.ok(at(/Được trích dẫn/) < at(/\*\*Theo danh mục:\*\*/), 'citing articles before the catalog entry');
      assert.ok(at(/\*\*Theo danh mục:\*\*/) < at(/\*\*Nguồn:\*\*/));
      assert.match(md, /- \[Untitled-2:1\]\(file:\/\/\/ws\/b\.txt#L1\)/);
    });
  });

  it('hover: disagreeing sources are shown with counts', () => {
    const src = `%! a.txt\nQuyết định {|}290-QĐ/TW, ngày 25/2/2010 của Bộ Chính trị.\n%! b.txt\nQuyết định 290-QĐ/TW, ngày 25/2/2010 của Bộ Chính trị.\n%! c.txt\nQuyết định 290-QĐ/TW, ngày 25/3/2010 của Bộ Chính trị.\n`;
    const { result } = atCursor(src, (w, u, o) => hover(w.ctx, u, o));
    assert.match(result!.markdown, /\*\*Ngày ban hành:\*\* 25\/02\/2010 \(2 trích dẫn\) · 25\/3\/2010 \(1 trích dẫn\)/);
  });

  it('hover in English', () => {
    const ws = memoryWorkspace(CORPUS, 'en');
    const f = ws.cursorFile!;
    const h = hover(ws.ctx, ws.uri(f.path), f.cursor!);
    assert.match(h!.markdown, /\*\*Issued by:\*\* Ban Bí thư/);
    assert.match(h!.markdown, /Cited in 3 articles/);
  });

  describe('code lens', () => {
    // Two articles and a draft (a drafts folder): the draft vouches for nothing and is not counted.
    const src = CORPUS.replace('%! d/draft.md', '%! du-thao/draft.md').replace('Chỉ thị 43–CT/TƯ và Chỉ thị 4{|}3.', 'Chỉ thị 43–CT/TƯ và Quyết định 290-QĐ/TW.');
    const lenses = (path: string, locale: 'vi' | 'en' = 'vi') => {
      const ws = memoryWorkspace(src);
      return codeLenses(ws.ctx.index, ws.uri(path), locale).map((l) => `${l.range.start.line}:${l.range.start.character} ${l.title}${l.clickable ? '' : ' (no click)'}`);
    };

    it('names each directive of a line and counts the other articles, not this one or drafts', () => {
      assert.deepEqual(lenses('a/2016.txt'), [
        '1:21 43-CT/TW: 1 bài viết khác trích dẫn',
        '1:59 290-QĐ/TW: chưa bài viết nào khác trích dẫn (no click)',
      ]);
      assert.deepEqual(lenses('du-thao/draft.md', 'en'), [
        '0:27 43-CT/TW: cited in 2 other articles',
        '0:50 290-QĐ/TW: cited in 1 other article',
      ]);
    });

    it('a click lists as many articles as the lens counts, the first citation in each', () => {
      const ws = memoryWorkspace(src);
      const draft = ws.uri('du-thao/draft.md');
      const text = ws.files.find((f) => f.path === 'du-thao/draft.md')!.text;
      const at = (s: string) => otherCitingArticles(ws.ctx.index, draft, text.indexOf(s)).map((l) => ws.show(l));
      assert.deepEqual(at('43–CT'), ['a/2015.txt:1:19-1:27 43-CT/TW', 'a/2016.txt:1:21-1:29 43-CT/TW']);
      assert.deepEqual(at('290-QĐ'), ['a/2016.txt:1:59-1:68 290-QĐ/TW']);
      const article = ws.uri('a/2016.txt');
      const articleText = ws.files.find((f) => f.path === 'a/2016.txt')!.text;
      assert.deepEqual(otherCitingArticles(ws.ctx.index, article, articleText.indexOf('290-QĐ')), []);
    });
  });

  it('workspace symbols by number, symbol and accent-free title words', () => {
    const ws = memoryWorkspace(CORPUS);
    const names = (q: string) => workspaceSymbols(ws.ctx.index, q).map((s) => s.name);
    assert.deepEqual(names('43'), ['Chỉ thị 43-CT/TW']);
    assert.deepEqual(names('290-qđ'), ['Quyết định 290-QĐ/TW']);
    assert.deepEqual(names('lanh dao'), ['Chỉ thị 43-CT/TW']);
    assert.deepEqual(names('tw').sort(), ['Chỉ thị 43-CT/TW', 'Quyết định 290-QĐ/TW']);
    assert.deepEqual(names('không có'), []);
  });

  it('workspace symbols cited equally often come in the same order whatever order the files were indexed in', () => {
    const files = ['Chỉ thị 05-CT/TW về A.', 'Chỉ thị 06-CT/TU về B.', 'Chỉ thị 07-CT/HU về C.'];
    const names = (order: readonly number[]) =>
      workspaceSymbols(memoryWorkspace(order.map((i) => `%! f${i}.txt\n${files[i]}\n`).join('')).ctx.index, 'CT').map((s) => s.name);
    assert.deepEqual(names([0, 1, 2]), ['Chỉ thị 05-CT/TW', 'Chỉ thị 06-CT/TU', 'Chỉ thị 07-CT/HU']);
    assert.deepEqual(names([2, 0, 1]), names([0, 1, 2]));
    assert.deepEqual(names([1, 2, 0]), names([0, 1, 2]));
  });

  it('twins under one symbol are told apart by date, undated ones by the document date', () => {
    const src = `%! a.txt
Nghị quyết số 18-NQ/TW, ngày 25/10/2017 về tinh gọn bộ máy.
%! b.txt
Nghị quyết số 18-NQ/TW, ngày 16/6/2022 về đất đai.
%! c.txt
Ngày đăng: 01/03/2023 08:00
Thực hiện Nghị quyết 1{|}8-NQ/TW.
`;
    const { ws, result } = atCursor(src, (w, u, o) => findReferences(w.ctx, u, o));
    // The dated article comes first; b.txt states no date of its own.
    assert.deepEqual(result.map((l) => ws.show(l)), ['c.txt:1:21-1:29 18-NQ/TW', 'b.txt:0:14-0:22 18-NQ/TW']);
  });

  it('Front documents of one Party term are told apart by year: the Front’s congress terms are not the Party’s', () => {
    // 2018 and 2020 are both in the Party's XII term, but in two terms of the Fatherland Front.
    const src = `%! a.txt
Kế hoạch số 05-KH/MTTQ, ngày 10/3/2018 về tổ chức Ngày hội Đại đoàn kết.
%! b.txt
Kế hoạch số 05-KH/MTTQ, ngày 12/4/2020 về giám sát.
%! c.txt
Ngày đăng: 01/06/2020 08:00
Thực hiện Kế hoạch 0{|}5-KH/MTTQ.
`;
    const { ws, result } = atCursor(src, (w, u, o) => findReferences(w.ctx, u, o));
    assert.deepEqual(result.map((l) => ws.show(l)), ['c.txt:1:19-1:29 05-KH/MTTQ', 'b.txt:0:12-0:22 05-KH/MTTQ']);
  });

  describe('completion', () => {
    const cases: [string, string, string[]][] = [
      ['a number offers the symbol and the full citation', 'Theo Chỉ thị 4{|}', ['43-CT/TW', '43-CT/TW — trích dẫn đầy đủ => Chỉ thị số 43-CT/TW, ngày 14/5/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng']],
      ['after "Quyết định số " only matching types, without repeating the type word', 'Theo Quyết định số {|}', ['290-QĐ/TW', '290-QĐ/TW — trích dẫn đầy đủ => 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị']],
      ['a word is not a symbol', 'Theo chỉ th{|}', []],
    ];
    it('in a 2026 draft, "Quyết định số 29" offers the successor first and the superseded directive tagged and below', () => {
      const src = '%! a.txt\nThứ hai - 13/07/2015 10:14\nQuyết định 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị.\n%! du-thao/ke-hoach.md\n---\ntype: ke-hoach\ndate: 2026-03-02\n---\nThực hiện Quyết định số 29{|}';
      const complete = (today?: string, date = '2026-03-02') => {
        const ws = memoryWorkspace(src.replace('2026-03-02', date));
        const f = ws.cursorFile!;
        return completeDirectives({ ...ws.ctx, catalog: Catalog.create(), ...(today && { today }) }, f.text, f.cursor!, ws.uri(f.path))
          .filter((c) => c.kind === 'symbol').map((c) => `${c.label}${c.deprecated ? ' (deprecated)' : ''} [${c.detail}] ~${c.filterText}`);
      };
      // Judged by the draft's own date, not by today's.
      const got = complete('2015-01-01');
      assert.deepEqual(got.slice(0, 1), ['23-QĐ/TW [30/7/2021 · 0 lần trích dẫn] ~290-QĐ/TW 23-QĐ/TW']);
      assert.ok(got.indexOf('290-QĐ/TW (deprecated) [25/02/2010 · hết hiệu lực] ~290-QĐ/TW') > 0, got.join('\n'));
      // The same draft dated 2015: 290-QĐ/TW was in force, nothing replaces it.
      assert.deepEqual(complete(undefined, '2015-03-02').slice(0, 1), ['290-QĐ/TW [25/02/2010 · 1 lần trích dẫn] ~290-QĐ/TW']);
      assert.ok(!complete(undefined, '2015-03-02').some((c) => c.startsWith('23-QĐ/TW')));
    });

    for (const [name, draft, expected] of cases) {
      it(name, () => {
        const src = CORPUS.replace(/%! d\/draft\.md\n.*\n/, `%! d/draft.md\n${draft}\n`);
        const { result } = atCursor(src, (w, _u, o) => completeDirectives(w.ctx, w.files.find((f) => f.cursor !== undefined)!.text, o));
        assert.deepEqual(result.map((c) => (c.kind === 'symbol' ? c.label : `${c.label} => ${c.insertText}`)), expected);
      });
    }
  });
});

describe('document problems', () => {
  it('no first mention is looked for in the report\'s own heading block and title', () => {
    const text = [
      '---', 'type: bao-cao', 'date: 2026-11-20', '---', 'ĐẢNG BỘ TỈNH QUẢNG NINH', 'BAN THƯỜNG VỤ TỈNH ỦY', '*', 'Số    -BC/TU', '',
      'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Quảng Ninh, ngày 20 tháng 11 năm 2026', '', 'BÁO CÁO',
      'sơ kết 5 năm thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị', '', 'I- ĐẶC ĐIỂM TÌNH HÌNH', '',
      'Thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị, các cấp ủy đã quán triệt.', '',
    ].join('\n');
    const problems = checkText('file:///ws/du-thao/bao-cao.md', text, scan(text), { catalog: Catalog.create() }).filter((p) => p.code === 'incomplete-first-mention');
    assert.deepEqual(problems.map((p) => text.slice(0, p.range.start).split('\n').length), [19], 'on the body\'s first mention (line 19), not on the subject line (15)');
  });


  it('flags bytes that were not UTF-8 (decoded as U+FFFD) once, at the first one, with the count', () => {
    const text = 'Quy\uFFFDt \u0111\u1ECBnh 290-QĐ/TW v\uFFFD \uFFFD';
    const problems = documentProblems(text, scan(text)).filter((p) => p.code === 'text-invalid-utf8');
    assert.deepEqual(problems.map((p) => [p.range.start, p.args.count]), [[3, '3']]);
    assert.deepEqual(documentProblems('Quyết định 290-QĐ/TW', scan('Quyết định 290-QĐ/TW')).filter((p) => p.code === 'text-invalid-utf8'), []);
  });
});
