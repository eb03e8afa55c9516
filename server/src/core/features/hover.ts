/**
 * Hover on a citation (full symbol or short mention): what the workspace says about the
 * directive — type, number, issuing body, date, term, title (the most cited variant, with counts
 * when citations disagree) — and where it is cited.
 */
import { showIsoDate } from '../dateText';
import { format, type Locale } from '../messages';
import type { Variant, DirectiveInfo } from '../index/workspaceIndex';
import { recordAt, type FeatureContext } from './context';
import { catalogHoverLines, resolveRecord, type CatalogHover } from './catalogInfo';
import { today } from './draft';
import { escape } from './markdown';
import type { PosRange } from '../index/facts';

/** A hover: Markdown and the range it belongs to. */
export interface HoverResult {
  readonly markdown: string;
  readonly range: PosRange;
}

/** How many citing articles the hover lists as links. */
export const HOVER_LINKS = 5;

const L = {
  vi: {
    party: 'văn bản của Đảng', 'state-legal': 'văn bản quy phạm pháp luật', 'state-admin': 'văn bản hành chính nhà nước',
    number: 'Số', date: 'Ngày ban hành', body: 'Cơ quan ban hành', term: 'Khóa', title: 'Trích yếu',
    cited: 'Được trích dẫn trong {n}', citedWithDrafts: 'Được trích dẫn trong {n} và {d}', article: 'bài viết', articles: 'bài viết', draft: 'bản thảo', drafts: 'bản thảo', more: '… và {n} văn bản khác', citations: 'trích dẫn',
    disagree: 'Các nguồn ghi khác nhau', unknownDate: 'chưa rõ',
  },
  en: {
    party: 'Party document', 'state-legal': 'legal normative document', 'state-admin': 'state administrative document',
    number: 'Number', date: 'Date', body: 'Issued by', term: 'Term', title: 'Title',
    cited: 'Cited in {n}', citedWithDrafts: 'Cited in {n} and {d}', article: 'article', articles: 'articles', draft: 'draft', drafts: 'drafts', more: '… and {n} more', citations: 'citations',
    disagree: 'Sources disagree', unknownDate: 'unknown',
  },
} as const;

/** The hover for the citation at `offset` of `uri`, or undefined when there is none. */
export function hover(ctx: FeatureContext, uri: string, offset: number): HoverResult | undefined {
  const r = recordAt(ctx.index, uri, offset);
  if (!r) return undefined;
  const info = ctx.index.info(ctx.index.idOf(r));
  if (!info) return undefined;
  const catalog = ctx.catalog ? catalogHoverLines(ctx.catalog, resolveRecord(ctx.catalog, r, ctx.locality), r.docDate ?? ctx.today ?? today(), ctx.locale) : { details: [] };
  return { markdown: renderDirective(ctx, info, catalog), range: r.range };
}

/** One fact line: the most cited variant, and the others with counts when citations disagree. */
function fact(label: string, variants: readonly Variant[], locale: Locale, show: (v: string) => string = (v) => v): string | undefined {
  if (variants.length === 0) return undefined;
  const [top, ...rest] = variants;
  if (rest.length === 0) return `**${label}:** ${escape(show(top!.value))}`;
  const all = variants.map((v) => `${escape(show(v.value))} (${v.count} ${L[locale].citations})`).join(' · ');
  return `**${label}:** ${all}`;
}

/**
 * Renders what the workspace says about a directive as Markdown. What a writer looks for comes
 * first, so that it is in view without scrolling: the directive's facts and its status, then where
 * it is cited; the catalog's details (its entry, relations, source, disagreements) come last.
 */
export function renderDirective(ctx: FeatureContext, info: DirectiveInfo, catalog: CatalogHover = { details: [] }): string {
  const t = L[ctx.locale];
  const typeWord = info.typeWords[0]?.value;
  const lines: string[] = [];
  lines.push(`### ${typeWord ? `${escape(typeWord)} ` : ''}${escape(info.canonical)}`);
  lines.push(`*${t[info.kind]}*`);
  lines.push('');
  const facts = [
    catalog.status,
    `**${t.number}:** ${info.number}`,
    fact(t.date, info.dates, ctx.locale, showIsoDate),
    fact(t.body, info.bodies, ctx.locale),
    fact(t.term, info.terms, ctx.locale),
    fact(t.title, info.titles, ctx.locale),
  ].filter((x): x is string => x !== undefined);
  lines.push(facts.join('  \n'));
  lines.push('');
  const drafts = info.documents - info.articles;
  const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  lines.push(`**${format(drafts ? t.citedWithDrafts : t.cited, { n: counted(info.articles, t.article, t.articles), d: counted(drafts, t.draft, t.drafts) })}**`);
  lines.push('');
  // Citations are in document order: the first of each of the first documents, without a sort.
  let shown = 0;
  let lastUri: string | undefined;
  for (const c of info.citations) {
    if (shown === HOVER_LINKS) break;
    if (c.uri === lastUri) continue;
    lastUri = c.uri;
    shown++;
    const line = c.range.start.line + 1;
    lines.push(`- [${escape(ctx.displayName(c.uri))}:${line}](${c.uri}#L${line})${c.docDate ? ` — ${showIsoDate(c.docDate)}` : ''}`);
  }
  if (info.documents > HOVER_LINKS) lines.push(`- ${format(t.more, { n: String(info.documents - HOVER_LINKS) })}`);
  if (catalog.details.length) {
    lines.push('');
    lines.push('---');
    lines.push(catalog.details.join('  \n'));
  }
  return lines.join('\n');
}
