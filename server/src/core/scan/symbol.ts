/**
 * Recognises one directive symbol at a position of the normalised text: `290-QĐ/TW`,
 * `30/2020/NĐ-CP`, `1234/QĐ-TTg`, `10/2022/QH15`, and every real-world variant of them
 * (domain.md §3), each folded to its canonical key and reported as a defect.
 */
import { isAsciiDigit, isInlineSpace } from '../text/chars';
import type { DirectiveKind, SymbolKey } from './types';
import {
  COURT_STAGES, foldIssuer, foldType, HISTORIC_STATE_ISSUERS, isPartyIssuer, isStateIssuer, PARTY_TYPES, STATE_TYPES,
} from './vocabulary';

/** Spaces that may surround a hyphen by mistake (`29- CT/TU`). */
const SP = '[ \\t\\u00A0]';
/** The hyphen and every dash that gets pasted in its place. */
export const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]';
const SEP = `${SP}{0,2}${DASH}${SP}{0,2}`;
const TYPE = '\\p{Lu}\\p{L}{0,4}';
/**
 * An issuer code: a capital, then capitals and digits with at most single lower-case letters
 * between them (`TTg`, `ThU`, `QH15`); two lower-case letters in a row make a word (`Covid`).
 */
const ISSUER = '\\p{Lu}(?:[\\p{Lu}\\p{N}]|\\p{Ll}(?!\\p{Ll})){0,11}';
const ISSUERS = `${ISSUER}(?:${DASH}${ISSUER})*`;
/** A symbol ends where no letter, digit or combining mark continues it. */
const END = '(?![\\p{L}\\p{N}\\p{M}])';

