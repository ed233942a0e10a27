// What the child processes of the multi-process tests share: waiting for the parent's go-ahead on stdin.
import readline from 'node:readline';

/** Resolves when the parent writes one line to this process's stdin (its "go" or "flush"). */
export async function waitForParent(): Promise<void> {
  const input = readline.createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => input.once('line', () => resolve()));
  input.close();
}
