/**
 * The language server: wires the protocol to the workspace and the core features. Each handler
 * is an adapter — find the document, convert the params, call the feature, convert the result.
 */
import { availableParallelism } from 'node:os';
import {
  CodeActionKind, CodeLensRefreshRequest, createConnection, DidChangeConfigurationNotification, DocumentDiagnosticReportKind,
  FileChangeType, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind,
  type Connection, type Diagnostic as LspDiagnostic, type FullDocumentDiagnosticReport, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, quickFixes } from '../core/features/codeActions';
import { codeLenses } from '../core/features/codeLens';
import { completeDirectives } from '../core/features/completion';
import type { FeatureContext } from '../core/features/context';
import { catalogHover, statusAt } from '../core/catalog';
import { resolveRecord } from '../core/features/catalogInfo';
import { catalogDefinition, findDefinition } from '../core/features/definition';
import { today } from '../core/features/draft';
import { toDiagnostics, type Diagnostic } from '../core/features/diagnostics';
import { checkText } from '../core/features/problems';
import { canCuCompletion, documentOutline, foldingRegions, sectionCompletions } from '../core/report';
import { hover } from '../core/features/hover';
import { findReferences } from '../core/features/references';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../core/features/semanticTokens';
import { workspaceSymbols } from '../core/features/symbols';
import { toLocale, type Locale } from '../core/messages';
import { toConfig, type WireSettings } from './config';
import { toLspAction, toLspCompletion, toLspDiagnostic, toLspCanCu, toLspDocumentSymbol, toLspSection, toLspFoldingRange, toLspLocation, toLspSemanticTokens, toOffsets, toRange, toSymbolKind } from './convert';
import { catalogFieldCompletions, catalogRelationTarget } from './catalogFeatures';
import { catalogFormat, CatalogStore } from './catalogs';
import { registerCustomRequests } from './requests';
import { INDEX_STATUS } from './requests/protocol';
import { runSafe } from './runSafe';
import { warmUp } from './warmUp';
import { toPath, Workspace, type IndexStatus } from './workspace';


/** Options the client may pass in `initializationOptions`. */
interface InitOptions {
  locale?: string;
  /** A folder for the persistent index cache (the extension's storage). */
  cacheDir?: string;
  /** Worker threads for the first index (default: one per core, at most 4, from 256 files to read; 0: none). */
  indexWorkers?: number;
  settings?: WireSettings;
}

/** Options of the process running the server. */
export interface ServerOptions {
  /** The script index workers run (the server's own, which starts `runScanWorker` in a worker); none: no workers. */
  readonly workerEntry?: string;
}

/** The server's version, as `initialize` reports it. */
const SERVER_VERSION = '0.1.0';

/** Below this many files to read, a first index is scanned on the main thread (starting workers costs more). */
const WORKER_MIN_FILES = 256;

