import { readFileSync } from 'node:fs';

/** The running core's version (core/package.json): what plugins' `core` ranges are checked against. */
export const coreVersion: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
