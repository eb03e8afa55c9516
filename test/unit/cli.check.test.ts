/**
 * `vanban check` as CI runs it: the built `server/out/cli.js` on fixture folders copied to a
 * temporary folder (so no settings file of the repository applies), asserted from its output and
 * exit code. The SARIF log is validated against the SARIF 2.1.0 JSON schema.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { pathToFileURL } from 'node:url';
import { threadChecker, type FileOutcome } from '../../server/src/cli/checkFiles';
import { findingJson, formatJson } from '../../server/src/cli/report';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'robust');

const uriOf = (p: string) => pathToFileURL(p).toString();

interface Run { code: number | null; stdout: string; stderr: string }

function check(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8', env: { ...process.env, VANBAN_LOCALE: 'vi' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `file:line:col code` of each text line, for comparing formats. */
const keysOfText = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => l.split(' ').slice(0, 1).concat(l.split(' ')[2]!).join(' '));

/**
 * Text output without its messages (`file:line:col severity code`), checking that each line has
 * one: the messages belong to the core's tables and may be reworded.
 */
function withoutMessages(out: string): string {
  return out.split('\n').filter(Boolean).map((l) => {
    const fields = l.split(' ');
    assert.ok(fields.slice(3).join(' ').length > 10, `no message on "${l}"`);
    return fields.slice(0, 3).join(' ') + '\n';
  }).join('');
}

