// Until the real-VS-Code demo exists: build, then scan the sample workspace.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
const root = path.resolve(import.meta.dirname, '..');
execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, ['server/out/cli.js', 'scan', 'sample'], { cwd: root, stdio: 'inherit' });
