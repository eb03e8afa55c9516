/**
 * Warming up the keystroke path. On a warm start (or when workers scanned the workspace) this
 * thread has never run the scanner, and V8 runs code it has not seen in its interpreter: the first
 * dozen keystrokes in a 20 KB draft took 15–120 ms instead of 3. While the editor is idle after the
 * index, the workspace runs these steps in slices: a sample report citing the built-in catalog is
 * scanned, turned into facts and checked — the work of one keystroke — until that code is compiled.
 * Nothing is kept: the sample is not indexed, and its results are dropped.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinCatalog } from '../core/catalog/builtin';
import { sampleReport } from '../core/catalog/sample';
import type { Catalog } from '../core/catalog/resolve';
import { toDiagnostics, type Severity } from '../core/features/diagnostics';
import { checkText } from '../core/features/problems';
import { summarize } from '../core/index/rows';
import { scan } from '../core/scan/scanner';
import type { Locale } from '../core/messages';
import { toLspDiagnostic } from './convert';

/** How many times the sample goes through the keystroke path: enough for V8 to optimise it. */
const ROUNDS = 40;
const URI = 'untitled:vanban-warm-up';

/** The steps: one keystroke's work on the sample per step; returns true when all are done. */
export function* warmUp(catalog: () => Catalog, severities: () => Readonly<Record<string, Severity>>, locale: () => Locale): Generator<void, boolean, void> {
  const text = sampleReport(builtinCatalog().entries);
  for (let round = 0; round < ROUNDS; round++) {
    // A new version each round, as typing makes: nothing is cached between rounds.
    const doc = TextDocument.create(URI, 'markdown', round + 1, round % 2 ? text : `${text} `);
    const result = scan(doc.getText());
    summarize(doc.uri, result, (o) => doc.positionAt(o));
    const problems = checkText(doc.uri, doc.getText(), result, { catalog: catalog() });
    toDiagnostics(problems, severities(), locale()).map((d) => toLspDiagnostic(doc, d));
    yield;
  }
  return true;
}
