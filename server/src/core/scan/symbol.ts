/**
 * Recognises one directive symbol at a position of the normalised text: `290-QĐ/TW`,
 * `30/2020/NĐ-CP`, `1234/QĐ-TTg`, `10/2022/QH15`, and every real-world variant of them
 * (domain.md §3), each folded to its canonical key and reported as a defect.
 */
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

const NON_ASCII_DASH = /[\u2010\u2011\u2012\u2013\u2014\u2212]/u;
const SPACE_DASH = new RegExp(`${SP}${DASH}|${DASH}${SP}`, 'u');

/** Whether the issuers end in a court stage (`…/QĐ-PT`, `…/HS-ST`): a judgment, not a directive. */
function isCourtCase(issuers: readonly string[]): boolean {
  return COURT_STAGES.has(issuers[issuers.length - 1]!.replace(/Ð/g, 'Đ'));
}

/** Splits issuers joined by any dash. */
function splitIssuers(s: string): string[] {
  return s.split(DASH_RE);
}
const DASH_RE = new RegExp(DASH, 'u');

/** Writes a type code with lookalikes fixed but `QĐi` kept, as the canonical written form. */
function writtenType(t: string): string {
  const s = t.includes('Ð') ? t.replace(/Ð/g, 'Đ') : t;
  return WRITTEN_TYPE[s] ?? s;
}
const WRITTEN_TYPE: Readonly<Record<string, string>> = { QD: 'QĐ', QDi: 'QĐi', ND: 'NĐ', DA: 'ĐA', QyD: 'QyĐ' };

function commonDefects(raw: string, types: string[], issuers: string[]): SymbolDefect[] {
  const d: SymbolDefect[] = [];
  if (NON_ASCII_DASH.test(raw)) d.push('symbol-dash');
  if (SPACE_DASH.test(raw)) d.push('symbol-space');
  if (raw.includes('Ð')) d.push('symbol-eth');
  // Only where the key folds it: a `TƯ` inside a longer word is not the misspelt `TW`.
  if (issuers.some((i) => i.replace(/Ð/g, 'Đ') !== foldIssuer(i))) d.push('symbol-tu');
  if (types.some((t) => /^(?:QDi?|ND|DA|QyD)$/.test(t))) d.push('symbol-no-stroke');
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
  return { kind, number, type, issuers, key, canonical, ...extra };
}

/**
 * Tries to read a symbol at `pos` of `text` (which must be NFC). Returns undefined when what is
 * there is not a directive symbol (a date, a ratio, a court case number, …).
 */
export function matchSymbolAt(text: string, pos: number): SymbolMatch | undefined {
  let m: RegExpExecArray | null;

  LEGAL.lastIndex = pos;
  if ((m = LEGAL.exec(text))) {
    const [raw, digits, year, t, , iss, law] = m as unknown as string[];
    if (law !== undefined) {
      return { start: pos, end: pos + raw!.length, symbol: make('state-legal', digits!, undefined, undefined, [law], { year: Number(year) }), defects: [] };
    }
    const type = foldType(t!);
    if (type && STATE_TYPES.has(type) && !isCourtCase(splitIssuers(iss!))) {
      const issuersW = splitIssuers(iss!);
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
    const [raw, digits, t, , iss] = m as unknown as string[];
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

  PARTY.lastIndex = pos;
  if ((m = PARTY.exec(text))) {
    const [raw, digits, sep, t, iss, suffix] = m as unknown as (string | undefined)[];
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
    const [raw, digits, , iss] = m as unknown as string[];
    const symbol: SymbolKey = { kind: 'state-admin', number: Number(digits), type: undefined, issuers: [iss!], key: `${Number(digits)}-${iss}`, canonical: `${digits}-${iss}` };
    return { start: pos, end: pos + raw!.length, symbol, defects: commonDefects(raw!, [], [iss!]) };
  }
  return undefined;
}
