/**
 * Warming up the keystroke path. On a warm start (or when workers scanned the workspace) this
 * thread has never run the scanner, and V8 runs code it has not seen in its interpreter: the first
 * dozen keystrokes in a 20 KB draft took 15–120 ms instead of 3. While the editor is idle after the
 * index, the workspace runs these steps in slices: a character is typed into a sample report
 * citing the built-in catalog, or taken out again, and the sample is scanned, turned into facts,
 * put in an index of its own and checked — the work of one keystroke — until that code is
 * compiled. Nothing is kept: the sample is not in the workspace's index, and its results are dropped.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinCatalog } from '../core/catalog/builtin';
import { sampleReport } from '../core/catalog/sample';
import type { Catalog } from '../core/catalog/resolve';
import { toDiagnostics, type Severity } from '../core/features/diagnostics';
import { checkText } from '../core/features/problems';
import { summarize } from '../core/index/rows';
import { WorkspaceIndex } from '../core/index/workspaceIndex';
import { scan } from '../core/scan/scanner';
import type { Locale } from '../core/messages';
import { toLspDiagnostic } from './convert';

/**
 * How many times the sample goes through the keystroke path: enough for V8 to optimise it. With
 * 40 rounds of scanning and checking alone, the first 500 keystrokes of a session still had a p95
 * of 5.5–5.9 ms where the next 500 had 4; with 150 rounds that also apply the edit and update an
 * index, 4.9–5.4 ms (10k bench corpus).
 */
const ROUNDS = 150;
const URI = 'untitled:vanban-warm-up';

/** The steps: one keystroke's work on the sample per step; returns true when all are done. */
export function* warmUp(catalog: () => Catalog, severities: () => Readonly<Record<string, Severity>>, locale: () => Locale): Generator<void, boolean, void> {
  let doc = TextDocument.create(URI, 'markdown', 1, sampleReport(builtinCatalog().entries));
  const index = new WorkspaceIndex();
  const start = { line: 0, character: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    // A character typed at the top and taken out again, as the editor sends them: every citation
    // moves, none changes (the index moves them in place), and each round is a new version.
    const change = round % 2 ? { range: { start, end: { line: 0, character: 1 } }, text: '' } : { range: { start, end: start }, text: 'x' };
    doc = TextDocument.update(doc, [change], round + 2);
    const result = scan(doc.getText());
    index.update(summarize(doc.uri, result, (o) => doc.positionAt(o)));
    const problems = checkText(doc.uri, doc.getText(), result, { catalog: catalog() });
    toDiagnostics(problems, severities(), locale()).map((d) => toLspDiagnostic(doc, d));
    yield;
  }
  return true;
}
