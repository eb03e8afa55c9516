/**
 * The "danh mục văn bản được trích dẫn": one row per directive cited in one or more documents, with
 * what the citations say about it (the most frequent variant of each detail), optionally completed
 * or corrected by facts the caller supplies (the catalog), rendered as a Markdown table or as CSV.
 */
import { parseIsoDate } from '../scan/dates';
import type { Citation, DateValue, DirectiveKind, ScanResult } from '../scan/types';
import type { Locale } from '../messages';
import { ruleDate, withoutOwnNumber } from './headingBlock';
import { collapseSpace, conflictingTypeWord, mostCommon, typeWordOfDirective } from './text';

/** What the caller knows about a directive (from the catalog); every field optional. */
export interface DirectiveFacts {
  readonly typeWord?: string;
  /** ISO `yyyy-mm-dd`. */
  readonly date?: string;
  readonly body?: string;
  readonly term?: string;
  readonly title?: string;
  /** Status as the user should read it ("còn hiệu lực", "bị thay thế bởi 23-QĐ/TW"). */
  readonly status?: string;
}

/** One directive of the list. */
export interface CitedRow {
  /** The lookup key ("43-CT/TW", numbers as integers). */
  readonly key: string;
  /** The symbol as most citations write it, canonically ("05-CT/TW" keeps its zero if most write it so). */
  readonly symbol: string;
  readonly kind: DirectiveKind;
  readonly typeCode?: string;
  readonly typeWord?: string;
  readonly date?: DateValue;
  readonly body?: string;
  /** Term (khóa) as a Roman numeral. */
  readonly term?: string;
  readonly title?: string;
  readonly status?: string;
  /** Citations, short mentions included ("Chỉ thị 43" after "Chỉ thị 43-CT/TW"). */
  readonly count: number;
  /** How many of the given documents cite it. */
  readonly documents: number;
}

/** Facts by directive key, as a map or a plain object. */
export type FactsByKey = ReadonlyMap<string, DirectiveFacts> | Readonly<Record<string, DirectiveFacts>>;

/**
 * Lists the directives cited in the given documents, sorted by kind (Party, then state), by type
 * (Nghị quyết, Chỉ thị, Kết luận, Quyết định, … as in TYPE_ORDER), then by date (undated last),
 * then by number. Facts given by the caller take precedence over what the citations say.
 */
export function citedDirectives(scans: readonly ScanResult[], facts?: FactsByKey, locale: Locale = 'vi'): CitedRow[] {
  const byKey = new Map<string, { cites: Citation[]; docs: Set<number> }>();
  scans.forEach((scan, doc) => {
    for (const c of scan.citations) {
      let entry = byKey.get(c.symbol.key);
      if (!entry) byKey.set(c.symbol.key, (entry = { cites: [], docs: new Set() }));
      entry.cites.push(c);
      entry.docs.add(doc);
    }
  });
  const rows = [...byKey.entries()].map(([key, { cites, docs }]) => toRow(key, cites, docs.size, factsFor(facts, key), locale));
  return rows.sort(compareRows);
}

function factsFor(facts: FactsByKey | undefined, key: string): DirectiveFacts {
  if (!facts) return {};
  if (facts instanceof Map) return facts.get(key) ?? {};
  return (facts as Readonly<Record<string, DirectiveFacts>>)[key] ?? {};
}

function toRow(key: string, cites: readonly Citation[], documents: number, f: DirectiveFacts, locale: Locale): CitedRow {
  const full = cites.filter((c) => c.form === 'full');
  const sym = (full[0] ?? cites[0]!).symbol;
  const symbol = mostCommon(full.map((c) => c.symbol.canonical)) ?? sym.canonical;
  // What the text wrote, with the conflict, when it disagrees with the code (the catalog's word wins).
  const typeWord = f.typeWord ?? conflictingTypeWord(cites, locale) ?? typeWordOfDirective(cites);
  const dates = cites.flatMap((c) => (c.date ? [c.date.value] : []));
  const dateKey = mostCommon(dates.map((d) => `${d.year}-${d.month}-${d.day}`));
  const date = (f.date ? parseIsoDate(f.date) : undefined) ?? dates.find((d) => `${d.year}-${d.month}-${d.day}` === dateKey);
  const body = f.body ?? mostCommon(cites.flatMap((c) => (c.body ? [collapseSpace(c.body.value)] : [])));
  const term = f.term ?? mostCommon(cites.flatMap((c) => (c.term ? [c.term.value] : [])));
  const title = f.title ?? mostCommon(cites.flatMap((c) => (c.title ? [collapseSpace(c.title.value)] : [])));
  return {
    key, symbol, kind: sym.kind,
    ...(sym.type !== undefined && { typeCode: sym.type }),
    ...(typeWord && { typeWord }),
    ...(date && { date }),
    ...(body && { body }),
    ...(term && { term }),
    ...(title && { title }),
    ...(f.status && { status: f.status }),
    count: cites.length,
    documents,
  };
}


const KIND_ORDER: Readonly<Record<DirectiveKind, number>> = { party: 0, 'state-legal': 1, 'state-admin': 2 };

/**
 * Types by weight, the order lists of documents follow: resolutions and directives before decisions,
 * notices and guidance; for state documents laws (no type code) first.
 */
export const TYPE_ORDER: readonly (string | undefined)[] = [
  undefined, 'PL', 'L', 'NQ', 'NQLT', 'NĐ', 'CT', 'KL', 'QĐ', 'QyĐ', 'QC', 'TB', 'HD', 'TT', 'TTLT', 'CTr', 'KH', 'ĐA', 'PA',
  'BC', 'TTr', 'TC', 'BB', 'CV',
];

