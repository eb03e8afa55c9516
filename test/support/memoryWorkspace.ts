/**
 * An in-memory workspace for the core feature tests: fixture files scanned and indexed exactly as
 * the server does, without a server or a disk.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureContext } from '../../server/src/core/features/context';
import { isDraft } from '../../server/src/core/features/draft';
import { summarize } from '../../server/src/core/index/rows';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import type { Locale } from '../../server/src/core/messages';
import { scan } from '../../server/src/core/scan/scanner';
import { parseFixture, type FixtureFile } from './fixture';

/** A fixture loaded into an index. */
export interface MemoryWorkspace {
  readonly ctx: FeatureContext;
  readonly files: readonly FixtureFile[];
  readonly docs: ReadonlyMap<string, TextDocument>;
  /** The uri of a fixture file. */
  uri(path: string): string;
  /** The file holding the cursor. */
  readonly cursorFile: FixtureFile | undefined;
  /** Renders a location as `path:line:col-line:col` with the text it covers. */
  show(loc: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }): string;
}

/** Loads a fixture (see fixture.ts) into an in-memory index. */
export function memoryWorkspace(src: string, locale: Locale = 'vi'): MemoryWorkspace {
  const files = parseFixture(src);
  const index = new WorkspaceIndex();
  const docs = new Map<string, TextDocument>();
  const uri = (p: string) => `file:///ws/${p}`;
  for (const f of files) {
    const doc = TextDocument.create(uri(f.path), 'plaintext', 1, f.text);
    docs.set(doc.uri, doc);
    index.update(summarize(doc.uri, scan(f.text), (o) => doc.positionAt(o), undefined, { draft: isDraft(doc.uri, f.text) }));
  }
  const ctx: FeatureContext = { index, locale, displayName: (u) => u.replace('file:///ws/', '') };
  return {
    ctx, files, docs, uri,
    cursorFile: files.find((f) => f.cursor !== undefined),
    show: (loc) => {
      const doc = docs.get(loc.uri)!;
      const text = doc.getText(loc.range);
      const { start, end } = loc.range;
      return `${ctx.displayName(loc.uri)}:${start.line}:${start.character}-${end.line}:${end.character} ${text}`;
    },
  };
}
