// Starts `scripts/serve-demo.mjs` as a child process on a free port of 127.0.0.1, for the screenshot
// script and the demo test, and stops it cleanly. No dependencies: node:child_process and node:net.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const serverScript = fileURLToPath(new URL('./serve-demo.mjs', import.meta.url));

/** A port that is free on 127.0.0.1 right now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** One attempt: resolves when the server says it listens, rejects if it exits first or is silent. */
function launch(port, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverScript], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      if (output.includes(`http://127.0.0.1:${port}/`)) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(child);
      }
    };
    const onExit = (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the demo server exited (${signal ?? code}) before listening:\n${output}`));
    };
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      child.kill('SIGKILL');
      reject(new Error(`the demo server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('exit', onExit);
  });
}

/**
 * Starts the demo server. Returns its origin (`http://127.0.0.1:PORT`) and `stop()`, which ends the
 * child process and waits for it. Retries on another port if the one picked was taken meanwhile.
 */
export async function startDemoServer({ attempts = 3, timeoutMs = 10_000 } = {}) {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    const port = await freePort();
    let child;
    try {
      child = await launch(port, timeoutMs);
    } catch (e) {
      lastError = e;
      continue;
    }
    let stopping;
    const stop = () =>
      (stopping ??= new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }));
    return { origin: `http://127.0.0.1:${port}`, port, stop };
  }
  throw lastError;
}