/** Where a symbol may start: digits not glued to a word, a number or a slash. */
export const SYMBOL_START = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}/.,\\-\\u2013])\\d{1,5}(?=${SP}{0,2}${DASH}|/|\\p{Lu})`, 'gu');

const LEGAL = new RegExp(`(\\d{1,5})/((?:19|20)\\d\\d)/(?:(${TYPE})(${SEP})(${ISSUERS})|((?:UBTV)?QH\\d{1,2}))${END}`, 'uy');
const ADMIN = new RegExp(`(\\d{1,5})/(${TYPE})(${SEP})(${ISSUERS})(?![\\p{L}\\p{N}\\p{M}/])`, 'uy');
const PARTY = new RegExp(`(\\d{1,5})(${SEP})?(${TYPE})/(${ISSUERS})(?:/(\\p{Ll}{1,4}))?${END}`, 'uy');
const OLD_STATE = new RegExp(`(\\d{1,5})(${SEP})(CP|HĐBT|TTg)(?![\\p{L}\\p{N}\\p{M}/])`, 'uy');

/** Defects a symbol may have, each a diagnostic code. */
export type SymbolDefect =
  | 'symbol-dash' | 'symbol-space' | 'symbol-eth' | 'symbol-tu' | 'symbol-no-stroke'
  | 'symbol-missing-hyphen' | 'symbol-party-as-state' | 'symbol-state-as-party';

/** A symbol recognised in the normalised text. */
export interface SymbolMatch {
  readonly start: number;
  readonly end: number;
  readonly symbol: SymbolKey;
  readonly defects: readonly SymbolDefect[];
}


/** Whether the issuers end in a court stage (`…/QĐ-PT`, `…/HS-ST`): a judgment, not a directive. */
function isCourtCase(issuers: readonly string[]): boolean {
  const last = issuers[issuers.length - 1]!;
  return COURT_STAGES.has(last.includes('Ð') ? last.replace(/Ð/g, 'Đ') : last);
}

/** Splits issuers joined by any dash (as `s.split(DASH)` would, without a pattern). */
function splitIssuers(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (isDash(s.charCodeAt(i))) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** The hyphen and the dashes of DASH. */
function isDash(c: number): boolean {
  return c === 0x2d || isNonAsciiDash(c);
}

/** The dashes of DASH but the hyphen. */
function isNonAsciiDash(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2014) || c === 0x2212;
}


/** Writes a type code with lookalikes fixed but `QĐi` kept, as the canonical written form. */
function writtenType(t: string): string {
  const s = t.includes('Ð') ? t.replace(/Ð/g, 'Đ') : t;
  return WRITTEN_TYPE.get(s) ?? s;
}
const WRITTEN_TYPE: ReadonlyMap<string, string> = new Map([['QD', 'QĐ'], ['QDi', 'QĐi'], ['ND', 'NĐ'], ['DA', 'ĐA'], ['QyD', 'QyĐ']]);

/** Type codes written with `D` for `Đ`. */
const NO_STROKE: ReadonlySet<string> = new Set(['QD', 'QDi', 'ND', 'DA', 'QyD']);

function commonDefects(raw: string, types: string[], issuers: string[]): SymbolDefect[] {
  const d: SymbolDefect[] = [];
  // One pass over the symbol for a non-ASCII dash and for a space next to a dash.
  let nonAsciiDash = false;
  let spaceDash = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isNonAsciiDash(c)) nonAsciiDash = true;
    if (i > 0 && ((isInlineSpace(raw.charCodeAt(i - 1)) && isDash(c)) || (isDash(raw.charCodeAt(i - 1)) && isInlineSpace(c)))) spaceDash = true;
  }
  if (nonAsciiDash) d.push('symbol-dash');
  if (spaceDash) d.push('symbol-space');
  if (raw.includes('Ð')) d.push('symbol-eth');
  // Only where the key folds it: a `TƯ` inside a longer word is not the misspelt `TW`.
  // Folding changes nothing in an issuer with neither `Ð` nor `Ư`: test the others only.
  if (issuers.some((i) => (i.includes('Ð') || i.includes('Ư')) && i.replace(/Ð/g, 'Đ') !== foldIssuer(i))) d.push('symbol-tu');
  if (types.some((t) => NO_STROKE.has(t))) d.push('symbol-no-stroke');
  return d;
}

function make(kind: DirectiveKind, digits: string, type: string | undefined, writtenT: string | undefined,
  issuers: string[], extra: { year?: number; suffix?: string } = {}): SymbolKey {
  const number = Number(digits);
  const iss = issuers.join('-');
  let key: string;
  let canonical: string;
  if (kind === 'party') {
    const suffix = extra.suffix ? `/${extra.suffix}` : '';
    key = `${number}-${type}/${iss}`;
    canonical = `${digits}-${writtenT}/${iss}${suffix}`;
  } else if (extra.year !== undefined) {
    const tail = type ? `${type}-${iss}` : iss;
    key = `${number}/${extra.year}/${tail}`;
    canonical = `${digits}/${extra.year}/${writtenT ? `${writtenT}-${iss}` : iss}`;
  } else {
    key = type ? `${number}/${type}-${iss}` : `${number}/${iss}`;
    canonical = type ? `${digits}/${writtenT}-${iss}` : `${digits}/${iss}`;
  }
  // One literal per shape rather than a spread: `extra` holds at most one of year and suffix.
  if (extra.year !== undefined) return { kind, number, type, issuers, key, canonical, year: extra.year };
  if (extra.suffix !== undefined) return { kind, number, type, issuers, key, canonical, suffix: extra.suffix };
  return { kind, number, type, issuers, key, canonical };
}

/**
 * Tries to read a symbol at `pos` of `text` (which must be NFC). Returns undefined when what is
 * there is not a directive symbol (a date, a ratio, a court case number, …).
 */
export function matchSymbolAt(text: string, pos: number): SymbolMatch | undefined {
  // LEGAL and ADMIN need a slash right after the digits, PARTY and OLD_STATE a space, a dash or a
  // capital: the character after the digits says which pair of patterns may match.
  let k = pos;
  while (k < text.length && isAsciiDigit(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === 0x2f /* / */ ? matchSlashed(text, pos) : matchDashed(text, pos);
}


/** A symbol with a slash after its number: `30/2020/NĐ-CP`, `1234/QĐ-TTg`, `10/2022/QH15`. */
function matchSlashed(text: string, pos: number): SymbolMatch | undefined {
  let m: RegExpExecArray | null;

  LEGAL.lastIndex = pos;
  if ((m = LEGAL.exec(text))) {
    // Indexed reads, not array destructuring: a match array is not a plain array, and iterating it is slow.
    const raw = m[0], digits = m[1], year = m[2], t = m[3], iss = m[5], law = m[6];
    if (law !== undefined) {
      return { start: pos, end: pos + raw!.length, symbol: make('state-legal', digits!, undefined, undefined, [law], { year: Number(year) }), defects: [] };
    }
    const type = foldType(t!);
    const issuersW = splitIssuers(iss!);
    if (type && STATE_TYPES.has(type) && !isCourtCase(issuersW)) {
      const issuers = issuersW.map(foldIssuer);
      return {
        start: pos, end: pos + raw!.length,
        symbol: make('state-legal', digits!, type, writtenType(t!), issuers, { year: Number(year) }),
        defects: commonDefects(raw!, [t!], issuersW),
      };
    }
    return undefined;
  }

  ADMIN.lastIndex = pos;
  if ((m = ADMIN.exec(text))) {
    const raw = m[0], digits = m[1], t = m[2], iss = m[4];
    const issuersW = splitIssuers(iss!);
    const issuers = issuersW.map(foldIssuer);
    const type = foldType(t!);
    const end = pos + raw!.length;
    if (isCourtCase(issuersW)) return undefined;
    if (type && issuers.every(isPartyIssuer) && PARTY_TYPES.has(type)) {
      // `51/NQ-TW`: a Party symbol written the state way.
      return {
        start: pos, end, symbol: make('party', digits!, type, writtenType(t!), issuers),
        defects: ['symbol-party-as-state', ...commonDefects(raw!, [t!], issuersW)],
      };
    }
    if (type && STATE_TYPES.has(type)) {
      return { start: pos, end, symbol: make('state-admin', digits!, type, writtenType(t!), issuers), defects: commonDefects(raw!, [t!], issuersW) };
    }
    const agency = foldIssuer(t!);
    if (isStateIssuer(agency)) {
      // Công văn: `123/UBND-VP` — the agency, then the unit that drafted it.
      return { start: pos, end, symbol: make('state-admin', digits!, undefined, undefined, [agency, ...issuers]), defects: commonDefects(raw!, [], [t!, ...issuersW]) };
    }
    return undefined;
  }
  return undefined;
}

/** A symbol with a dash or nothing after its number: `290-QĐ/TW`, `92CT/TW`, `275-CP`. */
function matchDashed(text: string, pos: number): SymbolMatch | undefined {
  let m: RegExpExecArray | null;

  PARTY.lastIndex = pos;
  if ((m = PARTY.exec(text))) {
    const raw = m[0], digits = m[1], sep = m[2], t = m[3], iss = m[4], suffix = m[5];
    const type = foldType(t!);
    if (!type) return undefined;
    const issuersW = splitIssuers(iss!);
    const issuers = issuersW.map(foldIssuer);
    const end = pos + raw!.length;
    if (issuers.every(isPartyIssuer)) {
      if (!PARTY_TYPES.has(type)) return undefined;
      const defects = commonDefects(raw!, [t!], issuersW);
      if (sep === undefined) defects.unshift('symbol-missing-hyphen');
      return { start: pos, end, symbol: make('party', digits!, type, writtenType(t!), issuers, suffix ? { suffix } : {}), defects };
    }
    if (sep === undefined || !STATE_TYPES.has(type)) return undefined;
    if (issuers.length === 1 && HISTORIC_STATE_ISSUERS.has(issuers[0]!)) {
      // `504-NQ/TVQH`: how state symbols were written before 2000; not an error.
      return { start: pos, end, symbol: make('state-admin', digits!, type, writtenType(t!), issuers), defects: commonDefects(raw!, [t!], issuersW) };
    }
    if (issuers.every(isStateIssuer) && text[end] !== '/') {
      // `824-QĐ/TTg`: a state symbol written the Party way (and not the start of a longer one).
      return {
        start: pos, end, symbol: make('state-admin', digits!, type, writtenType(t!), issuers),
        defects: ['symbol-state-as-party', ...commonDefects(raw!, [t!], issuersW)],
      };
    }
    return undefined;
  }

  OLD_STATE.lastIndex = pos;
  if ((m = OLD_STATE.exec(text))) {
    // `275-CP`: a state symbol of the old style, with no type code.
    const raw = m[0], digits = m[1], iss = m[3];
    const symbol: SymbolKey = { kind: 'state-admin', number: Number(digits), type: undefined, issuers: [iss!], key: `${Number(digits)}-${iss}`, canonical: `${digits}-${iss}` };
    return { start: pos, end: pos + raw!.length, symbol, defects: commonDefects(raw!, [], [iss!]) };
  }
  return undefined;
}
