// Small helpers for running and supervising child processes from the project's scripts.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

// Colour escapes, taken out of what a failed command printed.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * Runs a command with its output kept, not shown (colour asked off, and taken out): on failure the error carries the
 * output's last lines.
 */
export function runQuietly(command, args, { cwd, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve();
      const tail = Buffer.concat(output).toString('utf8').replace(ANSI, '').trimEnd().split('\n').slice(-40).join('\n');
      reject(Object.assign(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}:\n${tail}`), { exitCode: code ?? 1 }));
    });
  });
}

/** Runs a command to completion, inheriting stdio; rejects with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(Object.assign(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`), { exitCode: code ?? 1 })),
    );
  });
}

/** Starts a long-running service; its output goes to a log file and, prefixed, to the console. */
export function startService(name, command, args, { env, cwd, logFile, echo = true }) {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (chunk) => {
    log.write(chunk);
    if (echo) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) process.stdout.write(`[${name}] ${line}\n`);
    }
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  return {
    name,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          log.end();
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Polls a URL until it answers 2xx. */
export async function waitForHttp(url, timeoutMs = 120_000, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`${url}: the process serving it exited`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
