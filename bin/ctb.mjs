#!/usr/bin/env node
// Entry point of the `ctb` command. It registers tsx in this process (no child process,
// so a kill reaches the server itself) and runs the TypeScript CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
