/**
 * Short mentions the text does not cite in full (issue 15), resolved by the workspace and the
 * catalog: hover, definition and references follow them to the directive they name, ambiguous
 * ones list their candidates with a fix each, unresolved ones say so; and the index keeps them
 * through its rows (the cache and the worker threads).
 */
import * as assert from 'node:assert/strict';
import { Catalog, corpusFactsFrom } from '../../server/src/core/catalog/resolve';
import { findDefinition } from '../../server/src/core/features/definition';
import { hover } from '../../server/src/core/features/hover';
import { checkText } from '../../server/src/core/features/problems';
import { findReferences } from '../../server/src/core/features/references';
import { FactsWriter, readFacts } from '../../server/src/core/index/rows';
import { scan } from '../../server/src/core/scan/scanner';
import { memoryWorkspace } from '../support/memoryWorkspace';

const SRC = `%! a/2016.txt
Ngày đăng: 10/06/2016 08:00
Quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập.
%! b/2017.txt
Ngày đăng: 01/03/2017 08:00
Các chi bộ tiếp tục thực hiện Chỉ thị số {|}05 của Bộ Chính trị, Sắc lệnh 34 và Kế hoạch 12.
%! c/2018.txt
Ngày đăng: 01/03/2018 08:00
Thực hiện Chỉ thị 05-CT/TW, đảng viên đăng ký làm theo.
%! d/2019.txt
Ngày đăng: 02/01/2019 08:00
Kế hoạch số 12-KH/TU ngày 02/01/2016 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 12/KH-UBND ngày 05/3/2016 của UBND tỉnh.
`;

/** The fixture indexed, with a catalog of what its articles cite (no built-in catalog: only what they say). */
function workspace(src = SRC) {
  const ws = memoryWorkspace(src);
  const records = [...ws.ctx.index.uris()].flatMap((u) => ws.ctx.index.get(u)!.citations);
  const catalog = Catalog.create({ builtin: false, corpus: corpusFactsFrom(records) });
  return { ws, ctx: { ...ws.ctx, catalog, today: '2026-12-03' } };
}

describe('short mentions resolved by the workspace', () => {
  it('hover on "Chỉ thị số 05" with no full citation in the text shows 05-CT/TW, as the other articles cite it', () => {
    const { ws, ctx } = workspace();
    const b = ws.cursorFile!;
    const md = hover(ctx, ws.uri(b.path), b.cursor!)!.markdown;
    assert.match(md, /“Chỉ thị số 05” — nhắc ngắn, bài không trích dẫn đầy đủ; theo danh mục và các bài viết, đó là 05-CT\/TW\./);
    assert.match(md, /### Chỉ thị 05-CT\/TW/);
    assert.match(md, /\*\*Ngày ban hành:\*\* 15\/5\/2016/);
  });

  it('definition goes to the fullest citation, references list the mention with the citations', () => {
    const { ws, ctx } = workspace();
    const b = ws.cursorFile!;
    const def = findDefinition(ctx, ws.uri(b.path), b.cursor!);
    assert.equal(def && ws.show(def), 'a/2016.txt:1:22-1:30 05-CT/TW');
    const fromMention = findReferences(ctx, ws.uri(b.path), b.cursor!).map((l) => ws.show(l));
    assert.deepEqual(fromMention, ['a/2016.txt:1:22-1:30 05-CT/TW', 'c/2018.txt:1:18-1:26 05-CT/TW', 'b/2017.txt:1:30-1:43 Chỉ thị số 05']);
    const a = ws.files.find((f) => f.path === 'a/2016.txt')!;
    const fromSymbol = findReferences(ctx, ws.uri(a.path), a.text.indexOf('05-CT')).map((l) => ws.show(l));
    assert.deepEqual(fromSymbol, fromMention);
  });

  it('an ambiguous mention lists its candidates, with a fix that writes each symbol; an unknown one says so', () => {
    const { ws, ctx } = workspace();
    const b = ws.files.find((f) => f.path === 'b/2017.txt')!;
    const problems = checkText(ws.uri(b.path), b.text, scan(b.text), { catalog: ctx.catalog })
      .filter((p) => p.code.startsWith('mention-'))
      .map((p) => `${p.code} ${b.text.slice(p.range.start, p.range.end)} ${p.args.candidates ?? ''} ${p.fixes.map((f) => f.edits[0]!.newText).join(' | ')}`.trim());
    assert.deepEqual(problems, [
      'mention-unresolved Sắc lệnh 34',
      'mention-ambiguous Kế hoạch 12 12-KH/TU (02/01/2016); 12/KH-UBND (05/3/2016) Kế hoạch 12-KH/TU | Kế hoạch 12/KH-UBND',
    ]);
    const md = hover(ctx, ws.uri(b.path), b.text.indexOf('Kế hoạch 12'))!.markdown;
    assert.match(md, /có thể là một trong các văn bản sau/);
    assert.match(hover(ctx, ws.uri(b.path), b.text.indexOf('Sắc lệnh'))!.markdown, /không có văn bản nào cùng loại, cùng số/);
  });

  it('a mention is not resolved to a directive issued after the text, nor across sides', () => {
    const src = `%! a.txt
Ngày đăng: 01/01/2015 08:00
Thực hiện Chỉ thị số 05 của Bộ Chính trị.
%! b.txt
Ngày đăng: 10/06/2016 08:00
Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.
%! c.txt
Ngày đăng: 10/06/2016 08:00
Theo Chỉ thị 05/CT-TTg ngày 02/02/2016 của Thủ tướng Chính phủ. Chỉ thị 05 của Chính phủ.
`;
    const { ws, ctx } = workspace(src);
    const a = ws.files.find((f) => f.path === 'a.txt')!;
    assert.deepEqual(checkText(ws.uri('a.txt'), a.text, scan(a.text), { catalog: ctx.catalog }).filter((p) => p.code.startsWith('mention-')).map((p) => p.code), ['mention-unresolved']);
    const c = ws.files.find((f) => f.path === 'c.txt')!;
    // "Chỉ thị 05 của Chính phủ" after 05/CT-TTg in the same text links to it in the text itself.
    assert.deepEqual(scan(c.text).citations.map((x) => `${x.form} ${x.symbol.key}`), ['full 5/CT-TTg', 'short 5/CT-TTg']);
  });

  it('mentions survive the rows the cache and the workers carry', () => {
    const { ws } = workspace();
    const facts = ws.ctx.index.get(ws.uri('b/2017.txt'))!;
    const writer = new FactsWriter();
    const where = writer.add(facts);
    const { strings, rows } = writer.finish();
    const back = readFacts(strings, rows, where);
    assert.deepEqual(back.mentions, facts.mentions);
    assert.deepEqual(back.mentions!.map((m) => [m.raw, m.codes.join('|'), m.number, m.side].join(' ').trim()), ['Chỉ thị số 05 CT 5 party', 'Sắc lệnh 34 SL 34', 'Kế hoạch 12 KH|KHHĐ 12']);
  });
});