/** Starts the server on the connection given by the command line (`--stdio`, `--node-ipc`). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all), options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const log = (m: string) => connection.console.log(m);
  let locale: Locale = 'vi';
  let pull = false;
  let canConfigure = false;
  let canRefreshLenses = false;
  let canRefreshDiagnostics = false;
  let canWatchFolders = false;
  let canShowProgress = false;
  let lastStatus: IndexStatus | undefined;
  let progress: Awaited<ReturnType<typeof connection.window.createWorkDoneProgress>> | undefined;
  let refreshTimer: NodeJS.Timeout | undefined;

  const ws = new Workspace(toConfig(undefined), {
    log,
    status: (s) => reportStatus(s),
    changed: () => scheduleRefresh(),
  });
  const catalogs = new CatalogStore(ws.index, () => ws.diskGeneration, log, () => scheduleRefresh(), () => !ws.loadingFromCache);
  ws.setIdleWork(() => warmUp(() => catalogs.catalog(), () => ws.config.severities, () => locale));
  const ctx = (): FeatureContext => ({
    index: ws.index, locale, displayName: ws.displayName, catalog: catalogs.catalog(), today: today(),
    ...(ws.config.locality && { locality: ws.config.locality }),
  });

  function diagnosticsOf(doc: TextDocument): Diagnostic[] {
    const file = catalogs.isCatalog(doc.uri) ? catalogs.open(doc.uri, doc.getText(), doc.version) : undefined;
    if (file) return toDiagnostics(file.parsed.problems, ws.config.severities, locale);
    const target = catalogs.target();
    const problems = checkText(doc.uri, doc.getText(), ws.scanOf(doc), {
      catalog: catalogs.catalog(), ...(ws.config.locality && { locality: ws.config.locality }), ...(target && { catalogFile: target }),
    });
    return toDiagnostics(problems, ws.config.severities, locale);
  }

  function publish(doc: TextDocument): void {
    if (!pull) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(doc).map((d) => toLspDiagnostic(doc, d)) });
  }

  /** Cross-file answers changed: refresh lenses and diagnostics of open documents, at most every 200 ms. */
  function scheduleRefresh(): void {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      if (pull && canRefreshDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
      if (!pull) for (const d of documents.all()) publish(d);
    }, 200);
  }

  function reportStatus(s: IndexStatus): void {
    lastStatus = s;
    void connection.sendNotification(INDEX_STATUS, s);
    if (s.state === 'ready') catalogs.indexComplete();
    if (!progress) return;
    if (s.state === 'ready') {
      progress.done();
      progress = undefined;
    } else if (s.total > 0) {
      progress.report(Math.round((100 * s.done) / s.total), `${s.done}/${s.total}`);
    }
  }

  async function loadSettings(): Promise<void> {
    if (!canConfigure) return;
    const wire = (await connection.workspace.getConfiguration('vanban')) as WireSettings | null;
    const config = toConfig(wire);
    const reloadCatalogs = catalogs.configure(config.catalogGlob, config.builtinCatalog);
    await ws.setConfig(config);
    if (reloadCatalogs) await catalogs.load(pendingFolders);
    scheduleRefresh();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as InitOptions;
    locale = toLocale(opts.locale ?? params.locale);
    const caps = params.capabilities;
    pull = caps.textDocument?.diagnostic !== undefined;
    canConfigure = caps.workspace?.configuration === true;
    canRefreshLenses = caps.workspace?.codeLens?.refreshSupport === true;
    canRefreshDiagnostics = caps.workspace?.diagnostics?.refreshSupport === true;
    canWatchFolders = caps.workspace?.workspaceFolders === true;
    canShowProgress = caps.window?.workDoneProgress === true;
    if (opts.settings) void ws.setConfig(toConfig(opts.settings));
    if (typeof opts.cacheDir === 'string') ws.setCacheDir(opts.cacheDir);
    if (options.workerEntry) {
      const asked = typeof opts.indexWorkers === 'number' && opts.indexWorkers >= 0 ? Math.floor(opts.indexWorkers) : undefined;
      const count = asked ?? (availableParallelism() > 1 ? Math.min(4, availableParallelism()) : 0);
      ws.setWorkers({ entry: options.workerEntry, count, minFiles: asked !== undefined ? 1 : WORKER_MIN_FILES });
    }
    const folders = params.workspaceFolders?.map((f) => toPath(f.uri)).filter((p): p is string => !!p)
      ?? (params.rootUri ? [toPath(params.rootUri)].filter((p): p is string => !!p) : []);
    pendingFolders = folders;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        completionProvider: { triggerCharacters: [' ', '-', '/'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true },
        ...(pull && { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } }),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'vanban', version: SERVER_VERSION },
    };
  });

  let pendingFolders: string[] = [];
  connection.onInitialized(async () => {
    log(`[start] Vanban ${SERVER_VERSION} on Node ${process.version}, messages in ${locale === 'vi' ? 'Vietnamese' : 'English'}, `
      + `${pull ? 'pull' : 'push'} diagnostics, folders: ${pendingFolders.length ? pendingFolders.join(', ') : 'none'}`);
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'vanban' });
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace.getWorkspaceFolders().then((fs) => {
          pendingFolders = (fs ?? []).map((f) => toPath(f.uri)).filter((p): p is string => !!p);
          void ws.setFolders(pendingFolders);
          void catalogs.load(pendingFolders);
        });
      });
    }
    progress = canShowProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Vanban', 0, 'đang lập chỉ mục', false);
    await loadSettings().catch((e) => log(`[error] settings: ${e}`));
    void ws.setFolders(pendingFolders);
    void catalogs.load(pendingFolders).catch((e) => log(`[error] catalogs: ${e}`));
  });

  connection.onDidChangeConfiguration(() => void loadSettings().catch((e) => log(`[error] settings: ${e}`)));

  /** Takes in the editor's text of a document: a catalog file or an article. */
  function track(doc: TextDocument): void {
    if (catalogs.isCatalog(doc.uri)) catalogs.open(doc.uri, doc.getText(), doc.version);
    else ws.open(doc);
  }
  documents.onDidOpen((e) => { track(e.document); publish(e.document); });
  documents.onDidChangeContent((e) => { track(e.document); publish(e.document); });
  documents.onDidClose((e) => {
    if (catalogs.isCatalog(e.document.uri)) void catalogs.closed(e.document.uri);
    else void ws.close(e.document.uri);
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles((p) => {
    const changes = p.changes.map((c) => ({ uri: c.uri, deleted: c.type === FileChangeType.Deleted }));
    for (const c of changes.filter((x) => catalogs.isCatalog(x.uri))) void catalogs.changedOnDisk(c.uri, c.deleted);
    void ws.filesChanged(changes.filter((x) => !catalogs.isCatalog(x.uri)));
  });

  /** Runs a handler on an open document, safely. */
  function onDoc<T>(name: string, fallback: T, uri: string, token: Parameters<typeof runSafe>[3], fn: (doc: TextDocument) => T) {
    return runSafe(log, name, fallback, token, () => {
      const doc = documents.get(uri);
      if (!doc) return fallback;
      track(doc);
      return fn(doc);
    });
  }

  connection.onHover((p, token) => onDoc('hover', null, p.textDocument.uri, token, (doc) => {
    if (catalogs.isCatalog(doc.uri)) {
      const h = catalogHover(doc.getText(), catalogFormat(doc.uri), doc.offsetAt(p.position));
      return h ? { contents: { kind: 'markdown' as const, value: `**${h.field.name}** — ${h.field[locale]}${h.field.example ? `\n\n\`${h.field.example}\`` : ''}` }, range: toRange(doc, h.range) } : null;
    }
    const h = hover(ctx(), doc.uri, doc.offsetAt(p.position));
    return h ? { contents: { kind: 'markdown' as const, value: h.markdown }, range: h.range } : null;
  }));

  connection.onDefinition((p, token) => onDoc('definition', null, p.textDocument.uri, token, (doc) => {
    const offset = doc.offsetAt(p.position);
    const inCatalog = catalogs.isCatalog(doc.uri) ? catalogs.file(doc.uri) : undefined;
    const entry = inCatalog ? catalogRelationTarget(catalogs.catalog(), inCatalog.parsed, offset) : catalogDefinition(ws.index, catalogs.catalog(), doc.uri, offset, ws.config.locality);
    const target = entry && catalogs.file(entry.uri);
    if (entry && target) return { uri: entry.uri, range: toRange(target.doc, entry.range) };
    const loc = inCatalog ? undefined : findDefinition(ctx(), doc.uri, offset);
    return loc ? toLspLocation(loc) : null;
  }));

  connection.onReferences((p, token) => onDoc('references', [], p.textDocument.uri, token, (doc) =>
    findReferences(ctx(), doc.uri, doc.offsetAt(p.position)).map(toLspLocation)));

  connection.onCodeLens((p, token) => onDoc('codeLens', [], p.textDocument.uri, token, (doc) =>
    codeLenses(ws.index, doc.uri, locale).map((l) => ({
      range: l.range,
      command: l.clickable ? { title: l.title, command: 'vanban.showCitingArticles', arguments: [doc.uri, l.range.start] } : { title: l.title, command: '' },
    }))));

  connection.onDocumentSymbol((p, token) => onDoc('documentSymbol', [], p.textDocument.uri, token, (doc) =>
    documentOutline(doc.getText(), ws.scanOf(doc), undefined, locale).map((n) => toLspDocumentSymbol(doc, n))));

  connection.onFoldingRanges((p, token) => onDoc('foldingRange', [], p.textDocument.uri, token, (doc) =>
    foldingRegions(doc.getText()).map((r) => toLspFoldingRange(doc, r))));

  connection.onWorkspaceSymbol((p, token) => runSafe(log, 'workspaceSymbol', [], token, () =>
    workspaceSymbols(ws.index, p.query).map((s) => ({ name: s.name, kind: toSymbolKind(s.kind), location: toLspLocation(s.location), ...(s.detail && { containerName: s.detail }) }))));

  connection.onCompletion((p, token) => onDoc('completion', [], p.textDocument.uri, token, (doc) => {
    const offset = doc.offsetAt(p.position);
    if (catalogs.isCatalog(doc.uri)) return catalogFieldCompletions(doc, offset, locale);
    const canCu = canCuCompletion(doc.getText(), offset, ws.scanOf(doc));
    return [
      ...(canCu ? [toLspCanCu(doc, canCu, locale)] : []),
      ...sectionCompletions(doc.getText(), offset).map((c, i) => toLspSection(doc, c, i)),
      ...completeDirectives(ctx(), doc.getText(), offset, doc.uri).map((c) => toLspCompletion(doc, c)),
    ];
  }));

  connection.onCodeAction((p, token) => onDoc('codeAction', [], p.textDocument.uri, token, (doc) => {
    const diags = diagnosticsOf(doc);
    const only = p.context.only;
    const wantFixAll = only?.some((k) => k.startsWith(CodeActionKind.SourceFixAll) || CodeActionKind.SourceFixAll.startsWith(k));
    const actions = only && !only.includes(CodeActionKind.QuickFix) ? [] : quickFixes(diags, toOffsets(doc, p.range), locale);
    const all = wantFixAll ? fixAll(diags, locale) : undefined;
    return [...actions, ...(all ? [all] : [])].map((a) => toLspAction(doc, a, (u) => catalogs.file(u)?.doc));
  }));

  connection.languages.diagnostics.on(async (p, token) => {
    const empty: FullDocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] as LspDiagnostic[] };
    const r = await onDoc<FullDocumentDiagnosticReport>('diagnostic', empty, p.textDocument.uri, token, (doc) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: diagnosticsOf(doc).map((d) => toLspDiagnostic(doc, d)),
    }));
    // A cancelled pull is simply asked again by the client.
    return r instanceof ResponseError ? empty : r;
  });

  connection.languages.semanticTokens.on((p, token) => onDoc('semanticTokens', { data: [] as number[] }, p.textDocument.uri, token, (doc) =>
    toLspSemanticTokens(doc, semanticTokens(ws.scanOf(doc), { isSuperseded: supersededIn(doc) }))));

  connection.onRequest(INDEX_STATUS, () => lastStatus ?? null);
  registerCustomRequests({ connection, ws, locale: () => locale, documents, catalog: () => catalogs.catalog() });
  /** Whether citation i of an open document names a directive out of force as of the document's date (or today). */
  function supersededIn(doc: TextDocument): (i: number) => boolean {
    const facts = ws.index.get(doc.uri);
    const catalog = catalogs.catalog();
    return (i) => {
      const r = facts?.citations[i];
      if (!r) return false;
      const res = resolveRecord(catalog, r, ws.config.locality);
      return 'entry' in res && statusAt(res.entry, r.docDate ?? today(), catalog).status === 'superseded';
    };
  }

  connection.onShutdown(async () => {
    if (refreshTimer) clearTimeout(refreshTimer);
    catalogs.dispose();
    await ws.saveCache();
  });

  documents.listen(connection);
  connection.listen();
}
