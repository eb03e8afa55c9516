/**
 * Semantic tokens, so plain-text files are coloured too: directive symbols, type words, dates,
 * issuing bodies, terms and titles of every citation; a superseded directive carries the
 * `deprecated` modifier (struck through by VS Code).
 */
import type { OffsetRange, ScanResult } from '../scan/types';

/** The token types, in the order of the legend. Standard names, so every theme colours them. */
export const TOKEN_TYPES = ['macro', 'keyword', 'number', 'namespace', 'enumMember', 'string', 'class'] as const;
/** The token modifiers, in the order of the legend. */
export const TOKEN_MODIFIERS = ['deprecated'] as const;

/** One token. */
export interface Token {
  readonly range: OffsetRange;
  readonly type: (typeof TOKEN_TYPES)[number];
  readonly deprecated: boolean;
}

/** What decides a modifier: whether the directive a symbol key names is out of force. */
export interface TokenOptions {
  readonly isSuperseded?: (citationIndex: number) => boolean;
}

/** Tokens of a scanned document, in text order, never overlapping. */
export function semanticTokens(result: ScanResult, opts: TokenOptions = {}): Token[] {
  const out: Token[] = [];
  result.citations.forEach((c, i) => {
    const deprecated = opts.isSuperseded?.(i) ?? false;
    if (c.typeWord) out.push({ range: c.typeWord.range, type: 'keyword', deprecated: false });
    if (c.form === 'full') out.push({ range: c.range, type: c.symbol.kind === 'party' ? 'macro' : 'class', deprecated });
    else {
      // A short mention: colour its number ("Chỉ thị số 43" → "43").
      const digits = /\d+$/u.exec(c.raw)?.[0].length ?? 0;
      if (digits) out.push({ range: { start: c.range.end - digits, end: c.range.end }, type: 'macro', deprecated });
    }
    if (c.date) out.push({ range: c.date.range, type: 'number', deprecated: false });
    if (c.body) out.push({ range: c.body.range, type: 'namespace', deprecated: false });
    if (c.term) out.push({ range: c.term.range, type: 'enumMember', deprecated: false });
    if (c.title) out.push({ range: c.title.range, type: 'string', deprecated: false });
  });
  out.sort((a, b) => a.range.start - b.range.start);
  // Drop anything overlapping an earlier token (a short mention inside a title, say).
  const clean: Token[] = [];
  let end = -1;
  for (const t of out) {
    if (t.range.start < end || t.range.end <= t.range.start) continue;
    clean.push(t);
    end = t.range.end;
  }
  return clean;
}