/** The SARIF 2.1.0 schema (draft-04) made readable by Ajv 8: `id` is `$id` there. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(path.join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile<any>(schema);
}

describe('vanban check', function () {
  // Every test spawns the CLI a few times; a busy machine makes that slow, never wrong.
  this.timeout(60000);
  let tmp: string;
  let mistakes: string;
  let clean: string;
  const expectedText = readFileSync(path.join(FIXTURES, 'cli', 'mistakes.expected.txt'), 'utf8');

  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'vanban-cli-'));
    cpSync(path.join(FIXTURES, 'cli'), tmp, { recursive: true });
    mistakes = path.join(tmp, 'mistakes');
    clean = path.join(tmp, 'clean');
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('text: one compiler-style line per problem, exit 1, excluded folders skipped', () => {
    // Written here: git ignores node_modules folders, fixtures included.
    mkdirSync(path.join(mistakes, 'node_modules', 'x'), { recursive: true });
    writeFileSync(path.join(mistakes, 'node_modules', 'x', 'bo-qua.txt'), 'Tệp này bị loại trừ: Chỉ thị 43–CT/TƯ.\n');
    const r = check(mistakes, '.');
    assert.equal(withoutMessages(r.stdout), expectedText);
    assert.match(r.stdout, /^bao-cao\.md:6:95 error date-invalid .*31\/02\/2016/m);
    assert.ok(r.stdout.split('\n').filter(Boolean).every((l) => /[ăâđêôơư]/iu.test(l.split(' ').slice(3).join(' '))), 'messages are Vietnamese');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /vanban: 2 tệp, 1 lỗi, 5 cảnh báo/);
    assert.doesNotMatch(r.stdout, /node_modules/);
  });

  it('a clean folder exits 0 and prints no problem', () => {
    const r = check(clean, '.');
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
  });

  it('json: the same problems, with ranges, severities, messages and fixes', () => {
    const r = check(mistakes, '.', '--format', 'json');
    assert.equal(r.code, 1);
    const j = JSON.parse(r.stdout);
    assert.equal(j.files, 2);
    assert.deepEqual(j.findings.map((f: any) => `${f.file}:${f.line}:${f.column} ${f.code}`), keysOfText(expectedText));
    const dash = j.findings.find((f: any) => f.code === 'symbol-dash');
    assert.equal(dash.severity, 'warning');
    assert.deepEqual(dash.range, { start: { line: 4, character: 24 }, end: { line: 4, character: 32 } });
    assert.deepEqual(dash.fixes, [{ title: 'Sửa thành 25-NQ/TW', edits: [{ range: dash.range, newText: '25-NQ/TW' }] }]);
    assert.equal(j.findings.find((f: any) => f.code === 'date-invalid').severity, 'error');
  });

  it('json: the report written from findings as text is the report stringified whole', () => {
    const range = { start: { line: 0, character: 3 }, end: { line: 0, character: 11 } };
    const findings = [
      { file: 'bài "một".md', range, severity: 'warning' as const, code: 'symbol-dash', message: 'Số hiệu "91 – QĐ/TW"\tsai', fixes: [{ title: 'Sửa', edits: [{ range, newText: '91-QĐ/TW' }] }] },
      { file: 'b\\c.txt', range, severity: 'error' as const, code: 'date-invalid', message: 'Ngày 31/02/2016 không có', fixes: [] },
    ];
    const report = { findings, files: 3, errors: ['x: "không đọc được"'], notices: ['y\u2028z'], locale: 'vi' as const, cwd: '/' };
    const whole = JSON.stringify({
      tool: 'vanban', files: 3, findings: findings.map((f) => ({ ...f, line: 1, column: 4 })), errors: report.errors, notices: report.notices,
    });
    assert.equal(formatJson(report), whole);
    assert.equal(formatJson({ ...report, findings: [] }, findings.map(findingJson)), whole);
    assert.equal(formatJson({ ...report, findings: [], files: 0, errors: [], notices: [] }), '{"tool":"vanban","files":0,"findings":[],"errors":[],"notices":[]}');
  });

  it('sarif: a valid SARIF 2.1.0 log with rules, levels, relative locations and fixes', () => {
    const r = check(mistakes, '.', '--format', 'sarif', '--severity', 'information');
    assert.equal(r.code, 1);
    const log: any = JSON.parse(r.stdout);
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    // The schema does reject what GitHub would reject: a level SARIF does not define.
    assert.ok(!validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'information' }] }] }));
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'vanban');
    const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string } }[];
    assert.equal(rules.find((x) => x.id === 'symbol-tu')!.shortDescription.text, 'Số hiệu viết "TƯ" thay cho "TW"');
    // The catalog's information-level notes (directives it does not know) are left to their own test.
    const got = run.results.filter((x: any) => x.ruleId !== 'unknown-directive').map((x: any) => {
      const loc = x.locations[0].physicalLocation;
      assert.equal(rules[x.ruleIndex]!.id, x.ruleId);
      return `${loc.artifactLocation.uri}:${loc.region.startLine}:${loc.region.startColumn} ${x.ruleId} ${x.level}`;
    });
    assert.deepEqual(got, [
      'bao-cao.md:5:25 symbol-dash warning',
      'bao-cao.md:5:25 symbol-tu warning',
      'bao-cao.md:6:1 type-mismatch warning',
      'bao-cao.md:6:95 date-invalid error',
      'bao-cao.md:7:23 date-after-document warning',
      'bao-cao.md:8:4 text-html-entity note',
      'ghi-chu/tin-van.txt:3:27 symbol-tu warning',
    ]);
    // The symbol in the CRLF file: line 3, UTF-16 columns 27 to 35 (end exclusive).
    const tu = run.results[run.results.length - 1];
    assert.deepEqual(tu.locations[0].physicalLocation.region, { startLine: 3, startColumn: 27, endLine: 3, endColumn: 35 });
    assert.equal(tu.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '43-CT/TW');
    assert.equal(run.columnKind, 'utf16CodeUnits');
  });

  it('sarif: file names with Vietnamese letters and spaces are percent-encoded relative URIs', () => {
    const dir = path.join(tmp, 'tên thư mục');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'bài viết.txt'), 'Thực hiện Chỉ thị số 43–CT/TW của Ban Bí thư.\n');
    const r = check(tmp, 'tên thư mục', '--format', 'sarif');
    const log: any = JSON.parse(r.stdout);
    assert.ok(sarifValidator()(log));
    assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation,
      { uri: `${encodeURIComponent('tên thư mục')}/${encodeURIComponent('bài viết.txt')}`, uriBaseId: 'SRCROOT' });
    // Checked from elsewhere, the file keeps an absolute URI.
    const outside: any = JSON.parse(check(mistakes, dir, '--format', 'sarif').stdout);
    assert.ok(sarifValidator()(outside));
    assert.deepEqual(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: uriOf(path.join(dir, 'bài viết.txt')) });
  });

  it('--severity sets what is reported and what fails', () => {
    const codes = (r: Run) => keysOfText(r.stdout).map((l) => l.split(' ')[1]);
    const error = check(mistakes, '.', '--severity', 'error');
    assert.deepEqual(codes(error), ['date-invalid']);
    assert.equal(error.code, 1);
    const info = check(mistakes, '.', '--severity', 'information');
    assert.ok(codes(info).includes('text-html-entity'));
    // The clean folder has nothing even at the lowest threshold; the draft with only an
    // information-level problem fails only when information counts.
    assert.equal(check(clean, '.', '--severity', 'hint').code, 0);
    writeFileSync(path.join(clean, 'entity.txt'), 'Quy&#7871;t định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị.\n');
    assert.equal(check(clean, '.').code, 0);
    assert.equal(check(clean, '.', '--severity', 'information').code, 1);
  });

  it('the report checks of the editor run too: a "báo cáo sơ kết" missing its sections', () => {
    writeFileSync(path.join(clean, 'so-ket.md'), '# Báo cáo sơ kết công tác dân vận\n\nHà Nội, ngày 15 tháng 3 năm 2021\n\nNội dung.\n');
    const r = check(clean, 'so-ket.md', '--severity', 'information');
    assert.ok(keysOfText(r.stdout).length > 0 && keysOfText(r.stdout).every((k) => k === 'so-ket.md:1:3 report-missing-section'), r.stdout);
  });

  it('citations are judged against the catalog as in the editor: built-in, catalog files, corpus', () => {
    const text = 'Tin hội nghị\n\nHà Nội, ngày 15 tháng 3 năm 2023\n\nHội nghị quán triệt Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về ban hành quy chế công tác dân vận của hệ thống chính trị.\n';
    writeFileSync(path.join(clean, 'tin.txt'), text);
    // The built-in catalog knows 290-QĐ/TW was replaced by 23-QĐ/TW on 30/7/2021.
    assert.deepEqual(keysOfText(check(clean, 'tin.txt').stdout), ['tin.txt:5:35 superseded']);
    assert.equal(check(clean, 'tin.txt', '--date', '2015-01-01').stdout, '');
    // Without the built-in catalog nobody knows it; cited in a second file, the corpus does.
    mkdirSync(path.join(clean, '.vscode'));
    writeFileSync(path.join(clean, '.vscode', 'settings.json'), '{ "vanban.catalog.builtin": false }');
    assert.deepEqual(keysOfText(check(clean, 'tin.txt', '--severity', 'information').stdout), ['tin.txt:5:35 unknown-directive']);
    writeFileSync(path.join(clean, 'tin-2.txt'), text);
    assert.doesNotMatch(check(clean, '.', '--severity', 'information').stdout, /^tin(?:-2)?\.txt:.* unknown-directive /m);
  });

  it('drafts vouch for nothing, as in the editor: a symbol in two drafts stays unknown in both; an article vouches for the others', () => {
    const text = 'Thực hiện Nghị quyết số 99-NQ/TW, ngày 01/02/2020 của Bộ Chính trị về một việc chưa ai biết.\n';
    mkdirSync(path.join(clean, 'du-thao'));
    writeFileSync(path.join(clean, 'du-thao', 'a.md'), text);
    writeFileSync(path.join(clean, 'du-thao', 'b.md'), text);
    const unknown = () => keysOfText(check(clean, '.', '--severity', 'information').stdout).filter((l) => l.endsWith(' unknown-directive')).sort();
    assert.deepEqual(unknown(), ['du-thao/a.md:1:25 unknown-directive', 'du-thao/b.md:1:25 unknown-directive']);
    // One article citing it: known to the drafts, not to itself.
    writeFileSync(path.join(clean, 'bai-viet.txt'), `Ngày đăng: 03/02/2020 08:00\n${text}`);
    assert.deepEqual(unknown(), ['bai-viet.txt:2:25 unknown-directive']);
  });

  it('--date judges citation dates against the given date', () => {
    const r = check(mistakes, 'bao-cao.md', '--date', '2012-01-01');
    const lines = r.stdout.split('\n').filter((l) => l.includes('date-after-document'));
    assert.deepEqual(lines.map((l) => l.split(' ')[0]), ['bao-cao.md:5:35', 'bao-cao.md:6:25', 'bao-cao.md:7:23', 'bao-cao.md:8:32']);
    assert.ok(lines.every((l) => l.endsWith('(2012-01-01)')));
    // A date after every citation clears the check the text's own date raised.
    assert.doesNotMatch(check(mistakes, 'bao-cao.md', '--date', '2030-01-01').stdout, /date-after-document/);
  });

  it('.vscode/settings.json (JSONC) of the folder or an ancestor is honoured', () => {
    mkdirSync(path.join(mistakes, '.vscode'));
    writeFileSync(path.join(mistakes, '.vscode', 'settings.json'), `{
      // Our house style writes TƯ; dates are checked by the editor only.
      "vanban.diagnostics.symbol-tu": "off",
      "vanban.diagnostics.date-invalid": "hint", /* below the default threshold */
      "vanban": { "diagnostics": { "symbol-dash": "error", }, },
      "editor.wordWrap": "on",
    }`);
    const r = check(mistakes, '.');
    assert.deepEqual(keysOfText(r.stdout), ['bao-cao.md:5:25 symbol-dash', 'bao-cao.md:6:1 type-mismatch', 'bao-cao.md:7:23 date-after-document']);
    assert.match(r.stdout, /^bao-cao\.md:5:25 error symbol-dash /m);
    // Checking a subfolder finds the settings in its parent: its only problem is turned off.
    const sub = check(path.join(mistakes, 'ghi-chu'), '.');
    assert.equal(sub.stdout, '');
    assert.equal(sub.code, 0);
  });

  it('vanban.files.include and exclude select the files of a folder; files named explicitly are always checked', () => {
    mkdirSync(path.join(mistakes, '.vscode'));
    writeFileSync(path.join(mistakes, '.vscode', 'settings.json'), '{ "vanban.files.exclude": ["**/ghi-chu/**"] }');
    assert.doesNotMatch(check(mistakes, '.').stdout, /tin-van/);
    assert.match(check(mistakes, 'ghi-chu/tin-van.txt').stdout, /^ghi-chu\/tin-van\.txt:3:27 /m);
  });

  it('exit 2 for usage errors, with the usage on stderr and nothing on stdout', () => {
    for (const args of [['.', '--bad'], ['.', '--format', 'xml'], ['.', '--severity', 'fatal'], ['.', '--date', '2021-02-31'], ['.', '--date'], []]) {
      const r = check(mistakes, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /Usage: vanban check/);
    }
  });

  it('exit 2 when a path is missing or a settings file is broken, after checking what can be', () => {
    const r = check(mistakes, 'khong-co.txt', '.');
    assert.equal(r.code, 2);
    assert.equal(withoutMessages(r.stdout), expectedText);
    assert.match(r.stderr, /khong-co\.txt: no such file or directory/);
    mkdirSync(path.join(clean, '.vscode'));
    writeFileSync(path.join(clean, '.vscode', 'settings.json'), '{ "vanban.diagnostics.symbol-tu": ');
    const broken = check(clean, '.');
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /settings\.json/);
  });

  it('binary and oversized files are skipped with a notice; invalid UTF-8 is read with replacement and noted', () => {
    writeFileSync(path.join(clean, 'anh.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(path.join(clean, 'hong.txt'), Buffer.concat([Buffer.from('Chỉ thị số 43–CT/TW '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' của Ban Bí thư.\n')]));
    mkdirSync(path.join(clean, '.vscode'));
    writeFileSync(path.join(clean, '.vscode', 'settings.json'), '{ "vanban.files.maxSizeMB": 0.001 }');
    writeFileSync(path.join(clean, 'lon.txt'), 'Chỉ thị số 43–CT/TW. '.repeat(200));
    const r = check(clean, '.');
    assert.match(r.stderr, /anh\.txt: binary file/);
    assert.match(r.stderr, /lon\.txt: .* MB > .* MB/);
    assert.match(r.stderr, /hong\.txt: not valid UTF-8/);
    // The replaced bytes are a diagnostic too, as in the editor.
    assert.deepEqual(keysOfText(r.stdout), ['hong.txt:1:12 symbol-dash', 'hong.txt:1:21 text-invalid-utf8']);
    assert.equal(r.code, 1);
  });

  it('catalog files in the folder and given with --catalog are checked for their own problems', () => {
    writeFileSync(path.join(clean, 'vanban.catalog.yaml'), 'directives:\n  - symbol: 290-QD/TW\n    date: 2010-02-31\n    titel: x\n');
    writeFileSync(path.join(tmp, 'khac.json'), '{ "directives": [ { "symbol": "43-CT/TW", "date": "2015-05-14" } ] }\n');
    const r = check(clean, '.', '--catalog', '../khac.json');
    assert.deepEqual(keysOfText(r.stdout), ['vanban.catalog.yaml:2:13 catalog-bad-symbol', 'vanban.catalog.yaml:3:11 catalog-bad-date', 'vanban.catalog.yaml:4:5 catalog-unknown-field']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /vanban: 4 tệp/);
    assert.equal(check(clean, '.', '--catalog', 'khong-co.yaml').code, 2);
    const sarif: any = JSON.parse(check(clean, '.', '--format', 'sarif').stdout);
    assert.ok(sarifValidator()(sarif));
    assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'catalog-bad-date'));
  });

  it('a large tree checked on worker threads gives the same output, in the same order, as one thread', () => {
    const big = path.join(tmp, 'lon');
    for (let d = 0; d < 6; d++) {
      mkdirSync(path.join(big, `thu-muc-${d}`), { recursive: true });
      for (let i = 0; i < 100; i++) writeFileSync(path.join(big, `thu-muc-${d}`, `${i}.txt`), i % 7 ? 'Chỉ thị số 43-CT/TW của Ban Bí thư.\n' : `Bài ${i}: Chỉ thị số ${i}–CT/TƯ, ngày 31/02/2016.\n`);
    }
    const one = check(big, '.', '--jobs', '1');
    const three = check(big, '.', '--jobs', '3');
    assert.equal(one.code, 1);
    assert.equal(three.stdout, one.stdout);
    // Each of the 90 faulty files has at least its dash, TƯ and impossible date.
    assert.ok(one.stdout.split('\n').filter(Boolean).length >= 6 * 15 * 3);
    assert.equal(check(big, '.', '--jobs', '3', '--format', 'sarif').stdout, check(big, '.', '--jobs', '1', '--format', 'sarif').stdout);
    // JSON crosses threads as text (`findingJson`): the same report as one thread's.
    const json = check(big, '.', '--jobs', '3', '--format', 'json');
    assert.equal(json.code, 1);
    assert.equal(json.stdout, check(big, '.', '--jobs', '1', '--format', 'json').stdout);
    assert.equal(JSON.parse(json.stdout).findings.length, one.stdout.split('\n').filter(Boolean).length);
    assert.equal(check(big, '.', '--jobs', '0').code, 2);
  });

  it('a file changed between the corpus pass and the check is checked as it is now, not as first read', async () => {
    const file = path.join(tmp, 'bai.txt');
    writeFileSync(file, 'Thực hiện Chỉ thị số 43–CT/TW của Ban Bí thư.\n');
    const checker = threadChecker([{ file, kind: 'text', severities: {}, maxBytes: 1 << 20 }]);
    const base = { locale: 'vi' as const, threshold: 'hint' as const, cwd: tmp };
    const run = async (phase?: 'corpus') => {
      const outcomes: FileOutcome[] = [];
      await checker.run({ ...base, ...(phase && { phase }) }, (_, r) => outcomes.push(r));
      return outcomes;
    };
    const codes = (o: FileOutcome[]) => o.flatMap((r) => r.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.code}`));
    await run('corpus');
    // The en-dash is mended and a line is put above: another size, so the kept scan is stale.
    writeFileSync(file, 'Tin bài\nThực hiện Chỉ thị số 43-CT/TƯ, ngày 31/02/2016 của Ban Bí thư.\n');
    const now = codes(await run());
    assert.ok(now.length > 0 && now.every((c) => c.startsWith('2:')), now.join(', '));
    assert.ok(!now.some((c) => c.endsWith('symbol-dash')), now.join(', '));
    // Unchanged since its first read, a file gives what it gave then.
    await run('corpus');
    assert.deepEqual(codes(await run()), now);
    await checker.close();
  });

  it('--locale en and --help', () => {
    const en = check(mistakes, '.', '--locale', 'en').stdout;
    assert.equal(withoutMessages(en), expectedText);
    assert.match(en, /^bao-cao\.md:6:95 error date-invalid .*\b(?:date|Date)\b.*31\/02\/2016/m);
    const help = check(mistakes, '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--format text\|json\|sarif/);
  });
});
