/**
 * Recognises one directive symbol at a position of the normalised text by its shape, then
 * classifies it (issue 14). The shapes (domain.md §1):
 *
 * - Party: `NUMBER-TYPE/ISSUER[-ISSUER…][/suffix]` — `290-QĐ/TW`, `83-KH/BTGDVTW-BCĐ`, `59-CV/BCĐ`;
 * - state legal: `NUMBER/YEAR/TYPE-ISSUER[-ISSUER…]` or `NUMBER/YEAR/QHnn` — `30/2020/NĐ-CP`, `10/2022/QH15`;
 * - state administrative: `NUMBER/TYPE-ISSUER…` — `1234/QĐ-TTg`, `80/CĐ-TTg`;
 * - công văn: `NUMBER/AGENCY-UNIT…` — `123/UBND-VP`, `1471/SGDĐT-VP`, `279/VP-QU`;
 * - old state: `NUMBER-ISSUER` or `NUMBER/ISSUER` with no type code — `275-CP`, `146/CP`, `34/SL`.
 *
 * A symbol needs a known type code (`vocabulary.ts`) and issuer codes of the issuer shape; which
 * body an issuer code is comes from the issuer vocabulary (`issuers.ts`), so an issuer nobody
 * listed is kept, as `unknown`. Every real-world variant (domain.md §3 and issue 14: dashes,
 * spaces, `Ð`, `TƯ`, `QD`, Cyrillic lookalikes, `&`, a line break) is folded into the key and
 * reported as a defect.
 *
 * How the shape and the issuers decide the numbering system (`SymbolKey.kind`), which decides
 * identity (`core/index/identity.ts`):
 * - Party committees, other Party bodies and the Front and mass organisations number their
 *   documents per term: `party`. (The Front's terms are not the Party's: identity groups its
 *   documents by year, which never merges two documents, since a number repeats only in another term.)
 * - State bodies number administrative documents per agency per year (`state-admin`; Công điện
 *   and công văn are administrative) and legal ones uniquely (`state-legal`, as are documents of
 *   a body that carries its term in its code: `01-NQ/HĐNN7`).
 * - An unknown issuer keeps the numbering its shape implies: `party` after a Party slash,
 *   `state-admin` in the state shape.
 */
import { isAsciiDigit, isInlineSpace } from '../text/chars';
import type { DirectiveKind, SymbolKey } from './types';
import { allParty, classOfAgency, classOfIssuers, hasForeignLookalike, hasTermNumber, issuerInfo, isUnambiguous, type IssuerClass, type SymbolShape } from './issuers';
import { COURT_STAGES, foldIssuer, foldType, isMisspeltTu, PARTY_TYPES, STATE_TYPES } from './vocabulary';

/** Spaces that may surround a hyphen by mistake (`29- CT/TU`). */
const SP = '[ \\t\\u00A0]';
/** A line break inside a symbol, as text copied from a PDF has them (`18-⏎NQ/TW`). */
const BR = `${SP}*\\r?\\n${SP}*`;
/** The hyphen and every dash that gets pasted in its place. */
export const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]';
const SEP = `${SP}{0,2}${DASH}(?:${BR}|${SP}{0,2})`;
/** A number: digits, and a part after a dot for the numbers the Government splits (`66.2/2025/NQ-CP`). */
const NUM = '\\d{1,5}(?:\\.\\d{1,2}(?!\\d))?';
const TYPE = '\\p{Lu}\\p{L}{0,4}';
/**
 * An issuer code: a capital, then capitals and digits with at most single lower-case letters
 * between them (`TTg`, `ThU`, `QH15`) and `&` between capitals (`BGD&ĐT`); two lower-case letters
 * in a row make a word (`Covid`).
 */
const ISSUER = '\\p{Lu}(?:[\\p{Lu}\\p{N}]|&(?=\\p{Lu})|\\p{Ll}(?!\\p{Ll})){0,13}';
const ISSUERS = `${ISSUER}(?:${DASH}(?:${BR})?${ISSUER})*`;
/**
 * A symbol ends where no letter, digit or combining mark continues it, or where a capitalised
 * word is glued to it: CMS tables lose the space ("Số hiệu:25-HD/BCĐTWNgày đăng công báo").
 */
