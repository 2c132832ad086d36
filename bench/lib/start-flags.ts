import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const startScript = /^node((?:\s+--[\w-]+(?:=\S+)?)*)\s+core\/main\.ts$/;

/**
 * The Node flags `npm start` runs the platform with (package.json's `start` script), so the bench measures
 * the platform as it is deployed. Fails when the script is no longer `node [--flag…] core/main.ts`.
 */
export function startScriptNodeFlags(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: { start?: string } };
  const script = manifest.scripts?.start ?? '';
  const match = startScript.exec(script);
  if (!match) throw new Error(`package.json scripts.start is not "node [--flag…] core/main.ts": ${script}`);
  return (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
}
