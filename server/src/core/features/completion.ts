/**
 * Completion of directive symbols and full citations from what the workspace cites: typing a
 * number, a symbol fragment, or a type word followed by "số" offers matching directives, the
 * most cited first, each as the symbol alone or as the full citation.
 */
import type { OffsetRange } from '../scan/types';
import { typeWordOf, TYPE_WORD_PATTERN } from '../scan/vocabulary';
import type { DirectiveInfo } from '../index/workspaceIndex';
import { formatCitation } from './citationText';
import type { FeatureContext } from './context';
import { foldForSearch } from './symbols';
import { formatDate, parseIsoDate } from '../scan/dates';

/** A completion item as a value. */
export interface CompletionValue {
  readonly label: string;
  readonly detail: string;
  readonly documentation?: string;
  readonly insertText: string;
  /** The text the item replaces (the typed fragment). */
  readonly replace: OffsetRange;
  readonly sortText: string;
  readonly filterText: string;
  readonly kind: 'symbol' | 'citation';
}

const FRAGMENT = /[\p{L}\p{N}\-–/]{1,24}$/u;
const AFTER_TYPE_WORD = new RegExp(`(${TYPE_WORD_PATTERN})[ \\t\\u00A0]+số[ \\t\\u00A0]+$`, 'iu');
const MAX = 100;
const L = {
  vi: { full: 'trích dẫn đầy đủ', cited: 'lần trích dẫn' },
  en: { full: 'full citation', cited: 'citations' },
} as const;

/** Completions at `offset` of `text` (the open document). */
export function completeDirectives(ctx: FeatureContext, text: string, offset: number): CompletionValue[] {
  const line = text.slice(Math.max(0, offset - 80), offset);
  const frag = FRAGMENT.exec(line)?.[0] ?? '';
  // Only a fragment that starts with a digit is a symbol being typed.
  if (frag && !/^\d/u.test(frag)) return [];
  const before = line.slice(0, line.length - frag.length);
  const tw = AFTER_TYPE_WORD.exec(before);
  const codes = tw ? typeWordOf(tw[1]!)?.codes : undefined;
  if (!frag && !tw) return [];
  const replace = { start: offset - frag.length, end: offset };
  const want = foldForSearch(frag);
  const infos: DirectiveInfo[] = [];
  for (const id of ctx.index.ids()) {
    const info = ctx.index.info(id);
    if (!info) continue;
    if (codes && codes.length && (info.type === undefined || !codes.includes(info.type))) continue;
    if (want && !foldForSearch(info.canonical).startsWith(want) && !String(info.number).startsWith(want)) continue;
    infos.push(info);
  }
  infos.sort((a, b) => b.citations.length - a.citations.length);
  const out: CompletionValue[] = [];
  infos.slice(0, MAX).forEach((info, i) => {
    const t = L[ctx.locale];
    const date = info.dates[0]?.value;
    const d = date ? parseIsoDate(date) : undefined;
    const detail = [d && formatDate(d), info.bodies[0]?.value, `${info.citations.length} ${t.cited}`].filter(Boolean).join(' · ');
    const title = info.titles[0]?.value;
    const sort = String(i).padStart(4, '0');
    out.push({ label: info.canonical, detail, ...(title && { documentation: title }), insertText: info.canonical, replace, sortText: `${sort}a`, filterText: info.canonical, kind: 'symbol' });
    const typeWord = info.typeWords[0]?.value;
    // After "Quyết định số " the type word is already written: complete the rest of the citation.
    const full = formatCitation({ typeWord: tw ? undefined : typeWord, symbol: info.canonical, date, body: info.bodies[0]?.value, title });
    if (full !== info.canonical) {
      out.push({ label: `${info.canonical} — ${t.full}`, detail, ...(title && { documentation: full }), insertText: full, replace, sortText: `${sort}b`, filterText: info.canonical, kind: 'citation' });
    }
  });
  return out;
}
