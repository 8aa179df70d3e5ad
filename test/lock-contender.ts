// One process contending for a data-directory lock (data-dir-lock.test.ts): waits for "go" on
// stdin, tries once, prints "held" or "busy <pid>", then keeps what it got until stdin closes.
import { createInterface } from 'node:readline';
import { DataDirInUseError, lockDataDir } from '../src/server/db/data-dir-lock';

const dataDir = process.argv[2]!;
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
lines.once('line', () => {
  try {
    lockDataDir(dataDir);
    process.stdout.write('held\n');
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    process.stdout.write(`busy ${error.holderPid}\n`);
  }
});
lines.once('close', () => process.exit(0));
