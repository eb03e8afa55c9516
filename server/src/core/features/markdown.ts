/**
 * Markdown helpers for hovers.
 */

/** Escapes Markdown punctuation in text taken from documents. */
export function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}
