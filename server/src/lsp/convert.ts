/**
 * The one place internal values become LSP values.
 */
import {
  CodeActionKind, CompletionItemKind, DiagnosticSeverity, DiagnosticTag, SymbolKind,
  type CodeAction, type CompletionItem, type Diagnostic as LspDiagnostic, type Location as LspLocation,
  CompletionItemTag, FoldingRangeKind, InsertTextFormat, SemanticTokensBuilder,
  type DocumentSymbol, type FoldingRange, type Range, type SemanticTokens, type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Action } from '../core/features/codeActions';
import type { CompletionValue } from '../core/features/completion';
import type { Location } from '../core/features/context';
import type { Diagnostic } from '../core/features/diagnostics';
import { TOKEN_TYPES, type Token } from '../core/features/semanticTokens';
import type { OffsetRange } from '../core/scan/types';
import type { CanCuCompletion, FoldingRegion, OutlineNode, SectionCompletion } from '../core/report';
import type { Locale } from '../core/messages';

/** Raw offsets → LSP range in an open document. */
export function toRange(doc: TextDocument, r: OffsetRange): Range {
  return { start: doc.positionAt(r.start), end: doc.positionAt(r.end) };
}

/** LSP range → raw offsets. */
export function toOffsets(doc: TextDocument, r: Range): OffsetRange {
  return { start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) };
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/** Internal diagnostic → LSP. */
export function toLspDiagnostic(doc: TextDocument, d: Diagnostic): LspDiagnostic {
  const tags: DiagnosticTag[] = [];
  if (d.deprecated) tags.push(DiagnosticTag.Deprecated);
  if (d.unnecessary) tags.push(DiagnosticTag.Unnecessary);
  return {
    range: toRange(doc, d.range),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'vanban',
    message: d.message,
    ...(tags.length && { tags }),
  };
}

/** Internal location → LSP. */
export function toLspLocation(l: Location): LspLocation {
  return { uri: l.uri, range: l.range };
}

/**
 * Internal action → LSP code action, with its diagnostics converted too. An action on another file
 * (adding an entry to the workspace catalog) converts its edits with that file's text, `docOf(uri)`,
 * and creates the file first when it does not exist.
 */
export function toLspAction(doc: TextDocument, a: Action, docOf: (uri: string) => TextDocument | undefined = () => undefined): CodeAction {
  let edit: WorkspaceEdit;
  if (a.uri && a.uri !== doc.uri) {
    const target = docOf(a.uri) ?? TextDocument.create(a.uri, 'yaml', 0, '');
    const edits = a.edits.map((e) => ({ range: toRange(target, e.range), newText: e.newText }));
    edit = {
      documentChanges: [
        ...(a.createFile ? [{ kind: 'create' as const, uri: a.uri, options: { ignoreIfExists: true } }] : []),
        { textDocument: { uri: a.uri, version: null }, edits },
      ],
    };
  } else {
    edit = { changes: { [doc.uri]: a.edits.map((e) => ({ range: toRange(doc, e.range), newText: e.newText })) } };
  }
  return {
    title: a.title,
    kind: a.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.SourceFixAll + '.vanban',
    diagnostics: a.diagnostics.map((d) => toLspDiagnostic(doc, d)),
    isPreferred: a.preferred,
    edit,
  };
}

/** Internal completion → LSP. */
export function toLspCompletion(doc: TextDocument, c: CompletionValue): CompletionItem {
  return {
    label: c.label,
    kind: c.kind === 'symbol' ? CompletionItemKind.Reference : CompletionItemKind.Snippet,
    detail: c.detail,
    ...(c.documentation && { documentation: c.documentation }),
    textEdit: { range: toRange(doc, c.replace), newText: c.insertText },
    sortText: c.sortText,
    filterText: c.filterText,
    ...(c.deprecated && { tags: [CompletionItemTag.Deprecated] }),
  };
}

/** Directive kind → LSP symbol kind (a namespace-like icon for Party, a class-like one for state). */
export function toSymbolKind(kind: 'party' | 'state-legal' | 'state-admin'): SymbolKind {
  return kind === 'party' ? SymbolKind.Namespace : kind === 'state-legal' ? SymbolKind.Class : SymbolKind.Struct;
}

/** Internal tokens → LSP semantic tokens. A token never spans lines in LSP: it is cut at the line end. */
export function toLspSemanticTokens(doc: TextDocument, tokens: readonly Token[]): SemanticTokens {
  const b = new SemanticTokensBuilder();
  for (const t of tokens) {
    const start = doc.positionAt(t.range.start);
    const end = doc.positionAt(t.range.end);
    const length = end.line === start.line ? end.character - start.character : doc.offsetAt({ line: start.line + 1, character: 0 }) - t.range.start - 1;
    if (length > 0) b.push(start.line, start.character, length, TOKEN_TYPES.indexOf(t.type), t.deprecated ? 1 : 0);
  }
  return b.build();
}

/**
 * Outline icons: headings as strings (as VS Code's own Markdown outline shows them), directives as
 * files (they are documents), citations as fields — three different icons (Module and Namespace
 * share one in VS Code).
 */
const OUTLINE_KIND: Record<string, SymbolKind> = { directive: SymbolKind.File, citation: SymbolKind.Field };

/** Outline node → LSP document symbol (headings as strings, directives as files, citations as fields). */
export function toLspDocumentSymbol(doc: TextDocument, n: OutlineNode): DocumentSymbol {
  return {
    name: n.name || '…',
    ...(n.detail && { detail: n.detail }),
    kind: OUTLINE_KIND[n.kind] ?? SymbolKind.String,
    range: toRange(doc, n.range),
    selectionRange: toRange(doc, n.selectionRange),
    children: n.children.map((c) => toLspDocumentSymbol(doc, c)),
  };
}

/** Folding region → LSP folding range (lines). */
export function toLspFoldingRange(doc: TextDocument, r: FoldingRegion): FoldingRange {
  const kind = r.kind === 'front-matter' || r.kind === 'header' ? FoldingRangeKind.Imports : FoldingRangeKind.Region;
  return { startLine: doc.positionAt(r.start).line, endLine: doc.positionAt(r.end).line, kind };
}

const CAN_CU = { vi: 'Khối "Căn cứ" từ các văn bản đã trích dẫn', en: '"Căn cứ" block from the cited directives' } as const;

/** The "Căn cứ" block → an LSP completion item replacing what was typed. */
export function toLspCanCu(doc: TextDocument, c: CanCuCompletion, locale: Locale): CompletionItem {
  return {
    label: 'Căn cứ …',
    kind: CompletionItemKind.Snippet,
    detail: CAN_CU[locale],
    documentation: c.newText,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: toRange(doc, c.range), newText: c.newText },
    sortText: '0000',
    filterText: doc.getText(toRange(doc, c.range)),
  };
}

/** A missing standard section → an LSP completion item inserting its skeleton. */
export function toLspSection(doc: TextDocument, c: SectionCompletion, order: number): CompletionItem {
  return {
    label: c.label,
    kind: CompletionItemKind.Module,
    documentation: c.newText,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: toRange(doc, c.range), newText: c.newText },
    filterText: c.filterText,
    sortText: `0001${String(order).padStart(3, '0')}`,
  };
}
