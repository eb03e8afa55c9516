/**
 * Citations judged against the catalog (issue 5, "Diagnostics"): superseded as of the document's
 * date, date / body / title disagreeing with the catalog, anachronism, ambiguous symbol, unknown
 * directive, incomplete first mention in a draft, and a type / issuer combination the rules do not
 * allow. Pure functions: a scanned citation, the catalog and the document's context in, problems
 * with fixes out. Every fix edits only the parts of the citation it names.
 */
import type { Citation, Fix, OffsetRange, Problem, ScanResult, TextEdit } from '../scan/types';
import { appendEntryEdit, type EntryDraft } from './append';
import {
  bodyId, bodyWithTerm, dateLabel, formatCitationDate, fullCitation, matchCase, rewriteTitle, sameBody, sameTitle, titleAgrees,
} from './format';
import { typeWordFor, typeWordOf } from '../scan/vocabulary';
import './messages';
import { checkMentions } from './mentions';
import { vouchedFor, type Catalog, type CitationFacts, type Resolution } from './resolve';
import type { CatalogEntry, CatalogFormat } from './types';

/** What the checks need to know of the citing document. */
export interface CheckContext {
  /** The document's own date (ISO); the LSP layer may pass today's date for an undated draft. */
  readonly documentDate?: string;
  /** The locality of the document (its metadata or the `vanban.locality` setting). */
  readonly locality?: string;
  /** The document's URI: an article does not vouch for a directive only it cites (`vouchedFor`). */
  readonly uri?: string;
  /** Whether the document is a draft (first mentions must be full citations). */
  readonly draft?: boolean;
  /** The document's text (what the sentence around a citation already says). */
  readonly text?: string;
  /** Where the document names itself (its heading block and title): no first mention is looked for there. */
  readonly skip?: readonly OffsetRange[];
  /** The workspace catalog file "add to catalog" writes into (`exists: false`: the fix creates it). */
  readonly catalogFile?: { readonly uri: string; readonly text: string; readonly format: CatalogFormat; readonly exists: boolean };
}

/** A fix whose edits apply to another file than the citing document (the catalog file). */
export interface FileFix extends Fix {
  /** The file the edits apply to. */
  readonly uri: string;
  /** Whether the file must be created first. */
  readonly createFile?: boolean;
}

/** The locality named in a body phrase: "Ban Thường vụ Tỉnh ủy Quảng Ninh" → "Quảng Ninh". */
export function localityOfBody(body: string | undefined): string | undefined {
  if (!body) return undefined;
  const m = /(?:Tỉnh|Thành|Huyện|Thị|Quận)\s+[uủ]ỷ?y?\s+((?:\p{Lu}\p{Ll}*\s*)+)$/u.exec(body.normalize('NFC'));
  return m?.[1]!.trim() || undefined;
}

/** The facts of a citation that resolution uses (a short mention takes them from its full citation). */
export function citationFacts(c: Citation, ctx: CheckContext, all?: readonly Citation[]): CitationFacts {
  const src = c.refersTo !== undefined && all ? all[c.refersTo] ?? c : c;
  const date = src.date?.value.iso;
  const locality = localityOfBody(src.body?.value) ?? ctx.locality;
  return {
    key: c.symbol.key,
    ...(date && { date }),
    ...(src.term && { term: src.term.value }),
    ...(locality && { locality }),
    ...(ctx.documentDate && { documentDate: ctx.documentDate }),
  };
}

/** Every catalog problem of a scanned document. */
export function checkDocument(scan: ScanResult, catalog: Catalog, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const resolutions = scan.citations.map((c) => catalog.resolve(citationFacts(c, ctx, scan.citations)));
  scan.citations.forEach((c, i) => {
    if (c.form === 'full') out.push(...checkCitation(c, catalog, ctx, resolutions[i]));
  });
  if (ctx.draft) out.push(...checkFirstMentions(scan.citations, resolutions, ctx));
  if (scan.mentions) out.push(...checkMentions(scan.mentions, catalog, ctx.documentDate));
  return out;
}

