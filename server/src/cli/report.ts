/**
 * What `vanban check` found, as plain values in line/column positions, and its three renderings:
 * compiler-style text, JSON, and SARIF 2.1.0 (what GitHub code scanning and other CI tools read).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../core/features/diagnostics';
import { fixTitle, type Locale } from '../core/messages';
import { knownCodes, ruleDescription } from './rules';

/** A zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A range in line/character positions. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** One diagnostic of one file, positions resolved. */
export interface Finding {
  /** Path relative to the current folder, with `/` separators. */
  readonly file: string;
  readonly range: Range;
  readonly severity: Diagnostic['severity'];
  readonly code: string;
  readonly message: string;
  readonly fixes: readonly { readonly title: string; readonly edits: readonly { readonly range: Range; readonly newText: string }[] }[];
}

/** Everything a check produced. */
export interface CheckReport {
  readonly findings: readonly Finding[];
  /** Files checked. */
  readonly files: number;
  /** I/O errors (unreadable paths): the check is incomplete. */
  readonly errors: readonly string[];
  /** Files skipped on purpose (binary, too large) and files decoded with replacement characters. */
  readonly notices: readonly string[];
  readonly locale: Locale;
  /** The folder relative paths start from. */
  readonly cwd: string;
}

/** Converts diagnostics of one text to findings, mapping offsets with `positionAt`. */
export function toFindings(file: string, diagnostics: readonly Diagnostic[], positionAt: (offset: number) => Position, locale: Locale): Finding[] {
  const range = (r: { start: number; end: number }): Range => ({ start: positionAt(r.start), end: positionAt(r.end) });
  return diagnostics.map((d) => ({
    file,
    range: range(d.range),
    severity: d.severity,
    code: d.code,
    message: d.message,
    fixes: d.fixes.map((f) => ({ title: fixTitle(f, locale), edits: f.edits.map((e) => ({ range: range(e.range), newText: e.newText })) })),
  }));
}

/** One line per finding, like a compiler: `file:line:col severity code message` (1-based). */
export function formatText(f: Finding): string {
  return `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message.replace(/[\r\n]+/g, ' ')}`;
}

/** The summary line printed after text output (to stderr, so that stdout stays one finding per line). */
export function summaryLine(r: CheckReport): string {
  const count = (s: Finding['severity']) => r.findings.filter((f) => f.severity === s).length;
  const parts = [`${r.files} ${r.locale === 'vi' ? 'tệp' : r.files === 1 ? 'file' : 'files'}`];
  const names = r.locale === 'vi'
    ? { error: ['lỗi', 'lỗi'], warning: ['cảnh báo', 'cảnh báo'], information: ['thông tin', 'thông tin'], hint: ['gợi ý', 'gợi ý'] }
    : { error: ['error', 'errors'], warning: ['warning', 'warnings'], information: ['information', 'information'], hint: ['hint', 'hints'] };
  for (const s of ['error', 'warning', 'information', 'hint'] as const) {
    const n = count(s);
    if (n) parts.push(`${n} ${names[s][n === 1 ? 0 : 1]}`);
  }
  return `vanban: ${parts.join(', ')}`;
}

/** One finding as the JSON rendering writes it: with 1-based line/column for convenience. */
export function findingJson(f: Finding): string {
  return JSON.stringify({ ...f, line: f.range.start.line + 1, column: f.range.start.character + 1 });
}

/**
 * The JSON rendering: the findings and the counts. The findings may come as their `findingJson`
 * texts, as the worker threads of a large check send them (a text crosses threads several times
 * faster than the objects); the result is the same as stringifying the whole report at once.
 */
export function formatJson(r: CheckReport, findingTexts: readonly string[] = r.findings.map(findingJson)): string {
  return `{"tool":"vanban","files":${r.files},"findings":[${findingTexts.join(',')}],"errors":${JSON.stringify(r.errors)},"notices":${JSON.stringify(r.notices)}}`;
}

/** Fixes with more edits than this are left out of SARIF logs. */
export const SARIF_MAX_FIX_EDITS = 20;

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** A relative path as a URI reference: each segment percent-encoded (Vietnamese names included). */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** A SARIF region: 1-based lines, 1-based UTF-16 columns, the end column just after the range. */
function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** The SARIF 2.1.0 rendering: one run of the tool `vanban`, its rules, results and fixes. */
export function formatSarif(r: CheckReport, version: string): string {
  const codes = [...new Set([...knownCodes(), ...r.findings.map((f) => f.code)])].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  // Files under the current folder are relative to SRCROOT; others (checked by absolute path
  // from elsewhere) keep their absolute file URI.
  const artifact = (file: string) => (path.isAbsolute(file) ? { uri: pathToFileURL(file).toString() } : { uri: relativeUri(file), uriBaseId: 'SRCROOT' });
  // A fix that rewrites a whole text (NFC normalisation: one edit per decomposed letter) would
  // make the log hundreds of megabytes over a large tree; such fixes stay in the editor.
  const small = (x: Finding['fixes'][number]) => x.edits.length <= SARIF_MAX_FIX_EDITS;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'vanban',
          version,
          informationUri: 'https://example.invalid/vanban',
          language: r.locale,
          rules: codes.map((code) => ({ id: code, name: code, shortDescription: { text: ruleDescription(code, r.locale) } })),
        },
      },
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(r.cwd + path.sep).toString() } },
      columnKind: 'utf16CodeUnits',
      invocations: [{
        executionSuccessful: r.errors.length === 0,
        toolExecutionNotifications: [
          ...r.errors.map((text) => ({ level: 'error', message: { text } })),
          ...r.notices.map((text) => ({ level: 'note', message: { text } })),
        ],
      }],
      results: r.findings.map((f) => ({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code)!,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(f.file), region: region(f.range) } }],
        ...(f.fixes.some(small) && {
          fixes: f.fixes.filter(small).map((x) => ({
            description: { text: x.title },
            artifactChanges: [{
              artifactLocation: artifact(f.file),
              replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
            }],
          })),
        }),
      })),
    }],
  };
  return JSON.stringify(sarif);
}
