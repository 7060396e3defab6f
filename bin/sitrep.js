#!/usr/bin/env node
// Runs the bundled CLI when `npm run build` made one, else the TypeScript sources through tsx (a checkout).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundled = fileURLToPath(new URL('../dist/sitrep.js', import.meta.url));
if (existsSync(bundled)) {
  await import(bundled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