/** The problems of one full citation (`resolution` may be passed when already computed). */
export function checkCitation(c: Citation, catalog: Catalog, ctx: CheckContext, resolution?: Resolution): Problem[] {
  const res = resolution ?? catalog.resolve(citationFacts(c, ctx));
  if ('unknown' in res || ('entry' in res && !vouchedFor(catalog, res.entry, ctx.uri))) return [unknownDirective(c, ctx)];
  if ('ambiguous' in res) return [ambiguous(c, res.ambiguous)];
  const e = res.entry;
  const out: Problem[] = [];
  const stale = superseded(c, e, catalog, ctx.documentDate);
  if (stale) out.push(stale);
  // When the date written in the citation is itself after the text's, the scanner's
  // `date-after-document` says so on that date: one finding per fact.
  const late = c.problems.some((p) => p.code === 'date-after-document') ? undefined : anachronism(c, e, ctx.documentDate);
  if (late) out.push(late);
  out.push(...mismatches(c, e));
  const rule = issuerNotAllowed(c, e);
  if (rule) out.push(rule);
  return out;
}

/** `superseded`: the directive was replaced on or before the document's date. The fix puts the successor in. */
export function superseded(c: Citation, e: CatalogEntry, catalog: Catalog, documentDate: string | undefined): Problem | undefined {
  if (!documentDate) return undefined;
  const st = catalog.statusAt(e, documentDate);
  if (st.status !== 'superseded' || !st.by) return undefined;
  const next = st.successor;
  const successor = next?.symbol ?? st.by.symbol;
  const fixes: Fix[] = [];
  if (next) {
    const { edits, also } = successorEdits(c, e, next);
    fixes.push(also.length
      ? { kind: 'replace-with-successor-and', args: { successor, alsoVi: also.map((a) => a.vi).join(', '), alsoEn: also.map((a) => a.en).join(', ') }, edits, preferred: true }
      : { kind: 'replace-with-successor', args: { successor }, edits, preferred: true });
  } else fixes.push({ kind: 'replace-with-successor', args: { successor }, edits: [{ range: c.range, newText: successor }], preferred: true });
  return {
    code: 'superseded',
    range: c.range,
    args: { symbol: c.symbol.canonical, successor, since: dateLabel(st.since), documentDate: dateLabel(documentDate) },
    fixes,
  };
}

/**
 * Edits that turn a citation into one of `next`: the symbol, and the type word, date, body, term
 * and title where it has them — with what else than the symbol they change, for the fix's title
 * ("Thay bằng 23-QĐ/TW, cả ngày thành 30/7/2021"): a fix changes exactly what its title names.
 */
function successorEdits(c: Citation, prev: CatalogEntry, next: CatalogEntry): { edits: TextEdit[]; also: { vi: string; en: string }[] } {
  const edits: TextEdit[] = [];
  const also: { vi: string; en: string }[] = [];
  if (c.typeWord && next.type && c.typeWord.value !== next.type) {
    const newText = matchCase(next.type, c.typeWord.text);
    edits.push({ range: c.typeWord.range, newText });
    also.push({ vi: `tên loại thành "${newText}"`, en: `the type word with "${newText}"` });
  }
  edits.push({ range: c.range, newText: next.symbol });
  if (c.date && next.date && c.date.value.iso !== next.date) {
    edits.push({ range: c.date.range, newText: formatCitationDate(next.date, c.date.text) });
    also.push({ vi: `ngày thành ${dateLabel(next.date)}`, en: `the date with ${dateLabel(next.date)}` });
  }
  if (c.body && next.body && sameBody(c.body.value, next.body) !== true) {
    edits.push({ range: c.body.range, newText: next.body });
    also.push({ vi: `cơ quan ban hành thành ${next.body}`, en: `the issuing body with ${next.body}` });
  }
  if (c.term && next.term && c.term.value !== next.term) {
    edits.push({ range: c.term.range, newText: c.term.text.replace(/[IVXL]+$/u, next.term) });
    also.push({ vi: `khóa thành ${next.term}`, en: `the term with ${next.term}` });
  }
  // When the successor keeps the old subject (290-QĐ/TW and 23-QĐ/TW share their title) the cited
  // title stays; otherwise it is the old directive's subject and gives way to the new one.
  if (c.title && next.title && !(prev.title && sameTitle(prev.title, next.title)) && !sameTitle(c.title.value, next.title)) {
    edits.push({ range: c.title.range, newText: rewriteTitle(c.title.text, next.title) });
    also.push({ vi: 'trích yếu theo văn bản mới', en: 'the subject with the new directive\'s' });
  }
  return { edits, also };
}

