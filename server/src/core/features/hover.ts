/**
 * Hover on a citation (full symbol or short mention): what the workspace says about the
 * directive — type, number, issuing body, date, term, title (the most cited variant, with counts
 * when citations disagree) — and where it is cited.
 */
import { showIsoDate } from '../dateText';
import { format, type Locale } from '../messages';
import type { Variant, DirectiveInfo } from '../index/workspaceIndex';
import { recordAt, type FeatureContext } from './context';
import { catalogHoverLines, describeEntry, resolveRecord, type CatalogHover } from './catalogInfo';
import { mentionAt, resolveMentionRecord } from './mentions';
import { describeIssuers } from '../scan/issuers';
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
    mention: '“{mention}” — nhắc ngắn, bài không trích dẫn đầy đủ;', mentionNames: 'theo danh mục và các bài viết, đó là {symbol}.',
    mentionMay: 'có thể là một trong các văn bản sau (hãy ghi số hiệu):', mentionUnknown: 'danh mục và các bài viết khác không có văn bản nào cùng loại, cùng số.',
    issuer: 'Ký hiệu cơ quan', unknownIssuer: 'chưa rõ',
    'party-committee': 'văn bản của cấp ủy Đảng', 'party-body': 'văn bản của cơ quan, tổ chức của Đảng', front: 'văn bản của Mặt trận, đoàn thể',
    'state-historic': 'văn bản của cơ quan nhà nước trước đây', unknown: 'cơ quan ban hành chưa rõ',
  },
  en: {
    party: 'Party document', 'state-legal': 'legal normative document', 'state-admin': 'state administrative document',
    number: 'Number', date: 'Date', body: 'Issued by', term: 'Term', title: 'Title',
    cited: 'Cited in {n}', citedWithDrafts: 'Cited in {n} and {d}', article: 'article', articles: 'articles', draft: 'draft', drafts: 'drafts', more: '… and {n} more', citations: 'citations',
    disagree: 'Sources disagree', unknownDate: 'unknown',
    mention: '“{mention}” — a short mention the text does not cite in full;', mentionNames: 'by the catalog and the articles, it is {symbol}.',
    mentionMay: 'it may be any of these (write the symbol):', mentionUnknown: 'no catalog or other article knows a directive of that type and number.',
    issuer: 'Issuer code', unknownIssuer: 'unknown',
    'party-committee': 'document of a Party committee', 'party-body': 'document of a Party body', front: 'document of the Front or a mass organisation',
    'state-historic': 'document of a former state body', unknown: 'issuer unknown',
  },
} as const;

/** The hover for the citation (or the short mention) at `offset` of `uri`, or undefined when there is none. */
export function hover(ctx: FeatureContext, uri: string, offset: number): HoverResult | undefined {
  const r = recordAt(ctx.index, uri, offset);
  if (!r) return mentionHover(ctx, uri, offset);
  const info = ctx.index.info(ctx.index.idOf(r));
  if (!info) return undefined;
  const catalog = ctx.catalog ? catalogHoverLines(ctx.catalog, resolveRecord(ctx.catalog, r, ctx.locality), r.docDate ?? ctx.today ?? today(), ctx.locale) : { details: [] };
  return { markdown: renderDirective(ctx, info, catalog), range: r.range };
}

/**
 * The hover of a short mention the text does not cite in full: what the catalog and the articles
 * say it names — the directive, with everything a citation of it shows; the candidates; or that it
 * cannot be told.
 */
function mentionHover(ctx: FeatureContext, uri: string, offset: number): HoverResult | undefined {
  const m = mentionAt(ctx.index, uri, offset);
  if (!m) return undefined;
  const t = L[ctx.locale];
  const { resolution, id } = resolveMentionRecord(ctx, m);
  const head = format(t.mention, { mention: escape(m.raw) });
  let markdown: string;
  if ('entry' in resolution) {
    const e = resolution.entry;
    const asOf = m.docDate ?? ctx.today ?? today();
    const catalog = ctx.catalog ? catalogHoverLines(ctx.catalog, { entry: e }, asOf, ctx.locale) : { details: [] };
    const info = id ? ctx.index.info(id) : undefined;
    const named = `*${head} ${format(t.mentionNames, { symbol: escape(e.symbol) })}*`;
    markdown = info
      ? `${named}\n\n${renderDirective(ctx, info, catalog)}`
      : [named, '', ...(catalog.status ? [catalog.status] : []), ...catalog.details].join('  \n');
  } else if ('ambiguous' in resolution) {
    markdown = [`*${head} ${t.mentionMay}*`, '', ...resolution.ambiguous.map((e) => `- ${escape(describeEntry(e))}`)].join('\n');
  } else {
    markdown = `*${head} ${t.mentionUnknown}*`;
  }
  return { markdown, range: m.range };
}

/** "Ký hiệu cơ quan: BCĐ — Ban Chỉ đạo": what the issuer codes of the symbol stand for (issuer vocabulary). */
function issuerLine(info: DirectiveInfo, locale: Locale): string | undefined {
  const t = L[locale];
  // A single committee's code ("TW", "TU") adds nothing to the body a citation names.
  if (info.issuerClass === 'party-committee' && !/[-/].*-/u.test(info.key.replace(/^\d+(?:\.\d+)?-/u, ''))) return undefined;
  const text = describeIssuers(info.key, info.type, locale, t.unknownIssuer);
  return text && `**${t.issuer}:** ${escape(text)}`;
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
  // Who issued it: the numbering system for Party committees and the state, the kind of body otherwise.
  const cls = info.issuerClass;
  lines.push(`*${cls === 'party-committee' || cls === 'state' ? t[info.kind] : t[cls]}*`);
  lines.push('');
  const facts = [
    catalog.status,
    `**${t.number}:** ${info.number}`,
    fact(t.date, info.dates, ctx.locale, showIsoDate),
    fact(t.body, info.bodies, ctx.locale),
    issuerLine(info, ctx.locale),
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
