/**
 * The vocabulary of directive symbols: type codes, type words and issuer codes (domain.md §1).
 * Tables, not logic, so they can be corrected without touching the scanner.
 */
import { foldLookalikes } from './issuers';

/**
 * Type codes a Party symbol may carry, after folding (`QĐi` → `QĐ`): domain.md §1, and the
 * personnel decision `QĐNS`, the action plan `KHHĐ` and the action programme `CTHĐ` seen in real
 * articles (issue 14).
 */
export const PARTY_TYPES: ReadonlySet<string> = new Set([
  'NQ', 'QĐ', 'CT', 'KL', 'QC', 'HD', 'TB', 'TT', 'BC', 'KH', 'CTr', 'ĐA', 'PA', 'TTr', 'CV', 'TC', 'BB', 'QĐNS', 'KHHĐ', 'CTHĐ',
]);

/**
 * Type codes a state symbol may carry (Nghị định 30/2020/NĐ-CP, Phụ lục III), with the Công điện
 * `CĐ` and the consolidated text `VBHN` (văn bản hợp nhất).
 */
export const STATE_TYPES: ReadonlySet<string> = new Set([
  'NQ', 'NĐ', 'QĐ', 'CT', 'TT', 'TTLT', 'NQLT', 'QC', 'QyĐ', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'BC', 'TTr', 'L', 'PL', 'CV', 'CĐ', 'VBHN',
]);

/**
 * Folds how a type code was typed to its canonical spelling: a plain `D` where `Đ` belongs;
 * `QĐi` (Quy định, 2018–2019) is the same series as `QĐ`.
 */
const TYPE_FOLD: Readonly<Record<string, string>> = {
  QD: 'QĐ', QDi: 'QĐ', QĐi: 'QĐ', QĐI: 'QĐ', QDI: 'QĐ', ND: 'NĐ', DA: 'ĐA', QyD: 'QyĐ', CD: 'CĐ', QDNS: 'QĐNS', CTRHĐ: 'CTHĐ',
};

/** The canonical type code for what was written, or undefined when it is no type code. */
export function foldType(written: string): string | undefined {
  const known = FOLDED_TYPE.get(written);
  if (known !== undefined) return known;
  const s = foldLookalikes(written);
  const t = TYPE_FOLD[s] ?? s;
  return PARTY_TYPES.has(t) || STATE_TYPES.has(t) ? t : undefined;
}

/**
 * `foldType` of every code and folded spelling, without lookalikes: one map look-up for the
 * written forms of nearly every symbol. Filled from the tables above, so it cannot disagree with them.
 */
const FOLDED_TYPE: ReadonlyMap<string, string> = new Map(
  [...PARTY_TYPES, ...STATE_TYPES, ...Object.keys(TYPE_FOLD)].flatMap((w) => {
    const t = TYPE_FOLD[w] ?? w;
    return PARTY_TYPES.has(t) || STATE_TYPES.has(t) ? [[w, t] as const] : [];
  }),
);

/**
 * The canonical spelling of one issuer code, as keys use it: lookalike letters folded (`Ð` → `Đ`,
 * Cyrillic `Т` → `T`), `&` dropped (`BGD&ĐT` → `BGDĐT`, as Nghị định 30 writes the codes), and the
 * misspelt `TƯ` → `TW` (also inside `BTCTƯ`).
 */
export function foldIssuer(written: string): string {
  if (isPlainCode(written)) return written;
  const s = foldLookalikes(written).replace(/&/g, '');
  return s.includes('Ư') ? s.replace(/TƯ$/u, 'TW').replace(/^TƯ/u, 'TW') : s;
}

/** Whether an issuer as written has `TƯ` where the key has `TW`. */
export function isMisspeltTu(written: string): boolean {
  return written.includes('Ư') && /^TƯ|TƯ$/u.test(foldLookalikes(written).replace(/&/g, ''));
}

/** Whether a code is ASCII letters and digits and `Đ` only: nothing to fold (nearly every code). */
function isPlainCode(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x110)) return false;
  }
  return true;
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
  { word: 'Kế hoạch hành động', codes: ['KHHĐ', 'KH'] },
  { word: 'Chương trình hành động', codes: ['CTr', 'CTHĐ'] },
  { word: 'Văn bản hợp nhất', codes: ['VBHN'] },
  { word: 'Thông tư liên tịch', codes: ['TTLT'] },
  { word: 'Nghị quyết liên tịch', codes: ['NQLT'] },
  { word: 'Nghị quyết', codes: ['NQ'] },
  { word: 'Quyết định', codes: ['QĐ', 'QĐNS'] },
  { word: 'Quy định', codes: ['QĐ', 'QyĐ'] },
  { word: 'Chỉ thị', codes: ['CT'] },
  { word: 'Kết luận', codes: ['KL'] },
  { word: 'Quy chế', codes: ['QC'] },
  { word: 'Hướng dẫn', codes: ['HD'] },
  { word: 'Thông báo', codes: ['TB'] },
  { word: 'Thông tri', codes: ['TT'] },
  { word: 'Thông tư', codes: ['TT'] },
  { word: 'Báo cáo', codes: ['BC'] },
  { word: 'Kế hoạch', codes: ['KH', 'KHHĐ'] },
  { word: 'Chương trình', codes: ['CTr'] },
  { word: 'Đề án', codes: ['ĐA'] },
  { word: 'Phương án', codes: ['PA'] },
  { word: 'Tờ trình', codes: ['TTr'] },
  { word: 'Công văn', codes: ['CV'] },
  { word: 'Công điện', codes: ['CĐ'] },
  { word: 'Sắc lệnh', codes: ['SL'] },
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
  // The shortest word whose usual code it is ("Chương trình", not "Chương trình hành động"), else one that allows it.
  const usual = TYPE_WORDS.filter((t) => t.codes[0] === code).sort((a, b) => a.word.length - b.word.length)[0];
  return (usual ?? TYPE_WORDS.find((t) => t.codes.includes(code)))?.word;
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