/** `anachronism`: the cited directive is dated after the text citing it. */
export function anachronism(c: Citation, e: CatalogEntry, documentDate: string | undefined): Problem | undefined {
  if (!documentDate || !e.date || e.date <= documentDate) return undefined;
  return { code: 'anachronism', range: c.range, args: { symbol: c.symbol.canonical, date: dateLabel(e.date), documentDate: dateLabel(documentDate) }, fixes: [] };
}

/** Date, body and title disagreeing with the catalog, each with a fix to the catalog's value. */
export function mismatches(c: Citation, e: CatalogEntry): Problem[] {
  const out: Problem[] = [];
  const symbol = c.symbol.canonical;
  if (c.date && e.date && c.date.value.iso !== e.date) {
    const newText = formatCitationDate(e.date, c.date.text);
    out.push({
      code: 'catalog-date-mismatch', range: c.date.range,
      args: { symbol, cited: c.date.text.replace(/^\s*ngày\s+/iu, ''), expected: dateLabel(e.date) },
      fixes: [{ kind: 'use-catalog-value', args: { value: newText }, edits: [{ range: c.date.range, newText }], preferred: true }],
    });
  }
  if (c.body && e.body && sameBody(c.body.value, e.body) === false) {
    const newText = e.body;
    out.push({
      code: 'catalog-body-mismatch', range: c.body.range,
      args: { symbol, cited: c.body.text, expected: e.body },
      fixes: [{ kind: 'use-catalog-value', args: { value: newText }, edits: [{ range: c.body.range, newText }], preferred: true }],
    });
  }
  if (c.title && e.title && !titleAgrees(c.title.value, e.title)) {
    const newText = rewriteTitle(c.title.text, e.title);
    out.push({
      code: 'catalog-title-mismatch', range: c.title.range,
      args: { symbol, cited: c.title.text, expected: e.title },
      fixes: [{ kind: 'use-catalog-value', args: { value: newText }, edits: [{ range: c.title.range, newText }], preferred: true }],
    });
  }
  return out;
}

/** `ambiguous`: several directives share the symbol; one fix per candidate adds its date. */
export function ambiguous(c: Citation, candidates: readonly CatalogEntry[]): Problem {
  const label = (e: CatalogEntry): string => `${e.symbol} (${e.date ? dateLabel(e.date) : e.term ? `khóa ${e.term}` : e.locality ?? '?'})`;
  const fixes: Fix[] = [];
  for (const e of candidates) {
    if (!e.date) continue;
    const edit: TextEdit = c.date
      ? { range: c.date.range, newText: formatCitationDate(e.date, c.date.text) }
      : { range: { start: c.range.end, end: c.range.end }, newText: `, ${formatCitationDate(e.date)}` };
    fixes.push({ kind: 'add-distinguishing-date', args: { symbol: e.symbol, date: dateLabel(e.date), title: e.title ?? e.body ?? '' }, edits: [edit] });
  }
  return { code: 'ambiguous', range: c.range, args: { symbol: c.symbol.canonical, candidates: candidates.map(label).join('; ') }, fixes };
}

