import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Ack {
  seq: number;
  text: string;
}

export interface Writer {
  child: ChildProcess;
  acks: Ack[];
  /** Resolves once the first ack arrived (the writer is up and committing). */
  started: Promise<void>;
  exited: Promise<number | null>;
}

/** Spawns tests/fixtures/append-loop.ts, collecting every acknowledged entry. */
export function startWriter(file: string, tag: string, count?: number): Writer {
  const args = ['--import', 'tsx', 'tests/fixtures/append-loop.ts', file, tag];
  if (count !== undefined) args.push(String(count));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const acks: Ack[] = [];
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  if (!child.stdout) throw new Error('writer has no stdout');
  createInterface({ input: child.stdout }).on('line', (line) => {
    const m = /^ack (\d+) (\S+) (\d+)$/.exec(line);
    if (!m) return;
    acks.push({ seq: Number(m[1]), text: `${m[2]} ${m[3]}` });
    markStarted();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(`writer ${tag} exited ${code}: ${stderr}\n`);
      markStarted();
      resolve(code);
    });
  });
  return { child, acks, started, exited };
}
