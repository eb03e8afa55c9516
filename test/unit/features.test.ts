/**
 * The core features, data-driven: a fixture of several files with a cursor, and the expected
 * answer written the way a user reads it.
 */
import * as assert from 'node:assert/strict';
import { codeLenses } from '../../server/src/core/features/codeLens';
import { completeDirectives } from '../../server/src/core/features/completion';
import { findDefinition } from '../../server/src/core/features/definition';
import { hover } from '../../server/src/core/features/hover';
import { findReferences } from '../../server/src/core/features/references';
import { workspaceSymbols } from '../../server/src/core/features/symbols';
import { documentProblems } from '../../server/src/core/features/problems';
import { scan } from '../../server/src/core/scan/scanner';
import { memoryWorkspace } from '../support/memoryWorkspace';

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
        const { ws, result } = atCursor(src, (w, u, o) => findDefinition(w.ctx.index, u, o));
        assert.equal(result && ws.show(result), expected);
      });
    }
  });

  it('references: every citation in every file, short mentions included, earliest article first', () => {
    const { ws, result } = atCursor(CORPUS, (w, u, o) => findReferences(w.ctx.index, u, o));
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
      '**Ngày ban hành:** 14/05/2015  ',
      '**Cơ quan ban hành:** Ban Bí thư  ',
      '**Trích yếu:** về tăng cường sự lãnh đạo của Đảng',
      '',
      '---',
      '**Được trích dẫn trong 3 bài viết**',
      '',
      '- [a/2015.txt:2](file:///ws/a/2015.txt#L2) — 13/07/2015',
      '- [a/2016.txt:2](file:///ws/a/2016.txt#L2) — 02/03/2016',
      '- [d/draft.md:1](file:///ws/d/draft.md#L1)',
    ].join('\n'));
  });

  it('hover: disagreeing sources are shown with counts', () => {
    const src = `%! a.txt\nQuyết định {|}290-QĐ/TW, ngày 25/2/2010 của Bộ Chính trị.\n%! b.txt\nQuyết định 290-QĐ/TW, ngày 25/2/2010 của Bộ Chính trị.\n%! c.txt\nQuyết định 290-QĐ/TW, ngày 25/3/2010 của Bộ Chính trị.\n`;
    const { result } = atCursor(src, (w, u, o) => hover(w.ctx, u, o));
    assert.match(result!.markdown, /\*\*Ngày ban hành:\*\* 25\/02\/2010 \(2 trích dẫn\) · 25\/03\/2010 \(1 trích dẫn\)/);
  });

  it('hover in English', () => {
    const ws = memoryWorkspace(CORPUS, 'en');
    const f = ws.cursorFile!;
    const h = hover(ws.ctx, ws.uri(f.path), f.cursor!);
    assert.match(h!.markdown, /\*\*Issued by:\*\* Ban Bí thư/);
    assert.match(h!.markdown, /Cited in 3 articles/);
  });

  it('code lens: one per directive on its first mention, counting articles', () => {
    const ws = memoryWorkspace(CORPUS);
    assert.deepEqual(codeLenses(ws.ctx.index, ws.uri('a/2016.txt'), 'vi').map((l) => `${l.range.start.line}:${l.range.start.character} ${l.title}`), [
      '1:21 3 bài viết trích dẫn',
      '1:59 1 bài viết trích dẫn',
    ]);
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

  it('twins under one symbol are told apart by date, undated ones by the document date', () => {
    const src = `%! a.txt
Nghị quyết số 18-NQ/TW, ngày 25/10/2017 về tinh gọn bộ máy.
%! b.txt
Nghị quyết số 18-NQ/TW, ngày 16/6/2022 về đất đai.
%! c.txt
Ngày đăng: 01/03/2023 08:00
Thực hiện Nghị quyết 1{|}8-NQ/TW.
`;
    const { ws, result } = atCursor(src, (w, u, o) => findReferences(w.ctx.index, u, o));
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
    const { ws, result } = atCursor(src, (w, u, o) => findReferences(w.ctx.index, u, o));
    assert.deepEqual(result.map((l) => ws.show(l)), ['c.txt:1:19-1:29 05-KH/MTTQ', 'b.txt:0:12-0:22 05-KH/MTTQ']);
  });

  describe('completion', () => {
    const cases: [string, string, string[]][] = [
      ['a number offers the symbol and the full citation', 'Theo Chỉ thị 4{|}', ['43-CT/TW', '43-CT/TW — trích dẫn đầy đủ => Chỉ thị số 43-CT/TW, ngày 14/05/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng']],
      ['after "Quyết định số " only matching types, without repeating the type word', 'Theo Quyết định số {|}', ['290-QĐ/TW', '290-QĐ/TW — trích dẫn đầy đủ => 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị']],
      ['a word is not a symbol', 'Theo chỉ th{|}', []],
    ];
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
  it('flags bytes that were not UTF-8 (decoded as U+FFFD) once, at the first one, with the count', () => {
    const text = 'Quy\uFFFDt \u0111\u1ECBnh 290-QĐ/TW v\uFFFD \uFFFD';
    const problems = documentProblems(text, scan(text)).filter((p) => p.code === 'text-invalid-utf8');
    assert.deepEqual(problems.map((p) => [p.range.start, p.args.count]), [[3, '3']]);
    assert.deepEqual(documentProblems('Quyết định 290-QĐ/TW', scan('Quyết định 290-QĐ/TW')).filter((p) => p.code === 'text-invalid-utf8'), []);
  });
});