/** What a citation says of itself, as a new catalog entry. */
export function draftFromCitation(c: Citation, ctx: CheckContext): EntryDraft {
  const locality = localityOfBody(c.body?.value) ?? (c.symbol.issuers.some((i) => /(?:TU|HU|ĐU|ThU|QU)$/u.test(i)) ? ctx.locality : undefined);
  const title = c.title?.value.replace(/^về\s+(?:việc\s+)?/iu, '').trim();
  // The type word as written, unless it disagrees with the type code (then the usual word for the code).
  const written = c.typeWord && typeWordOf(c.typeWord.value);
  const type = written && (written.codes.length === 0 || c.symbol.type === undefined || written.codes.includes(c.symbol.type))
    ? written.word
    : typeWordFor(c.symbol.type, c.symbol.kind === 'party' ? 'party' : 'state');
  return {
    symbol: c.symbol.canonical,
    ...(type && { type }),
    ...(c.body && { body: c.body.value }),
    ...(c.date?.value.iso && { date: c.date.value.iso }),
    ...(c.term && { term: c.term.value }),
    ...(locality && { locality }),
    ...(title && { title }),
    confidence: 'believed',
    notes: 'Thêm từ trích dẫn trong văn bản; cần kiểm chứng.',
  };
}

/** `unknown-directive`: in no catalog and cited nowhere else; the fix appends it to the workspace catalog. */
export function unknownDirective(c: Citation, ctx: CheckContext): Problem {
  const fixes: Fix[] = [];
  const file = ctx.catalogFile;
  if (file) {
    const edit = appendEntryEdit(file.exists ? file.text : '', file.format, draftFromCitation(c, ctx));
    const name = file.uri.slice(file.uri.lastIndexOf('/') + 1);
    const fix: FileFix = { kind: 'add-to-catalog', args: { symbol: c.symbol.canonical, file: name }, edits: [edit], uri: file.uri, ...(!file.exists && { createFile: true }) };
    fixes.push(fix);
  }
  return { code: 'unknown-directive', range: c.range, args: { symbol: c.symbol.canonical }, fixes };
}

/** The Party rules on who issues what (domain.md §1): type code → bodies that may not issue it. */
const NOT_ALLOWED: readonly { readonly type: string; readonly body: string; readonly typeWord: string; readonly bodyName: string }[] = [
  { type: 'CT', body: 'BCHTW', typeWord: 'Chỉ thị', bodyName: 'Ban Chấp hành Trung ương' },
];

/** `issuer-not-allowed`: a type / issuer combination the rules do not allow (e.g. a Chỉ thị of the Central Committee). */
export function issuerNotAllowed(c: Citation, e: CatalogEntry | undefined): Problem | undefined {
  if (c.symbol.kind !== 'party') return undefined;
  const body = c.body?.value ?? e?.body;
  if (!body) return undefined;
  const id = bodyId(body);
  const rule = NOT_ALLOWED.find((r) => r.type === c.symbol.type && r.body === id);
  if (!rule) return undefined;
  const range: OffsetRange = c.body?.range ?? c.range;
  return { code: 'issuer-not-allowed', range, args: { type: rule.typeWord, body: rule.bodyName, symbol: c.symbol.canonical }, fixes: [] };
}

/** The parts of a full citation (domain.md §2), as a message names them. */
const PART_NAMES = {
  typeWord: { vi: 'tên loại', en: 'type' },
  date: { vi: 'ngày ban hành', en: 'date' },
  body: { vi: 'cơ quan ban hành', en: 'issuing body' },
  title: { vi: 'trích yếu', en: 'subject' },
} as const;
type Part = keyof typeof PART_NAMES;

/** Whether the sentence before a citation already names its issuing body ("Ban Thường vụ Tỉnh ủy ban hành Chỉ thị …"). */
function bodyNamedBefore(text: string | undefined, at: number, body: string): boolean {
  if (!text) return false;
  let from = at;
  while (from > 0 && text[from - 1] !== '\n' && !(text[from - 1] === ' ' && /[.;!?]/u.test(text[from - 2] ?? ''))) from--;
  const before = text.slice(from, at).normalize('NFC').toLowerCase().replace(/\s+/gu, ' ');
  const name = body.normalize('NFC').toLowerCase();
  const locality = localityOfBody(body);
  const short = locality ? name.slice(0, name.length - locality.length).trim() : name;
  return before.includes(name) || (short.length > 0 && before.includes(short));
}

