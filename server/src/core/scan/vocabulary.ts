/**
 * The vocabulary of directive symbols: type codes, type words and issuer codes (domain.md §1).
 * Tables, not logic, so they can be corrected without touching the scanner.
 */
import { isAsciiDigit } from '../text/chars';

/** Type codes a Party symbol may carry, after folding (`QĐi` → `QĐ`). */
export const PARTY_TYPES: ReadonlySet<string> = new Set([
  'NQ', 'QĐ', 'CT', 'KL', 'QC', 'HD', 'TB', 'TT', 'BC', 'KH', 'CTr', 'ĐA', 'PA', 'TTr', 'CV', 'TC', 'BB',
]);

/** Type codes a state symbol may carry. */
export const STATE_TYPES: ReadonlySet<string> = new Set([
  'NQ', 'NĐ', 'QĐ', 'CT', 'TT', 'TTLT', 'NQLT', 'QC', 'QyĐ', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'BC', 'TTr', 'L', 'PL', 'CV',
]);

/**
 * Folds how a type code was typed to its canonical spelling: `Ð` (Icelandic Eth) and a plain `D`
 * where `Đ` belongs; `QĐi` (Quy định, 2018–2019) is the same series as `QĐ`.
 */
const TYPE_FOLD: Readonly<Record<string, string>> = {
  QD: 'QĐ', QDi: 'QĐ', QĐi: 'QĐ', ND: 'NĐ', DA: 'ĐA', QyD: 'QyĐ',
};

/** The canonical type code for what was written, or undefined when it is no type code. */
export function foldType(written: string): string | undefined {
  const known = FOLDED_TYPE.get(written);
  if (known !== undefined) return known;
  const s = written.includes('Ð') ? written.replace(/Ð/g, 'Đ') : written;
  const t = TYPE_FOLD[s] ?? s;
  return PARTY_TYPES.has(t) || STATE_TYPES.has(t) ? t : undefined;
}

/**
 * `foldType` of every code and folded spelling, without the Eth: one map look-up for the written
 * forms of nearly every symbol. Filled from the tables above, so it cannot disagree with them.
 */
const FOLDED_TYPE: ReadonlyMap<string, string> = new Map(
  [...PARTY_TYPES, ...STATE_TYPES, ...Object.keys(TYPE_FOLD)].flatMap((w) => {
    const t = TYPE_FOLD[w] ?? w;
    return PARTY_TYPES.has(t) || STATE_TYPES.has(t) ? [[w, t] as const] : [];
  }),
);

/** The canonical spelling of one issuer code: `Ð` → `Đ`, `TƯ` → `TW` (also inside `BTCTƯ`). */
export function foldIssuer(written: string): string {
  if (!written.includes('Ð') && !written.includes('Ư')) return written;
  return written.replace(/Ð/g, 'Đ').replace(/TƯ$/u, 'TW').replace(/^TƯ/u, 'TW');
}

/**
 * Issuers of state documents. A symbol in the Party shape whose issuer is one of these
 * (`824-QĐ/TTg`) is a state document written Party-style.
 */
export const STATE_ISSUERS: ReadonlySet<string> = new Set([
  'CP', 'TTg', 'QH', 'UBTVQH', 'CTN', 'VPCP', 'NHNN', 'UBND', 'HĐND', 'BNV', 'BTC', 'BGDĐT', 'BYT', 'BCA', 'BQP',
  'BTP', 'BCT', 'BXD', 'BKHĐT', 'BNNPTNT', 'BTNMT', 'BLĐTBXH', 'BVHTTDL', 'BTTTT', 'BGTVT', 'BKHCN', 'UBDT',
  'TANDTC', 'VKSNDTC', 'KTNN', 'BNG', 'TLĐLĐVN', 'MTTQVN',
]);

/** Historic state issuers written with a hyphen before 2000 (`504-NQ/TVQH`, `275-CP`): not an error. */
export const HISTORIC_STATE_ISSUERS: ReadonlySet<string> = new Set(['TVQH', 'HĐBT', 'HĐCP']);

/** Whether an issuer code belongs to a state body (`UBTVQH15` and `QH15` carry the term). */
export function isStateIssuer(issuer: string): boolean {
  if (STATE_ISSUERS.has(issuer)) return true;
  // Only the National Assembly and its Standing Committee carry a term number (`QH15`, `UBTVQH14`):
  // `^(?:UBTV)?QH\d{1,2}$`, checked by hand since it runs for every issuer of every symbol.
  const at = issuer.startsWith('UBTVQH') ? 6 : issuer.startsWith('QH') ? 2 : -1;
  const digits = issuer.length - at;
  return at > 0 && (digits === 1 || digits === 2) && isAsciiDigit(issuer.charCodeAt(at)) && isAsciiDigit(issuer.charCodeAt(issuer.length - 1));
}


