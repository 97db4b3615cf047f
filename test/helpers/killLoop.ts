// Crash tests' one move: run a child that prints a line after each finished unit of work (`committed N`,
// `changed N`), and kill it with SIGKILL a random moment after the first such line. Resolves the numbers it
// reported before it died.
import { spawn } from 'node:child_process';

export function runAndKill(childJs: string, args: readonly string[], reported: RegExp, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const numbers: number[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const m = reported.exec(line);
        if (m) numbers.push(Number(m[1]));
        if (m && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(numbers) : reject(new Error(`child ended without being killed: ${stderr}`))));
  });
}
