/**
 * The `vanban` command-line tool: the same core as the language server, over files on disk.
 *   vanban scan <files or folders…> [--json]
 *   vanban check <files or folders…> [--format text|json|sarif] [--severity …] [--date …] [--catalog …]
 */
import { runCheck } from './cli/checkCommand';
import { isCheckWorker, runCheckWorker } from './cli/checkFiles';
import { runScan } from './cli/scanCommand';

const USAGE = `Vanban — trích dẫn văn bản

Usage:
  vanban check <files or folders…> [options] report citation problems (exit 1 when some); see vanban check --help
  vanban scan <files or folders…> [--json]   print every directive citation found
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest, process.stdout, process.stderr);
    case 'scan':
      return runScan(rest, process.stdout, process.stderr);
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(command ? `vanban: unknown command "${command}"\n\n${USAGE}` : USAGE);
      return 2;
  }
}

// `vanban check` starts this same script on worker threads for large trees.
if (isCheckWorker()) {
  runCheckWorker();
} else {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => { process.stderr.write(`vanban: ${(e as Error).stack ?? e}\n`); process.exitCode = 2; },
  );
}
