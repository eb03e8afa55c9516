/** The language server process entry (stdio or IPC). */
import { startServer } from './lsp/server';

startServer();