/** Writes a list of part names: "ngày ban hành, cơ quan ban hành và trích yếu". */
function partList(parts: readonly Part[], locale: 'vi' | 'en'): string {
  const names = parts.map((p) => PART_NAMES[p][locale]);
  const and = locale === 'vi' ? ' và ' : ' and ';
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
}

/**
 * `incomplete-first-mention`: in a draft, the first mention of each directive should be a full
 * citation (type, symbol, date, issuing body, subject). The message names the parts that are
 * missing; the fix adds exactly those, from the catalog, where they go — what the writer wrote
 * (their own wording of the subject, a body the sentence already names) stays. A short mention
 * ("Chỉ thị 43") is rewritten as the full citation. Citations in `ctx.skip` (the document's own
 * heading block and title) are not mentions of the text's body and are left alone.
 */
export function checkFirstMentions(citations: readonly Citation[], resolutions: readonly Resolution[], ctx: Pick<CheckContext, 'text' | 'skip'> = {}): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<CatalogEntry>();
  const skipped = (c: Citation): boolean => (ctx.skip ?? []).some((r) => c.range.start >= r.start && c.range.end <= r.end);
  citations.forEach((c, i) => {
    const res = resolutions[i];
    if (!res || !('entry' in res) || skipped(c)) return;
    const e = res.entry;
    if (seen.has(e)) return;
    seen.add(e);
    const start = c.form === 'short' ? c.range.start : c.typeWord?.range.start ?? c.so?.start ?? c.range.start;
    const missing: Part[] = [];
    if (c.form === 'short') {
      if (e.type) missing.push('typeWord');
      if (e.date) missing.push('date');
      if (e.body) missing.push('body');
      if (e.title) missing.push('title');
    } else {
      if (!c.typeWord && e.type) missing.push('typeWord');
      if (e.date && !c.date) missing.push('date');
      if (e.body && !c.body && !bodyNamedBefore(ctx.text, start, e.body)) missing.push('body');
      if (e.title && !c.title) missing.push('title');
    }
    if (missing.length === 0) return;
    const edits: TextEdit[] = [];
    const added: string[] = [];
    if (c.form === 'short') {
      const text = fullCitation(e);
      edits.push({ range: c.range, newText: matchCase(text, c.raw) });
    } else {
      // Insertions at one point are one edit, in the order a citation writes its parts.
      const at = (offset: number, newText: string): void => {
        const same = edits.findIndex((x) => x.range.start === offset);
        if (same < 0) edits.push({ range: { start: offset, end: offset }, newText });
        else edits[same] = { range: edits[same]!.range, newText: edits[same]!.newText + newText };
      };
      if (missing.includes('typeWord')) at(c.range.start, `${e.type} số `);
      if (missing.includes('date')) {
        const date = formatCitationDate(e.date!);
        at(c.range.end, `, ${date}`);
        added.push(date);
      }
      const body = bodyWithTerm(e);
      if (missing.includes('body') && body) {
        // Before a subject the writer gave, else at the end of the citation.
        if (c.title) at(c.title.range.start, `của ${body} `);
        else at(c.span.end, ` của ${body}`);
        added.push(body);
      }
      if (missing.includes('title')) at(c.span.end, ` về ${e.title}`);
    }
    out.push({
      code: 'incomplete-first-mention', range: c.range,
      args: { symbol: e.symbol, missingVi: partList(missing, 'vi'), missingEn: partList(missing, 'en') },
      fixes: [{
        kind: c.form === 'short' ? 'expand-citation' : 'complete-citation',
        args: { symbol: e.symbol, partsVi: partList(missing, 'vi'), partsEn: partList(missing, 'en'), values: added.length ? ` (${added.join('; ')})` : '' },
        edits, preferred: true,
      }],
    });
  });
  return out;
}