/** The endings of Party committee codes (`TW`, `TU`, `HU`, `ĐU`, `ĐUK`, `ThU`, `QU`). */
const PARTY_ISSUER_ENDINGS: readonly string[] = ['TW', 'TU', 'HU', 'ĐU', 'ĐUK', 'ThU', 'QU'];

/** Whether an issuer code is a Party committee or body: `TW`, `TU`, `HU`, `ĐU`, `BTCTW`, `ThU`, `ĐUK`, … */
export function isPartyIssuer(issuer: string): boolean {
  if (isStateIssuer(issuer) || HISTORIC_STATE_ISSUERS.has(issuer)) return false;
  return PARTY_ISSUER_ENDINGS.some((e) => issuer.endsWith(e)) || issuer.startsWith('BCSĐ');
}

/** A type word before a symbol, with the type codes it agrees with. */
export interface TypeWord {
  /** Canonical spelling. */
  readonly word: string;
  /** Type codes that agree with it (the first is the usual one). */
  readonly codes: readonly string[];
}

/** Type words, longest first so that "Thông báo kết luận" wins over "Thông báo". */
export const TYPE_WORDS: readonly TypeWord[] = [
  { word: 'Thông báo kết luận', codes: ['TB'] },
  { word: 'Thông tư liên tịch', codes: ['TTLT'] },
  { word: 'Nghị quyết liên tịch', codes: ['NQLT'] },
  { word: 'Nghị quyết', codes: ['NQ'] },
  { word: 'Quyết định', codes: ['QĐ'] },
  { word: 'Quy định', codes: ['QĐ', 'QyĐ'] },
  { word: 'Chỉ thị', codes: ['CT'] },
  { word: 'Kết luận', codes: ['KL'] },
  { word: 'Quy chế', codes: ['QC'] },
  { word: 'Hướng dẫn', codes: ['HD'] },
  { word: 'Thông báo', codes: ['TB'] },
  { word: 'Thông tri', codes: ['TT'] },
  { word: 'Thông tư', codes: ['TT'] },
  { word: 'Báo cáo', codes: ['BC'] },
  { word: 'Kế hoạch', codes: ['KH'] },
  { word: 'Chương trình', codes: ['CTr'] },
  { word: 'Đề án', codes: ['ĐA'] },
  { word: 'Phương án', codes: ['PA'] },
  { word: 'Tờ trình', codes: ['TTr'] },
  { word: 'Công văn', codes: ['CV'] },
  { word: 'Thông cáo', codes: ['TC'] },
  { word: 'Biên bản', codes: ['BB'] },
  { word: 'Nghị định', codes: ['NĐ'] },
  { word: 'Pháp lệnh', codes: ['PL'] },
  { word: 'Luật', codes: [] },
  { word: 'Lệnh', codes: ['L'] },
];

const BY_LOWER = new Map(TYPE_WORDS.map((t) => [t.word.toLowerCase(), t]));

/**
 * Looks up a type word however it is capitalised (after NFC), e.g. "quyết định" → Quyết định;
 * the Icelandic Eth (`Ð`, lower case `ð`) counts as `đ`, as in "Quyết Ðịnh".
 */
export function typeWordOf(written: string): TypeWord | undefined {
  const lower = written.toLowerCase();
  // Most type words are written plainly; a key has single spaces and no Eth, so a hit needs no folding.
  return BY_LOWER.get(lower) ?? BY_LOWER.get(lower.replace(/\s+/g, ' ').replace(/[Ðð]/g, 'đ'));
}

/** The usual type word for a type code ("CT" → "Chỉ thị"), for fixes and completions. */
export function typeWordFor(code: string | undefined, kind: 'party' | 'state'): string | undefined {
  if (code === undefined) return undefined;
  if (code === 'TT') return kind === 'party' ? 'Thông tri' : 'Thông tư';
  if (code === 'TB') return 'Thông báo';
  if (code === 'QĐ') return 'Quyết định';
  return TYPE_WORDS.find((t) => t.codes[0] === code)?.word;
}

/**
 * Alternation of every type word, for regular expressions (case-insensitive, NFC). Words may be
 * separated by several spaces or no-break spaces, and `đ` may be typed as the Icelandic Eth.
 */
export const TYPE_WORD_PATTERN = TYPE_WORDS
  .map((t) => t.word.replace(/ /g, '[ \\t\\u00A0]+').replace(/[đĐ]/g, '[đĐðÐ]'))
  .join('|');

/**
 * The stage codes of court case numbers (`33/2018/HS-ST`, `01/2021/QĐ-PT`): sơ thẩm, phúc thẩm,
 * giám đốc thẩm, tái thẩm. A symbol ending in one of them is a judgment, not a directive.
 */
export const COURT_STAGES: ReadonlySet<string> = new Set(['ST', 'PT', 'GĐT', 'TT', 'GDT']);
