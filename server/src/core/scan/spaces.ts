/**
 * Spaces inside a citation. Text copied from PDFs and CMS exports wraps lines anywhere ("ngày⏎
 * 06/12/2014", "của Bộ Chính⏎trị"), so a line break reads as a space, unless it ends a block: a
 * blank line, a list item, a table row, a heading or a quote starts on the next line. Ranges
 * stay in the raw text; only what the field readers match changes.
 */

/** What starts a block at the beginning of a line (after its indentation). */
const BLOCK_START = '(?:\\r?\\n|$|[-+*•|#>]|\\d{1,2}[.)][ \\t]|[IVX]{1,4}[.\\-–][ \\t])';

/** A space inside a citation, as a pattern: a space, a tab, a no-break space, or a line break that does not end a block. */
export const WS = `(?:[ \\t\\u00A0]|\\r?\\n(?![ \\t\\u00A0]*${BLOCK_START}))`;

const AFTER_BREAK = new RegExp(`[ \\t\\u00A0]*${BLOCK_START}`, 'uy');

/** Whether the line break at `i` (a `\n`) wraps a sentence rather than ending a block. */
export function isSoftBreak(text: string, i: number): boolean {
  AFTER_BREAK.lastIndex = i + 1;
  return !AFTER_BREAK.test(text);
}

/**
 * `text.slice(from, to)` with its soft line breaks (and the `\r` of a soft CRLF) as spaces: for
 * patterns run on a window that ends right after a line break, where they cannot see the next line.
 * The length, and so every offset, stays the same.
 */
export function softWindow(text: string, from: number, to: number): string {
  const w = text.slice(from, to);
  if (!w.includes('\n')) return w;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    if (c === '\n') out += isSoftBreak(text, from + i) ? ' ' : c;
    else if (c === '\r' && w[i + 1] === '\n') out += isSoftBreak(text, from + i + 1) ? ' ' : c;
    else out += c;
  }
  return out;
}
