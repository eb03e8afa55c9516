/**
 * The custom requests behind the client's views and commands, through the built server on the
 * fixture workspace: the tree of cited directives, the insert-citation picker and the export of
 * the list of cited directives.
 */
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixture, LspSession, uriOf } from '../support/lspClient';

const SEED_001 = 'bai-viet/001_a2587cab5026f246.txt';

interface Tree {
  groups: { typeWord?: string; citations: number; documents: number; directives: { id: string; symbol: string; date?: string; citations: number; documents: number }[] }[];
  directives: number;
  files: number;
}

/** A tree as a user reads it: one line per group, then its directives indented. */
function showTree(tree: Tree): string[] {
  return tree.groups.flatMap((g) => [
    `${g.typeWord ?? '(khác)'}: ${g.directives.length} văn bản, ${g.citations} lần, ${g.documents} bài`,
    ...g.directives.map((d) => `  ${d.symbol} ${d.date ?? '-'} ${d.citations} lần, ${d.documents} bài`),
  ]);
}

const SEED_001_MARKDOWN = [
  '| STT | Số hiệu | Loại văn bản | Ngày ban hành | Cơ quan ban hành | Trích yếu | Tình trạng | Số lần trích dẫn |',
  '|---:|---|---|---|---|---|---|---:|',
  '| 1 | 43-CT/TW | Chỉ thị | 14/5/2015 | Ban Bí thư | về tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh ở Việt Nam |  | 3 |',
  '| 2 | 290-QĐ/TW | Quyết định | 25/02/2010 | Bộ Chính trị | về ban hành Quy chế công tác dân vận của hệ thống chính trị | bị thay thế bởi 23-QĐ/TW từ ngày 30/7/2021 | 2 |',
  '| 3 | 217-QĐ/TW | Quyết định | 12/12/2013 | Bộ Chính trị | về ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội | bị thay thế bởi 124-QĐ/TW từ ngày 04/10/2023 | 1 |',
  '| 4 | 218-QĐ/TW | Quyết định | 12/12/2013 | Bộ Chính trị | về ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền |  | 1 |',
  '| 5 | 292-TB/TW | Thông báo | 18/9/2009 | Ban Bí thư | về việc giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh và công tác chăm sóc giúp đỡ nạn nhân chất độc màu da cam; tổ chức hoạt động của Hội nạn nhân chất độc màu da cam/dioxin ở Việt Nam |  | 1 |',
  '',
].join('\n');

const SEED_001_CSV = [
  'STT,Số hiệu,Loại văn bản,Ngày ban hành,Cơ quan ban hành,Trích yếu,Tình trạng,Số lần trích dẫn',
  '1,43-CT/TW,Chỉ thị,14/5/2015,Ban Bí thư,về tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh ở Việt Nam,,3',
  '2,290-QĐ/TW,Quyết định,25/02/2010,Bộ Chính trị,về ban hành Quy chế công tác dân vận của hệ thống chính trị,bị thay thế bởi 23-QĐ/TW từ ngày 30/7/2021,2',
  '3,217-QĐ/TW,Quyết định,12/12/2013,Bộ Chính trị,về ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội,bị thay thế bởi 124-QĐ/TW từ ngày 04/10/2023,1',
  '4,218-QĐ/TW,Quyết định,12/12/2013,Bộ Chính trị,"về ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền",,1',
  '5,292-TB/TW,Thông báo,18/9/2009,Ban Bí thư,về việc giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh và công tác chăm sóc giúp đỡ nạn nhân chất độc màu da cam; tổ chức hoạt động của Hội nạn nhân chất độc màu da cam/dioxin ở Việt Nam,,1',
  '',
].join('\r\n');