const END = '(?:(?![\\p{L}\\p{N}\\p{M}])|(?=\\p{Lu}\\p{Ll}{2}))';
/** After a slash, a line break or a space typed by mistake (`13/2013/ TT- BYT`). */
const AFTER_SLASH = `(?:${BR}|${SP})?`;

/**
 * Where a symbol may start: digits not glued to a word, a number or a slash, followed by what
 * one of the shapes continues with (a dash, a slash, a capital, or a space and a capital).
 */
export const SYMBOL_START = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}/.,\\-\\u2013])${NUM}(?=${SP}{0,2}${DASH}|${SP}?/|${SP}?\\p{Lu})`, 'gu');
/** A space typed before the slash of a state symbol (`1206 /QĐ-HVTC`). */
const BEFORE_SLASH = `${SP}?`;

const LEGAL = new RegExp(`(${NUM})${BEFORE_SLASH}/((?:19|20)\\d\\d)/${AFTER_SLASH}(?:(${TYPE})(${SEP})(${ISSUERS})|((?:UBTV)?QH\\d{1,2}))${END}`, 'uy');
/** State administrative symbols and công văn: the code after the slash is a type or an agency. */
const ADMIN = new RegExp(`(${NUM})${BEFORE_SLASH}/${AFTER_SLASH}(${ISSUER})(${SEP})(${ISSUERS})(?:(?![\\p{L}\\p{N}\\p{M}/])|(?=\\p{Lu}\\p{Ll}{2}))`, 'uy');
/** A slash where the hyphen belongs: `646/QĐ/QUTW`. */
const TWO_SLASHES = new RegExp(`(${NUM})/(${TYPE})/(${ISSUERS})${END}`, 'uy');
const PARTY = new RegExp(`(${NUM})(${SEP}|${SP})?(${TYPE})/${AFTER_SLASH}(${ISSUERS})(?:/(\\p{Ll}{1,4}))?${END}`, 'uy');
/** Old codes that also stand for other things after a slash: a ratio of something to "CP", "SL" (số lượng). */
const AMBIGUOUS_OLD: ReadonlySet<string> = new Set(['CP', 'TTg', 'SL']);

/** One code after the slash (or a type and an issuer joined by a dot): see `matchSingleCode`. */
const SINGLE = new RegExp(`(${NUM})/(?:((?:19|20)\\d\\d)/)?(${ISSUER})(?:\\.(${ISSUER}))?(?![\\p{L}\\p{N}\\p{M}/\\-\\u2010-\\u2014\\u2212&])`, 'uy');
/** Old state symbols without a type code: `275-CP`, `146/CP`, `100/TTg`, `34/SL`. */
const OLD_STATE = new RegExp(`(${NUM})(${SEP}|/)(CP|HĐBT|HĐCP|TTg|SL|TVQH)(?![\\p{L}\\p{N}\\p{M}/\\-\\u2013])`, 'uy');

/** Defects a symbol may have, each a diagnostic code. */
export type SymbolDefect =
  | 'symbol-dash' | 'symbol-space' | 'symbol-eth' | 'symbol-tu' | 'symbol-no-stroke'
  | 'symbol-missing-hyphen' | 'symbol-party-as-state' | 'symbol-state-as-party'
  | 'symbol-lookalike' | 'symbol-ampersand' | 'symbol-line-break';

/** A symbol recognised in the normalised text. */
export interface SymbolMatch {
  readonly start: number;
  readonly end: number;
  readonly symbol: SymbolKey;
  readonly defects: readonly SymbolDefect[];
  /**
   * The shape alone does not make it a symbol: a công văn of an agency the vocabulary does not
   * know (`02/QTT-TNCN` is a tax form), a Sắc lệnh, a number and a code apart (`298 KH/TWĐTN`).
   * The scanner keeps such a match only after a type word ("Công văn số …"); a catalog keeps it.
   */
  readonly weak?: true;
}

/**
 * What a shape's match says, by the shape and the text it matched: a symbol is cited thousands
 * of times in a workspace, always written the same few ways, and what its text says (its key,
 * its issuers' classes, its defects) depends only on that text — the regular expressions' groups
 * are the same wherever the same text matches. null: that text is no symbol. Emptied when full.
 */
type Read = Omit<SymbolMatch, 'start' | 'end'>;
const READS = new Map<string, Read | null>();
const READS_SIZE = 20000;

/**
 * What the match `m` of shape `tag` at `pos` says: from READS when that text was read before,
 * else read by `read` and kept.
 */
function readOnce(tag: string, m: RegExpExecArray, pos: number, read: (m: RegExpExecArray, pos: number) => SymbolMatch | undefined): SymbolMatch | undefined {
  const raw = m[0];
  const r = READS.get(tag + raw);
  if (r === null) return undefined;
  if (r !== undefined) {
    return r.weak ? { start: pos, end: pos + raw.length, symbol: r.symbol, defects: r.defects, weak: true } : { start: pos, end: pos + raw.length, symbol: r.symbol, defects: r.defects };
  }
  const found = read(m, pos);
  if (READS.size >= READS_SIZE) READS.clear();
  READS.set(tag + raw, found ? (found.weak ? { symbol: found.symbol, defects: found.defects, weak: true } : { symbol: found.symbol, defects: found.defects }) : null);
  return found;
}

/** Whether the issuers end in a court stage (`…/QĐ-PT`, `…/HS-ST`): a judgment, not a directive. */
function isCourtCase(issuers: readonly string[]): boolean {
  return COURT_STAGES.has(issuers[issuers.length - 1]!);
}

/** Splits issuers joined by any dash (and maybe a line break), as written. */
function splitIssuers(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (isDash(s.charCodeAt(i))) {
      out.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(s.slice(from).trim());
  return out;
}

/** The hyphen and the dashes of DASH. */
function isDash(c: number): boolean {
  return c === 0x2d || isNonAsciiDash(c);
}

/** The hyphen, the dashes of DASH and the slash: where a space does not belong. */
function isDashOrSlash(c: number): boolean {
  return c === 0x2f || isDash(c);
}

/** Whether a separator has a dash in it (else it is spaces only). */
function hasDash(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDash(s.charCodeAt(i))) return true;
  return false;
}

/** The dashes of DASH but the hyphen. */
function isNonAsciiDash(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2014) || c === 0x2212;
}

/** Writes a type code with lookalikes fixed but `QĐi` kept, as the canonical written form. */
function writtenType(t: string): string {
  const s = foldIssuer(t);
  return WRITTEN_TYPE.get(s) ?? s;
}
const WRITTEN_TYPE: ReadonlyMap<string, string> = new Map([['QD', 'QĐ'], ['QDi', 'QĐi'], ['ND', 'NĐ'], ['DA', 'ĐA'], ['QyD', 'QyĐ'], ['CD', 'CĐ'], ['QĐI', 'QĐi'], ['QDI', 'QĐi'], ['Ctr', 'CTr'], ['CTR', 'CTr'], ['Ttr', 'TTr'], ['TTR', 'TTr']]);

/** Type codes written with `D` for `Đ`. */
const NO_STROKE: ReadonlySet<string> = new Set(['QD', 'QDi', 'ND', 'DA', 'QyD']);

function commonDefects(raw: string, types: readonly string[], issuers: readonly string[]): SymbolDefect[] {
  const d: SymbolDefect[] = [];
  // One pass over the symbol for a non-ASCII dash, a space next to a dash and a line break.
  let nonAsciiDash = false;
  let spaceDash = false;
  let lineBreak = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isNonAsciiDash(c)) nonAsciiDash = true;
    else if (c === 0x0a) lineBreak = true;
    if (i > 0 && ((isInlineSpace(raw.charCodeAt(i - 1)) && isDashOrSlash(c)) || (isDashOrSlash(raw.charCodeAt(i - 1)) && isInlineSpace(c)))) spaceDash = true;
  }
  if (nonAsciiDash) d.push('symbol-dash');
  if (spaceDash) d.push('symbol-space');
  if (lineBreak) d.push('symbol-line-break');
  if (raw.includes('Ð')) d.push('symbol-eth');
  // Only where the key folds it: a `TƯ` inside a longer word is not the misspelt `TW`.
  if (issuers.some(isMisspeltTu)) d.push('symbol-tu');
  if (types.some((t) => NO_STROKE.has(t)) || issuers.some((i) => i.includes('D') && keyIssuer(i) !== foldIssuer(i))) d.push('symbol-no-stroke');
  if (hasForeignLookalike(raw)) d.push('symbol-lookalike');
  if (raw.includes('&')) d.push('symbol-ampersand');
  return d;
}

/**
 * An issuer code as keys write it: `foldIssuer`, and a plain `D` read as `Đ` when only that makes
 * a code the vocabulary knows (`BGDDT` is `BGDĐT`, `HDND` is `HĐND`: typed without Vietnamese keys).
 */
function keyIssuer(written: string): string {
  const code = foldIssuer(written);
  // All capitals, as headings write them: `TTG` is `TTg`, `THU` is `ThU`.
  const cased = CASED.get(code);
  if (cased !== undefined) return cased;
  if (!code.includes('D') || issuerInfo(code, 'state') || issuerInfo(code, 'party')) return code;
  // Each `D` may be a `Đ` or not (`BGDDT`: the second one is): try the combinations, of at most 3 of them.
  const at: number[] = [];
  for (let i = 0; i < code.length; i++) if (code[i] === 'D') at.push(i);
  if (at.length > 3) return code;
  for (let mask = 1; mask < 1 << at.length; mask++) {
    let v = code;
    at.forEach((p, bit) => { if (mask & (1 << bit)) v = v.slice(0, p) + 'Đ' + v.slice(p + 1); });
    if (issuerInfo(v, 'state') || issuerInfo(v, 'party')) return v;
  }
  return code;
}

/** The codes written with a small letter, by their all-capital spelling. */
const CASED: ReadonlyMap<string, string> = new Map([['TTG', 'TTg'], ['THU', 'ThU']]);

/** How the key and the canonical form are written: the shape a symbol has, or the one its defect says it should have. */
type KeyShape = 'party' | 'legal' | 'admin' | 'old';

function make(kind: DirectiveKind, shape: KeyShape, issuerClass: IssuerClass, digits: string, type: string | undefined,
  writtenT: string | undefined, issuers: string[], extra: { year?: number; suffix?: string } = {}): SymbolKey {
  const number = Number(digits);
  const iss = issuers.join('-');
  let key: string;
  let canonical: string;
  if (shape === 'party') {
    const suffix = extra.suffix ? `/${extra.suffix}` : '';
    key = `${number}-${type}/${iss}`;
    canonical = `${digits}-${writtenT}/${iss}${suffix}`;
  } else if (shape === 'legal') {
    const tail = type ? `${type}-${iss}` : iss;
    key = `${number}/${extra.year}/${tail}`;
    canonical = `${digits}/${extra.year}/${writtenT ? `${writtenT}-${iss}` : iss}`;
  } else if (shape === 'admin') {
    key = type ? `${number}/${type}-${iss}` : `${number}/${iss}`;
    canonical = type ? `${digits}/${writtenT}-${iss}` : `${digits}/${iss}`;
  } else {
    key = `${number}-${iss}`;
    canonical = `${digits}-${iss}`;
  }
  // One literal per shape rather than a spread: `extra` holds at most one of year and suffix.
  if (extra.year !== undefined) return { kind, number, type, issuers, key, canonical, issuerClass, year: extra.year };
  if (extra.suffix !== undefined) return { kind, number, type, issuers, key, canonical, issuerClass, suffix: extra.suffix };
  return { kind, number, type, issuers, key, canonical, issuerClass };
}

/** The numbering system of a symbol whose issuers are of class `c`, in the given shape. */
function kindOf(c: IssuerClass, shape: SymbolShape): DirectiveKind {
  if (c === 'party-committee' || c === 'party-body' || c === 'front') return 'party';
  if (c === 'unknown') return shape === 'party' ? 'party' : 'state-admin';
  return 'state-admin';
}

/**
 * Tries to read a symbol at `pos` of `text` (which must be NFC). Returns undefined when what is
 * there is not a directive symbol (a date, a ratio, a court case number, …).
 */
export function matchSymbolAt(text: string, pos: number): SymbolMatch | undefined {
  // LEGAL, ADMIN and the slashed old symbols need a slash right after the number, PARTY and the
  // dashed old symbols a space, a dash or a capital: the character after the number says which.
  let k = pos;
  while (k < text.length && isAsciiDigit(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) === 0x2e /* . */) {
    k++;
    while (k < text.length && isAsciiDigit(text.charCodeAt(k))) k++;
  }
  const c = text.charCodeAt(k);
  const slash = c === 0x2f /* / */ || (isInlineSpace(c) && text.charCodeAt(k + 1) === 0x2f);
  return slash ? matchSlashed(text, pos) : matchDashed(text, pos);
}

/** A symbol with a slash after its number: `30/2020/NĐ-CP`, `1234/QĐ-TTg`, `10/2022/QH15`, `123/UBND-VP`, `146/CP`. */
function matchSlashed(text: string, pos: number): SymbolMatch | undefined {
  let m: RegExpExecArray | null;

  LEGAL.lastIndex = pos;
  if ((m = LEGAL.exec(text))) {
    return readOnce('L', m, pos, readLegal);
  }

  ADMIN.lastIndex = pos;
  if ((m = ADMIN.exec(text))) {
    return readOnce('A', m, pos, readAdmin);
  }

  return matchTwoSlashes(text, pos) ?? matchSingleCode(text, pos) ?? matchOldState(text, pos);
}

/** What a match of LEGAL says. */
function readLegal(m: RegExpExecArray, pos: number): SymbolMatch | undefined {
  // Indexed reads, not array destructuring: a match array is not a plain array, and iterating it is slow.
  const raw = m[0], digits = m[1], year = m[2], t = m[3], iss = m[5], law = m[6];
  const end = pos + raw!.length;
  if (law !== undefined) {
    return { start: pos, end, symbol: make('state-legal', 'legal', 'state', digits!, undefined, undefined, [law], { year: Number(year) }), defects: commonDefects(raw!, [], []) };
  }
  const type = foldType(t!);
  const issuersW = splitIssuers(iss!);
  const issuers = issuersW.map(keyIssuer);
  if (type && !isCourtCase(issuers)) {
    const cls = classOfIssuers(issuers, 'state');
    return {
      start: pos, end,
      symbol: make('state-legal', 'legal', cls, digits!, type, writtenType(t!), issuers, { year: Number(year) }),
      defects: commonDefects(raw!, [t!], issuersW),
    };
  }
  return undefined;
}

/** What a match of ADMIN says. */
function readAdmin(m: RegExpExecArray, pos: number): SymbolMatch | undefined {
  const raw = m[0], digits = m[1], t = m[2], iss = m[4];
  const issuersW = splitIssuers(iss!);
  const issuers = issuersW.map(keyIssuer);
  const type = foldType(t!);
  const end = pos + raw!.length;
  if (isCourtCase(issuers)) return undefined;
  if (type) {
    if (PARTY_TYPES.has(type) && allParty(issuers, 'state')) {
      // `51/NQ-TW`: a Party symbol written the state way.
      const cls = classOfIssuers(issuers, 'party');
      return {
        start: pos, end, symbol: make('party', 'party', cls, digits!, type, writtenType(t!), issuers),
        defects: ['symbol-party-as-state', ...commonDefects(raw!, [t!], issuersW)],
      };
    }
    const cls = classOfIssuers(issuers, 'state');
    return { start: pos, end, symbol: make(kindOf(cls, 'state'), 'admin', cls, digits!, type, writtenType(t!), issuers), defects: commonDefects(raw!, [t!], issuersW) };
  }
  // Công văn: `123/UBND-VP` — the agency, then the unit that drafted it.
  const agency = keyIssuer(t!);
  const known = classOfAgency(agency, issuers);
  const cls = known ?? 'unknown';
  const symbol = make(kindOf(cls, 'state'), 'admin', cls, digits!, undefined, undefined, [agency, ...issuers]);
  const defects = commonDefects(raw!, [], [t!, ...issuersW]);
  return known ? { start: pos, end, symbol, defects } : { start: pos, end, symbol, defects, weak: true };
}

/** `646/QĐ/QUTW`: a slash where the hyphen of a Party symbol belongs (or the hyphen of a state one). */
function matchTwoSlashes(text: string, pos: number): SymbolMatch | undefined {
  TWO_SLASHES.lastIndex = pos;
  const m = TWO_SLASHES.exec(text);
  if (!m) return undefined;
  return readOnce('T', m, pos, readTwoSlashes);
}

function readTwoSlashes(m: RegExpExecArray, pos: number): SymbolMatch | undefined {
  const raw = m[0]!, digits = m[1]!, t = m[2]!, iss = m[3]!;
  const type = foldType(t);
  const issuersW = splitIssuers(iss);
  const issuers = issuersW.map(keyIssuer);
  if (!type || isCourtCase(issuers) || !issuerInfo(issuers[0]!, 'party')) return undefined;
  const defects: SymbolDefect[] = ['symbol-missing-hyphen', ...commonDefects(raw, [t], issuersW)];
  const end = pos + raw.length;
  if (allParty(issuers, 'party') && PARTY_TYPES.has(type)) {
    return { start: pos, end, symbol: make('party', 'party', classOfIssuers(issuers, 'party'), digits, type, writtenType(t), issuers), defects };
  }
  const cls = classOfIssuers(issuers, 'state');
  return { start: pos, end, symbol: make(kindOf(cls, 'state'), 'admin', cls, digits, type, writtenType(t), issuers), defects };
}

/**
 * One code after the slash, no dash: a type and an issuer glued by a lost hyphen (`61/2018/NĐCP`,
 * `1961/QĐUBND`, text extracted from PDFs) or joined by a dot (`12/CĐ.UBND`), or an agency with no
 * unit (`126/SKHĐT`). Only known codes make a symbol here; an agency alone needs a type word.
 */
function matchSingleCode(text: string, pos: number): SymbolMatch | undefined {
  SINGLE.lastIndex = pos;
  const m = SINGLE.exec(text);
  if (!m) return undefined;
  return readOnce('S', m, pos, readSingleCode);
}

function readSingleCode(m: RegExpExecArray, pos: number): SymbolMatch | undefined {
  const raw = m[0]!, digits = m[1]!, year = m[2], a = m[3]!, b = m[4];
  const end = pos + raw.length;
  if (b !== undefined) {
    // `12/CĐ.UBND`: a type, a dot for the hyphen, an issuer.
    const type = foldType(a);
    const issuer = keyIssuer(b);
    const cls = issuerInfo(issuer, 'state')?.class;
    if (!type || !cls || isCourtCase([issuer])) return undefined;
    const defects: SymbolDefect[] = ['symbol-missing-hyphen', ...commonDefects(raw, [a], [b])];
    return year !== undefined
      ? { start: pos, end, symbol: make('state-legal', 'legal', cls, digits, type, writtenType(a), [issuer], { year: Number(year) }), defects }
      : { start: pos, end, symbol: make(kindOf(cls, 'state'), 'admin', cls, digits, type, writtenType(a), [issuer]), defects };
  }
  // A type glued to an issuer: the longest type code the code starts with whose rest is a known issuer.
  for (let k = Math.min(5, a.length - 1); k >= 1; k--) {
    const type = foldType(a.slice(0, k));
    if (!type) continue;
    const issuer = keyIssuer(a.slice(k));
    const cls = issuerInfo(issuer, 'state')?.class;
    if (!cls || cls === 'unknown' || isCourtCase([issuer])) continue;
    const defects: SymbolDefect[] = ['symbol-missing-hyphen', ...commonDefects(raw, [a.slice(0, k)], [a.slice(k)])];
    return year !== undefined
      ? { start: pos, end, symbol: make('state-legal', 'legal', cls, digits, type, writtenType(a.slice(0, k)), [issuer], { year: Number(year) }), defects }
      : { start: pos, end, symbol: make(kindOf(cls, 'state'), 'admin', cls, digits, type, writtenType(a.slice(0, k)), [issuer]), defects };
  }
  if (year !== undefined || OLD_CODES.has(a)) return undefined;
  // `Tờ trình số 126/SKHĐT`, `Công văn số 152/ĐMDN`: an agency with no unit, a symbol only after a type word.
  const agency = keyIssuer(a);
  const cls = issuerInfo(agency, 'state')?.class ?? (/^[A-ZĐ]{3,}$/u.test(agency) ? 'unknown' : undefined);
  if (!cls) return undefined;
  return { start: pos, end, symbol: make(kindOf(cls, 'state'), 'admin', cls, digits, undefined, undefined, [agency]), defects: commonDefects(raw, [], [a]), weak: true };
}

/** The issuers of the old symbols without a type code (`OLD_STATE`). */
const OLD_CODES: ReadonlySet<string> = new Set(['CP', 'HĐBT', 'HĐCP', 'TTg', 'SL', 'TVQH']);

/** `275-CP`, `146/CP`, `34/SL`: a state symbol of the old style, with no type code. */
function matchOldState(text: string, pos: number): SymbolMatch | undefined {
  OLD_STATE.lastIndex = pos;
  const m = OLD_STATE.exec(text);
  if (!m) return undefined;
  return readOnce('O', m, pos, readOldState);
}

function readOldState(m: RegExpExecArray, pos: number): SymbolMatch | undefined {
  const raw = m[0]!, digits = m[1]!, iss = m[3]!;
  const number = Number(digits);
  // A Sắc lệnh (`34/SL`) names its type, not its issuer; "SL" alone is also "số lượng" in tables.
  const decree = iss === 'SL';
  const symbol: SymbolKey = {
    kind: 'state-admin', number, type: decree ? 'SL' : undefined, issuers: [iss], key: `${number}-${iss}`, canonical: `${digits}-${iss}`,
    issuerClass: issuerInfo(iss, 'state')?.class ?? 'state-historic',
  };
  const match: SymbolMatch = { start: pos, end: pos + raw.length, symbol, defects: commonDefects(raw, [], [iss]) };
  // A slash is a weaker sign than the old hyphen: "27/CP" may be a ratio; "Nghị định 146/CP" is a decree.
  return decree || (m[2] === '/' && AMBIGUOUS_OLD.has(iss)) ? { ...match, weak: true } : match;
}

/** A symbol with a dash, a space or nothing after its number: `290-QĐ/TW`, `92CT/TW`, `298 KH/TWĐTN`, `275-CP`. */
function matchDashed(text: string, pos: number): SymbolMatch | undefined {
  PARTY.lastIndex = pos;
  const m = PARTY.exec(text);
  if (!m) return matchOldState(text, pos);
  // A slash right after it makes `824-QĐ/TTg` the start of a longer symbol, not a state one.
  const slashAfter = text[pos + m[0].length] === '/';
  return readOnce(slashAfter ? 'P/' : 'P', m, pos, (found, at) => readDashed(found, at, slashAfter));
}

function readDashed(m: RegExpExecArray, pos: number, slashAfter: boolean): SymbolMatch | undefined {
  const raw = m[0]!, digits = m[1]!, sep = m[2], t = m[3]!, iss = m[4]!, suffix = m[5];
  const type = foldType(t);
  if (!type) return undefined;
  const issuersW = splitIssuers(iss);
  const issuers = issuersW.map(keyIssuer);
  const end = pos + raw.length;
  const dashed = sep !== undefined && hasDash(sep);
  if (!dashed) {
    // `92CT/TW` or `298 KH/TWĐTN`: without the hyphen, only a known Party type and a known first
    // issuer make a symbol; a space between them needs a type word before it too.
    if (!PARTY_TYPES.has(type) || !issuerInfo(issuers[0]!, 'party')) return undefined;
  }
  const state = issuers.every((i) => issuerInfo(i, 'party')?.class === 'state' && isUnambiguous(i));
  if (state && dashed && STATE_TYPES.has(type)) {
    // `824-QĐ/TTg`: a state symbol written the Party way (and not the start of a longer one).
    if (slashAfter) return undefined;
    return {
      start: pos, end, symbol: make('state-admin', 'admin', 'state', digits, type, writtenType(t), issuers),
      defects: ['symbol-state-as-party', ...commonDefects(raw, [t], issuersW)],
    };
  }
  const cls = classOfIssuers(issuers, 'party');
  // `504-NQ/TVQH`, `117-QĐ/QP`, `89-TC/TCT`: state documents as they were written before 2000; not an
  // error. A body that carries its term (`01-NQ/HĐNN7`) numbers its documents once per term.
  const kind: DirectiveKind = cls === 'state' || cls === 'state-historic'
    ? (issuers.some(hasTermNumber) ? 'state-legal' : 'state-admin')
    : kindOf(cls, 'party');
  const defects = commonDefects(raw, [t], issuersW);
  if (!dashed) defects.unshift('symbol-missing-hyphen');
  // A state document keeps the state key whichever way it was written: `504-NQ/TVQH` is `504/NQ-TVQH`.
  const keyShape: KeyShape = kind === 'party' ? 'party' : 'admin';
  const symbol = make(kind, keyShape, cls, digits, type, writtenType(t), issuers, suffix && keyShape === 'party' ? { suffix } : {});
  const spaced = sep !== undefined && !dashed;
  return spaced ? { start: pos, end, symbol, defects, weak: true } : { start: pos, end, symbol, defects };
}
