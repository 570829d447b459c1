import { spawn } from 'node:child_process';

/**
 * Asks the system to open a URL in the default browser. Resolves false when that cannot work
 * (no display on Linux, no opener program, the opener failed), so the caller can say so.
 */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  // Without a display, xdg-open falls back to a text browser that would take over this terminal.
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return Promise.resolve(false);
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? // rundll32, not `cmd /c start`: no shell parses the '&' and '?' in the URL.
          ['rundll32', ['url.dll,FileProtocolHandler', url]]
        : ['xdg-open', [url]];
  return new Promise((done) => {
    try {
      const opener = spawn(command, args, { stdio: 'ignore', detached: true });
      opener.once('error', () => done(false));
      opener.once('exit', (code) => done(code === 0));
      opener.unref();
    } catch {
      done(false);
    }
  });
}