describe('custom requests for the client views', function () {
  let folder: string;
  let s: LspSession;
  before(async () => {
    folder = copyFixture('workspace');
    s = await LspSession.start({ folder });
    await s.ready();
  });
  after(async () => { await s.stop(); rmSync(folder, { recursive: true, force: true }); });

  it('vanban/directives groups every cited directive by type word, with counts', async () => {
    const tree: Tree = await s.request('vanban/directives', null);
    assert.deepEqual(showTree(tree), [
      'Quyết định: 6 văn bản, 11 lần, 5 bài',
      '  23-QĐ/TW 30/7/2021 3 lần, 3 bài',
      '  290-QĐ/TW 25/02/2010 3 lần, 2 bài',
      '  217-QĐ/TW 12/12/2013 2 lần, 2 bài',
      '  89-QĐ/TW - 1 lần, 1 bài',
      '  218-QĐ/TW 12/12/2013 1 lần, 1 bài',
      '  461-QĐ/TU 14/12/2021 1 lần, 1 bài',
      'Chỉ thị: 3 văn bản, 8 lần, 4 bài',
      '  43-CT/TW 14/5/2015 5 lần, 3 bài',
      '  21-CT/TU 22/12/2021 2 lần, 2 bài',
      '  92-CT/TW - 1 lần, 1 bài',
      // The congress resolutions the seeds name without a symbol (issue 15) are directives too.
      'Nghị quyết: 5 văn bản, 7 lần, 3 bài',
      '  Đại hội XIII - 2 lần, 2 bài',
      '  25-NQ/TW 03/6/2013 2 lần, 2 bài',
      '  Đại hội XII - 1 lần, 1 bài',
      '  34-NQ/TW - 1 lần, 1 bài',
      '  51-NQ/TW - 1 lần, 1 bài',
      'Kết luận: 1 văn bản, 1 lần, 1 bài',
      '  120-KL/TW 07/01/2016 1 lần, 1 bài',
      'Nghị định: 1 văn bản, 1 lần, 1 bài',
      '  30/2020/NĐ-CP 05/3/2020 1 lần, 1 bài',
      // The built-in catalog calls 292-TB/TW a "Thông báo" (the article: "Thông báo kết luận").
      'Thông báo: 1 văn bản, 1 lần, 1 bài',
      '  292-TB/TW 18/9/2009 1 lần, 1 bài',
    ]);
    const d290 = tree.groups.flatMap((g) => g.directives).find((d) => d.symbol === '290-QĐ/TW') as { statusText?: string; documents: number; drafts?: number };
    assert.equal(d290.statusText, 'bị thay thế bởi 23-QĐ/TW từ ngày 30/7/2021');
    // Seed 001 and the report draft: the tree tells the draft apart from the article.
    assert.deepEqual([d290.documents, d290.drafts], [2, 1]);
    assert.equal(tree.directives, 17);
    assert.equal(tree.files, 7);
  });

  it('vanban/directiveCitations lists the files and lines citing a directive', async () => {
    const tree: Tree = await s.request('vanban/directives', null);
    const id = tree.groups.flatMap((g) => g.directives).find((d) => d.symbol === '290-QĐ/TW')!.id;
    const files: { uri: string; name: string; citations: { range: { start: { line: number; character: number } }; raw: string; form: string }[] }[] =
      await s.request('vanban/directiveCitations', { id });
    assert.deepEqual(files.map((f) => `${f.name}: ${f.citations.map((c) => `dòng ${c.range.start.line + 1} ${c.raw} (${c.form})`).join(', ')}`), [
      'bai-viet/001_a2587cab5026f246.txt: dòng 11 290-QĐ/TW (full), dòng 23 290-QĐ/TW (full)',
      'du-thao/bao-cao-so-ket-2026.md: dòng 19 290-QĐ/TW (full)',
    ]);
    assert.equal(files[0]!.uri, uriOf(path.join(folder, SEED_001)));
  });

  it('vanban/pickableDirectives offers cited and catalog directives, out-of-force last, then most cited', async () => {
    const picks: { symbol: string; full: string; short: string; citations: number; status?: string }[] = await s.request('vanban/pickableDirectives', null);
    const out = (p: { status?: string }) => p.status === 'superseded' || p.status === 'repealed' || p.status === 'expired';
    assert.deepEqual(picks.filter((p) => !out(p) && p.citations > 0).map((p) => `${p.symbol} ${p.citations}`), [
      '43-CT/TW 5', '23-QĐ/TW 3', '25-NQ/TW 2', 'Đại hội XIII 2', '21-CT/TU 2', 'Đại hội XII 1', '30/2020/NĐ-CP 1', '34-NQ/TW 1', '51-NQ/TW 1', '89-QĐ/TW 1',
      '92-CT/TW 1', '120-KL/TW 1', '218-QĐ/TW 1', '292-TB/TW 1', '461-QĐ/TU 1',
    ]);
    // Directives out of force come after all others, however often they are cited.
    const firstOut = picks.findIndex(out);
    assert.ok(firstOut > 0 && picks.slice(firstOut).every(out), picks.map((p) => p.symbol).join(' '));
    assert.deepEqual(picks.slice(firstOut, firstOut + 2).map((p) => `${p.symbol} ${p.citations}`), ['290-QĐ/TW 3', '217-QĐ/TW 2']);
    // The built-in catalog's directives are offered even when nobody cites them yet.
    assert.equal(picks.find((p) => p.symbol === '399-QĐ/TW')?.citations, 0);
    const p290 = picks.find((p) => p.symbol === '290-QĐ/TW')!;
    assert.equal(p290.full, 'Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về ban hành Quy chế công tác dân vận của hệ thống chính trị');
    assert.equal(p290.short, 'Quyết định số 290-QĐ/TW');
    const p25 = picks.find((p) => p.symbol === '25-NQ/TW')!;
    assert.equal(p25.full, 'Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới');
  });

  it('vanban/exportCitedList gives the list of seed 001 as Markdown and CSV, completed by the catalog', async () => {
    const uri = uriOf(path.join(folder, SEED_001));
    const md = await s.request('vanban/exportCitedList', { scope: 'document', uri, format: 'markdown' });
    assert.equal(md.text, SEED_001_MARKDOWN);
    assert.deepEqual([md.directives, md.documents], [5, 1]);
    const csv = await s.request('vanban/exportCitedList', { scope: 'document', uri, format: 'csv' });
    assert.equal(csv.text, SEED_001_CSV);
  });

  it('vanban/exportCitedList uses the editor’s unsaved text when the client sends it', async () => {
    const text = 'Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.\n';
    const r = await s.request('vanban/exportCitedList', { scope: 'document', uri: 'untitled:Untitled-1', text, format: 'csv' });
    assert.equal(r.text, 'STT,Số hiệu,Loại văn bản,Ngày ban hành,Cơ quan ban hành,Trích yếu,Số lần trích dẫn\r\n1,30/2020/NĐ-CP,Nghị định,05/3/2020,Chính phủ,về công tác văn thư,1\r\n');
  });

  it('vanban/exportCitedList over the workspace adds how many documents cite each directive', async () => {
    const r = await s.request('vanban/exportCitedList', { scope: 'workspace', format: 'csv' });
    const lines: string[] = r.text.split('\r\n');
    assert.equal(lines[0], 'STT,Số hiệu,Loại văn bản,Ngày ban hành,Cơ quan ban hành,Trích yếu,Tình trạng,Số lần trích dẫn,Số văn bản trích dẫn');
    assert.deepEqual([r.directives, r.documents], [13, 6]);
    // Party documents first, by type (resolutions, directives, conclusions, decisions, notices), then state ones.
    // The draft's unknown symbols (34-NQ/TW, 51/NQ-TW, 92CT/TW, 89-QD/TW) describe nothing: no row of empty cells.
    assert.deepEqual(lines.slice(1, -1).map((l) => l.split(',')[1]), [
      '25-NQ/TW', 'Đại hội XII', 'Đại hội XIII', '43-CT/TW', '21-CT/TU', '120-KL/TW', '290-QĐ/TW', '217-QĐ/TW',
      '218-QĐ/TW', '23-QĐ/TW', '461-QĐ/TU', '292-TB/TW', '30/2020/NĐ-CP',
    ]);
    // A congress resolution named without a symbol has its row: its body is the congress.
    assert.ok(lines.includes('3,Đại hội XIII,Nghị quyết,,Đại hội đại biểu toàn quốc lần thứ XIII của Đảng,,,2,2'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('4,43-CT/TW,Chỉ thị,14/5/2015,Ban Bí thư,') && l.endsWith(',5,3')));
    const md = await s.request('vanban/exportCitedList', { scope: 'workspace', format: 'markdown' });
    assert.match(md.text, /\n\*Chưa đưa vào danh mục \(chưa xác định được văn bản, cần kiểm tra lại\): 34-NQ\/TW, 51-NQ\/TW, 92-CT\/TW, 89-QĐ\/TW\.\*\n$/);
    assert.ok(lines.includes('10,23-QĐ/TW,Quyết định,30/7/2021,Bộ Chính trị,về ban hành Quy chế công tác dân vận của hệ thống chính trị,còn hiệu lực,3,3'));
  });

  it('the tree follows a file written to disk outside the editor', async () => {
    const file = path.join(folder, 'du-thao', 'moi.txt');
    writeFileSync(file, 'Thực hiện Kết luận số 120-KL/TW và Hướng dẫn số 06-HD/TW ngày 20/6/2025 của Ban Bí thư.\n');
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    let lines: string[] = [];
    for (const t0 = Date.now(); Date.now() - t0 < 20000;) {
      lines = showTree(await s.request('vanban/directives', null));
      if (lines.includes('Hướng dẫn: 1 văn bản, 1 lần, 1 bài')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(lines.includes('Hướng dẫn: 1 văn bản, 1 lần, 1 bài'), lines.join('\n'));
    assert.ok(lines.includes('Kết luận: 1 văn bản, 2 lần, 2 bài'), lines.join('\n'));
  });
});

describe('custom requests in English', function () {
  let folder: string;
  let s: LspSession;
  before(async () => {
    folder = copyFixture('workspace');
    s = await LspSession.start({ folder, locale: 'en' });
    await s.ready();
  });
  after(async () => { await s.stop(); rmSync(folder, { recursive: true, force: true }); });

  it('exports the list with English column names', async () => {
    const r = await s.request('vanban/exportCitedList', { scope: 'document', uri: uriOf(path.join(folder, SEED_001)), format: 'markdown' });
    assert.equal(r.text.split('\n')[0], '| No. | Symbol | Type | Date | Issued by | Title | Status | Citations |');
    assert.match(r.text, /\| superseded by 23-QĐ\/TW on 30\/7\/2021 \|/);
  });
});
