import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serve } from '../../electron/cli/serve.js';
import { CliError } from '../../electron/cli/args.js';
import { translator } from '../../electron/cli/messages.js';
import type { Io } from '../../electron/cli/commands.js';
import { firstFrame, pair, rawSeat } from './room-fixture.js';
import { tempDir } from './helpers.js';

/** `samlad serve ARGS` in this process, in English, until `stop` is called. */
function serveHere(args: string[]) {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Samlad</title>');
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), tr: translator('en'), stdoutIsTerminal: false };
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((done) => {
    stop = done;
  });
  const running = serve(['--data-dir', join(dir, 'data'), ...args], io, { rendererDir, resourcesDir: join(dir, 'resources') }, () => stopped);
  return { out, err, running, stop, dir };
}

describe('samlad serve --share', () => {
  it('starts sharing, prints where seats pair and a code per kind on stderr, and never a seat’s token', async () => {
    const run = serveHere(['--share', '--seat-idle-minutes', '90']);
    await vi.waitFor(() => expect(run.err.some((l) => l.startsWith('Sharing is on'))).toBe(true));
    const sharing = run.err.find((l) => l.startsWith('Sharing is on')) ?? '';
    const port = Number(/:(\d+)/.exec(sharing)?.[1]);
    const logkeeper = run.err.find((l) => l.includes('Log keeper')) ?? '';
    const code = /([A-Z2-9]{3}-[A-Z2-9]{3})/.exec(logkeeper)?.[1] ?? '';
    for (const kind of ['Crisis lead', 'Log keeper', 'Communicator', 'Liaison', 'Wall display']) expect(run.err.join('\n')).toContain(kind);
    const paired = await pair(port, code, 'Anna Berg');
    expect(paired.status).toBe(200);
    const token = String(paired.body.token);
    const seat = await rawSeat(port, token);
    expect(await firstFrame(seat)).toMatchObject({ hello: { seat: { kind: 'logkeeper', name: 'Anna Berg' } } });
    seat.ws.close();
    run.stop();
    expect(await run.running).toBe(0);
    const everything = [...run.out, ...run.err].join('\n');
    expect(everything).not.toContain(token);
    // The staff address is still the first stdout line, for scripts and npm start.
    expect(run.out[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('speaks HTTPS on the shared listener with --tls-cert and --tls-key', async () => {
    const dir = tempDir();
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=samlad'], { stdio: 'ignore' });
    const run = serveHere(['--share', '--tls-cert', cert, '--tls-key', key]);
    await vi.waitFor(() => expect(run.err.some((l) => l.startsWith('Sharing is on'))).toBe(true));
    const sharing = run.err.find((l) => l.startsWith('Sharing is on')) ?? '';
    expect(sharing).toMatch(/https:\/\//);
    const port = Number(/:(\d+)/.exec(sharing)?.[1]);
    // The code lines under "Sharing is on" ("  Wall display    K7M-4QP  https://…"), not the host's
    // own wall address, whose random token can hold a run that looks like a code.
    const code = run.err.map((l) => /^\s+Wall display\s+([A-Z2-9]{3}-[A-Z2-9]{3})\s/.exec(l)?.[1]).find((c) => c !== undefined) ?? '';
    expect((await pair(port, code, 'Väggen', true)).body).toMatchObject({ kind: 'wall' });
    run.stop();
    await run.running;
  });

  it('refuses bad share flags before anything listens', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'junk.pem'), 'not a certificate');
    const cases: [string[], string][] = [
      [['--share-port', '70000'], 'bad_share_port'],
      [['--share-port', '-1'], 'option_needs_value'],
      [['--seat-idle-minutes', '0'], 'bad_idle_minutes'],
      [['--seat-idle-minutes', 'lång'], 'bad_idle_minutes'],
      [['--tls-cert', join(dir, 'junk.pem')], 'tls_pair'],
      [['--tls-cert', join(dir, 'junk.pem'), '--tls-key', join(dir, 'junk.pem')], 'tls_invalid'],
      [['--tls-cert', join(dir, 'none.pem'), '--tls-key', join(dir, 'none.pem')], 'file_missing'],
    ];
    for (const [args, key] of cases) {
      const run = serveHere(args);
      await expect(run.running, args.join(' ')).rejects.toSatisfy((e: unknown) => e instanceof CliError && e.key === key);
      expect(translator('sv').t(key, { value: 'x', reason: 'x', path: 'x', option: 'x' })).not.toBe(key);
    }
  });
});
