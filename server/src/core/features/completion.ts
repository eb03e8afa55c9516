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
import { showIsoDate } from '../dateText';
import { searchEntries, statusAt, statusText, type Catalog, type CatalogEntry } from '../catalog';
import { format } from '../messages';
import { today } from './draft';

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
  /** Out of force as of the document's date (shown struck through). */
  readonly deprecated?: boolean;
}

const FRAGMENT = /[\p{L}\p{N}\-–/]{1,24}$/u;
const AFTER_TYPE_WORD = new RegExp(`(${TYPE_WORD_PATTERN})[ \\t\\u00A0]+số[ \\t\\u00A0]+$`, 'iu');
const MAX = 100;
const L = {
  vi: { full: 'trích dẫn đầy đủ', cited: 'lần trích dẫn', out: 'hết hiệu lực', replaces: 'thay thế {symbol}' },
  en: { full: 'full citation', cited: 'citations', out: 'out of force', replaces: 'replaces {symbol}' },
} as const;

/**
 * Completions at `offset` of `text`, the open document `uri`. Directives are judged as of the
 * document's own date (an undated draft: today), as its diagnostics are: in a 2026 draft
 * "Quyết định số 29" offers 23-QĐ/TW, which replaced 290-QĐ/TW in 2021, before 290-QĐ/TW itself,
 * which is tagged deprecated and comes after every directive in force.
 */
export function completeDirectives(ctx: FeatureContext, text: string, offset: number, uri?: string): CompletionValue[] {
  const line = text.slice(Math.max(0, offset - 80), offset);
  const frag = FRAGMENT.exec(line)?.[0] ?? '';
  // Only a fragment that starts with a digit is a symbol being typed.
  if (frag && !/^\d/u.test(frag)) return [];
  const before = line.slice(0, line.length - frag.length);
  const tw = AFTER_TYPE_WORD.exec(before);
  const codes = tw ? typeWordOf(tw[1]!)?.codes : undefined;
  if (!frag && !tw) return [];
  const replace = { start: offset - frag.length, end: offset };
  const t = L[ctx.locale];
  const asOf = (uri !== undefined ? ctx.index.get(uri)?.docDate : undefined) ?? ctx.today ?? today();
  const candidates = ctx.catalog ? fromCatalog(ctx, ctx.catalog, frag, codes, asOf) : fromCorpus(ctx, frag, codes);
  const out: CompletionValue[] = [];
  candidates.slice(0, MAX).forEach((c, i) => {
    // The detail stays short (the suggest widget cuts a long one mid-word); the rest is in the documentation.
    const detail = [c.date && showIsoDate(c.date), c.out ? t.out : `${c.count} ${t.cited}`].filter(Boolean).join(' · ');
    const about = [c.status, c.replaces && format(t.replaces, { symbol: c.replaces }), c.body, c.title].filter(Boolean).join('\n');
    const sort = String(i).padStart(4, '0');
    // A successor is offered for what was typed of the directive it replaced.
    const filterText = c.replaces ? `${c.replaces} ${c.symbol}` : c.symbol;
    const deprecated = c.out ? { deprecated: true } : {};
    out.push({ label: c.symbol, detail, ...(about && { documentation: about }), insertText: c.symbol, replace, sortText: `${sort}a`, filterText, kind: 'symbol', ...deprecated });
    // After "Quyết định số " the type word is already written: complete the rest of the citation.
    const full = formatCitation({ typeWord: tw ? undefined : c.typeWord, symbol: c.symbol, date: c.date, body: c.body, title: c.title });
    if (full !== c.symbol) {
      out.push({ label: `${c.symbol} — ${t.full}`, detail, documentation: full, insertText: full, replace, sortText: `${sort}b`, filterText, kind: 'citation', ...deprecated });
    }
  });
  return out;
}

/** A directive to offer. */
interface Candidate {
  readonly symbol: string;
  readonly typeWord?: string | undefined;
  readonly date?: string | undefined;
  readonly body?: string | undefined;
  readonly title?: string | undefined;
  /** Citations in the workspace. */
  readonly count: number;
  /** Status words when the directive is out of force. */
  readonly status?: string | undefined;
  /** Out of force as of the document's date. */
  readonly out?: boolean;
  /** The directive this one replaced, offered in its place. */
  readonly replaces?: string;
}

/** Directives the workspace cites, most cited first. */
function fromCorpus(ctx: FeatureContext, frag: string, codes: readonly string[] | undefined): Candidate[] {
  const want = foldForSearch(frag);
  const infos: DirectiveInfo[] = [];
  for (const info of ctx.index.infos()) {
    if (codes && codes.length && (info.type === undefined || !codes.includes(info.type))) continue;
    if (want && !foldForSearch(info.canonical).startsWith(want) && !String(info.number).startsWith(want)) continue;
    infos.push(info);
  }
  infos.sort((a, b) => b.citations.length - a.citations.length);
  return infos.map((info) => ({
    symbol: info.canonical, typeWord: info.typeWords[0]?.value, date: info.dates[0]?.value, body: info.bodies[0]?.value,
    title: info.titles[0]?.value, count: info.citations.length,
  }));
}

/**
 * Directives the catalog knows (workspace, built-in and corpus), as of `asOf`: those in force
 * first (most cited first), each directive out of force after them, and its successor — even when
 * what was typed does not match the successor's symbol — among those in force.
 */
function fromCatalog(ctx: FeatureContext, catalog: Catalog, frag: string, codes: readonly string[] | undefined, asOf: string): Candidate[] {
  const entries = searchEntries(catalog, { ...(frag && { fragment: frag }), ...(codes?.length && { types: codes }) }, asOf, 500);
  const candidate = (e: CatalogEntry, extra: Partial<Candidate> = {}): { rank: number; c: Candidate } => {
    const st = statusAt(e, asOf, catalog);
    const out = st.status === 'superseded' || st.status === 'repealed' || st.status === 'expired';
    return {
      rank: out ? 1 : 0,
      c: {
        // Catalog titles are stored without their leading "về".
        symbol: e.symbol, typeWord: e.type, date: e.date, body: e.body, title: e.title && `về ${e.title}`,
        count: ctx.index.countOfKey(e.key.key), ...(out && { status: statusText(st, ctx.locale), out: true }), ...extra,
      },
    };
  };
  const ranked = entries.map((e) => candidate(e));
  const offered = new Set(entries);
  for (const e of entries) {
    const st = statusAt(e, asOf, catalog);
    const next = st.status === 'superseded' ? st.successor : undefined;
    if (!next || offered.has(next) || (codes?.length && (next.key.type === undefined || !codes.includes(next.key.type)))) continue;
    offered.add(next);
    ranked.push(candidate(next, { replaces: e.symbol }));
  }
  return ranked.sort((a, b) => a.rank - b.rank || b.c.count - a.c.count).map((x) => x.c);
}
