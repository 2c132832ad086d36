import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A server started by the bench: its output goes to a log file, and the last lines are kept for errors. */
export interface Child {
  readonly name: string;
  /** Process id (0 if it could not start). */
  readonly pid: number;
  /** Why the process is gone, or undefined while it runs. */
  exitReason(): string | undefined;
  /** The last lines it printed. */
  tail(): string;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills what is still running when the bench itself is interrupted or fails. */
function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
}
process.once('exit', killAll);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(code);
  });
}

export function startChild(options: {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
}): Child {
  const log: WriteStream = createWriteStream(options.logFile, { flags: 'w' });
  const lines: string[] = [];
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let exitReason: string | undefined;
  const remember = (chunk: Buffer): void => {
    log.write(chunk);
    lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== ''),
    );
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  child.on('error', (error) => {
    exitReason = `could not start: ${error.message}`;
  });
  child.on('exit', (code, signal) => {
    running.delete(child);
    exitReason ??= signal ? `killed by ${signal}` : `exited with code ${code}`;
  });

  return {
    name: options.name,
    pid: child.pid ?? 0,
    exitReason: () => exitReason,
    tail: () => lines.join('\n'),
    async stop(graceMs = 10000): Promise<void> {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const cancel = new AbortController();
        const timer = sleep(graceMs, 'timeout' as const, { signal: cancel.signal }).catch(() => 'cancelled' as const);
        const first = await Promise.race([exited, timer]);
        cancel.abort();
        if (first === 'timeout') {
          child.kill('SIGKILL');
          await exited;
        }
      }
      log.end();
    },
  };
}