function typeRank(code: string | undefined): number {
  const i = TYPE_ORDER.indexOf(code);
  return i < 0 ? TYPE_ORDER.length : i;
}

function compareRows(a: CitedRow, b: CitedRow): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
    || typeRank(a.typeCode) - typeRank(b.typeCode)
    || (a.date ? 0 : 1) - (b.date ? 0 : 1)
    || isoOf(a.date).localeCompare(isoOf(b.date))
    || numberOf(a.key) - numberOf(b.key)
    || a.key.localeCompare(b.key);
}

function isoOf(d: DateValue | undefined): string {
  return d ? `${d.year}`.padStart(4, '0') + `-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : '';
}

function numberOf(key: string): number {
  return Number(/^\d+/.exec(key)?.[0] ?? 0);
}

/** Options of the renderings. */
export interface CitedListFormat {
  readonly locale: Locale;
  /** Add the column "how many documents cite it" (for a list over the workspace). */
  readonly documents?: boolean;
}

interface Column {
  readonly vi: string;
  readonly en: string;
  readonly value: (r: CitedRow, i: number) => string;
  readonly numeric?: boolean;
}

function columns(rows: readonly CitedRow[], format: CitedListFormat): Column[] {
  const cols: Column[] = [
    { vi: 'STT', en: 'No.', value: (_r, i) => String(i + 1), numeric: true },
    { vi: 'Số hiệu', en: 'Symbol', value: (r) => r.symbol },
    { vi: 'Loại văn bản', en: 'Type', value: (r) => r.typeWord ?? '' },
    { vi: 'Ngày ban hành', en: 'Date', value: (r) => (r.date ? ruleDate(r.date) : '') },
    { vi: 'Cơ quan ban hành', en: 'Issued by', value: (r) => (r.body ? r.body + (r.term ? ` (khóa ${r.term})` : '') : '') },
    { vi: 'Trích yếu', en: 'Title', value: (r) => r.title ?? '' },
  ];
  if (rows.some((r) => r.status)) cols.push({ vi: 'Tình trạng', en: 'Status', value: (r) => r.status ?? '' });
  cols.push({ vi: 'Số lần trích dẫn', en: 'Citations', value: (r) => String(r.count), numeric: true });
  if (format.documents) cols.push({ vi: 'Số văn bản trích dẫn', en: 'Citing documents', value: (r) => String(r.documents), numeric: true });
  return cols;
}

/**
 * Whether a row says what the directive is: a date, an issuing body, a subject or a status. A row
 * with only a symbol (an unknown or misspelt one: "34-NQ/TW", "92CT/TW") would be a row of empty
 * cells in a list meant for a report's annex: the table leaves it out and names it below.
 */
export function describes(r: CitedRow): boolean {
  return r.date !== undefined || r.body !== undefined || r.title !== undefined || r.status !== undefined;
}

const UNDESCRIBED = {
  vi: '*Chưa đưa vào danh mục (chưa xác định được văn bản, cần kiểm tra lại): {list}.*',
  en: '*Not listed (the directive could not be identified; check these citations): {list}.*',
} as const;

/**
 * The list as a Markdown table (one header row, then one row per directive), then a line naming
 * the directives it leaves out (see `describes`).
 */
export function citedListToMarkdown(all: readonly CitedRow[], format: CitedListFormat): string {
  const rows = all.filter(describes);
  const left = all.filter((r) => !describes(r));
  const cols = columns(rows, format);
  const cell = (s: string): string => collapseSpace(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const lines = [
    `| ${cols.map((c) => c[format.locale]).join(' | ')} |`,
    `|${cols.map((c) => (c.numeric ? '---:' : '---')).join('|')}|`,
    ...rows.map((r, i) => `| ${cols.map((c) => cell(c.value(r, i))).join(' | ')} |`),
  ];
  if (left.length) lines.push('', UNDESCRIBED[format.locale].replace('{list}', left.map((r) => r.symbol).join(', ')));
  return lines.join('\n') + '\n';
}

/** Options of the CSV rendering. */
export interface CsvFormat extends CitedListFormat {
  /** Start with a UTF-8 byte order mark, so that Excel reads the Vietnamese letters right. */
  readonly bom?: boolean;
}

/** The list as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled); rows that describe nothing are left out. */
export function citedListToCsv(all: readonly CitedRow[], format: CsvFormat): string {
  const rows = all.filter(describes);
  const cols = columns(rows, format);
  const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [cols.map((c) => field(c[format.locale])).join(','), ...rows.map((r, i) => cols.map((c) => field(c.value(r, i))).join(','))];
  return (format.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

/** Options of the export command. */
export interface ExportOptions extends CsvFormat {
  readonly format: 'markdown' | 'csv';
  /** Catalog facts by directive key (status, official title …). */
  readonly facts?: FactsByKey;
}

/**
 * The export command in one call: the directives cited in the given documents (each one's own
 * number left out), as Markdown or CSV. With several documents the list counts citing documents too.
 */
export function exportCitedList(docs: readonly { readonly text: string; readonly scan: ScanResult }[], options: ExportOptions): string {
  const rows = citedDirectives(docs.map((d) => withoutOwnNumber(d.text, d.scan)), options.facts, options.locale);
  const format = { ...options, documents: options.documents ?? docs.length > 1 };
  return options.format === 'csv' ? citedListToCsv(rows, format) : citedListToMarkdown(rows, format);
}
