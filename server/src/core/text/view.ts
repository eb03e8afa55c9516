/**
 * A normalised view of a document's raw text, with a map back to raw UTF-16 offsets.
 *
 * The scanner matches patterns against the view (NFC, zero-width characters removed, HTML
 * entities decoded), so that decomposed or polluted text is recognised like clean text, and
 * then maps every range back into the raw text. The raw text itself is never rewritten: ranges
 * always point into what the user has on disk or in the editor.
 */

/** Characters that render as nothing and break matching: ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM/ZWNBSP, SOFT HYPHEN. */
export const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** Combining marks (decomposed accents) — their presence means the text may not be NFC. */
const COMBINING = /\p{M}/u;

/** Named HTML entities that appear in CMS exports of Vietnamese text (lower and upper case). */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00A0', ndash: '–', mdash: '—',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê',
  igrave: 'ì', iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ',
  ugrave: 'ù', uacute: 'ú', yacute: 'ý',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê',
  Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ',
  Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

/** Decodes one HTML entity match, or returns undefined when it is not one we know. */
export function decodeEntity(match: string): string | undefined {
  ENTITY.lastIndex = 0;
  const m = ENTITY.exec(match);
  if (!m || m[0].length !== match.length) return undefined;
  if (m[1] !== undefined || m[2] !== undefined) {
    const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
    if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    return String.fromCodePoint(cp);
  }
  return NAMED_ENTITIES[m[3]!];
}

/** What the view had to clean up, each with its raw range. */
export interface ViewIssues {
  /** Raw ranges of clusters that are not in NFC, each with its NFC form. */
  readonly nfd: readonly { start: number; end: number; nfc: string }[];
  /** Raw ranges of zero-width characters. */
  readonly zeroWidth: readonly { start: number; end: number }[];
  /** Raw ranges of HTML entities, each with the text it stands for. */
  readonly entities: readonly { start: number; end: number; text: string }[];
}

/** A normalised text plus the map back to raw offsets. */
export interface TextView extends ViewIssues {
  /** The normalised text the scanner reads. */
  readonly text: string;
  /** Maps a range of the view to a range of the raw text. */
  toRaw(start: number, end: number): { start: number; end: number };
}

const NO_ISSUES = { nfd: [], zeroWidth: [], entities: [] } as const;

/** Needs work when the text has combining marks, zero-width characters or what looks like an entity. */
const NEEDS_VIEW = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD&\u0300-\u036F\u1DC0-\u1DFF\u20D0-\u20FF]/;

/**
 * Builds the view of `raw`. Clean text (the common case) is returned as is, with an identity map,
 * without copying.
 */
export function createView(raw: string): TextView {
  if (!NEEDS_VIEW.test(raw) && !COMBINING.test(raw)) {
    return { text: raw, toRaw: (start, end) => ({ start, end }), ...NO_ISSUES };
  }
  const out: string[] = [];
  // rawStart[i] / rawEnd[i]: the raw range that produced view character i.
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  const nfd: { start: number; end: number; nfc: string }[] = [];
  const zeroWidth: { start: number; end: number }[] = [];
  const entities: { start: number; end: number; text: string }[] = [];

  const emit = (s: string, start: number, end: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]!);
      rawStart.push(start);
      rawEnd.push(end);
    }
  };

  let i = 0;
  const n = raw.length;
  while (i < n) {
    const c = raw.charCodeAt(i);
    // Zero-width characters are dropped from the view.
    if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad) {
      zeroWidth.push({ start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === 0x26 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(raw);
      if (m && m.index === i) {
        const decoded = decodeEntity(m[0]);
        if (decoded !== undefined) {
          entities.push({ start: i, end: i + m[0].length, text: decoded });
          emit(decoded, i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
    }
    // A cluster: one code point and the combining marks that follow it.
    const cp = raw.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n) {
      const d = raw.codePointAt(j)!;
      if (!isCombining(d)) break;
      j += d > 0xffff ? 2 : 1;
    }
    const cluster = raw.slice(i, j);
    if (j - i > 1 && cluster.length > 1) {
      const nfc = cluster.normalize('NFC');
      if (nfc !== cluster) nfd.push({ start: i, end: j, nfc });
      emit(nfc, i, j);
    } else {
      emit(cluster, i, j);
    }
    i = j;
  }
  const text = out.join('');
  const toRaw = (start: number, end: number) => {
    const s = start < rawStart.length ? rawStart[start]! : n;
    const e = end <= 0 ? (rawStart[0] ?? 0) : end - 1 < rawEnd.length ? rawEnd[end - 1]! : n;
    return { start: s, end: Math.max(s, e) };
  };
  return { text, toRaw, nfd, zeroWidth, entities };
}

function isCombining(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff)
    || (cp >= 0xfe20 && cp <= 0xfe2f) || (cp > 0x7f && COMBINING.test(String.fromCodePoint(cp)));
}
