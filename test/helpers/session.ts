import { afterEach } from 'vitest';
import path from 'node:path';
import { AppSession } from '../../electron/core/app/session';
import { handlers } from '../../electron/core/handlers';
import { createDispatcher } from '../../electron/ipc';
import type { Dispatch } from '../../electron/ipc';
import { makeTempDir } from './tempDir';

/** A real session on a fresh database file, and the same dispatcher Electron and the harness use. */
export async function openTestSession(): Promise<{ session: AppSession; dispatch: Dispatch; logged: unknown[]; dir: string }> {
  const dir = makeTempDir();
  const session = new AppSession({ dbFile: path.join(dir, 'data', 'satgas.db'), appVersion: '0.0.0-test' });
  await session.open();
  const logged: unknown[] = [];
  const dispatch = createDispatcher(handlers, { session }, (e) => logged.push(e));
  return { session, dispatch, logged, dir };
}

/** For a test file: `const start = sessionPerTest();` then `await start()` in each test; closed after each. */
export function sessionPerTest(): () => ReturnType<typeof openTestSession> {
  let open: AppSession | null = null;
  afterEach(() => {
    open?.close();
    open = null;
  });
  return async () => {
    const t = await openTestSession();
    open = t.session;
    return t;
  };
}
