/**
 * The language server process entry (stdio or IPC). The same script runs the index worker
 * threads, which it starts itself.
 */
import { startServer } from './lsp/server';
import { isScanWorker, runScanWorker } from './lsp/scanPool';

if (isScanWorker()) runScanWorker();
else startServer(undefined, { workerEntry: __filename });
