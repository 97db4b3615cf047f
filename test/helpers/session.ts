import { afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workspace } from '../../electron/core/app/workspace';
import type { WorkspaceOptions } from '../../electron/core/app/workspace';
import type { ChosenFile } from '../../electron/core/contract';
import { createCallContext } from '../../electron/core/context';
import { handlers } from '../../electron/core/handlers';
import type { CallContext } from '../../electron/core/handlerTypes';
import type { OpenKind } from '../../electron/core/platform/port';
import { createDispatcher } from '../../electron/host/dispatcher';
import type { Dispatch } from '../../electron/host/dispatcher';
import type { HarnessPlatform } from '../../electron/harness/platform';
import { harnessPlatform } from '../../electron/harness/platform';
import { makeTempDir } from './tempDir';

export interface TestWorkspace {
  workspace: Workspace;
  ctx: CallContext;
  dispatch: Dispatch;
  logged: unknown[];
  dir: string;
  platform: HarnessPlatform;
  /** writes the bytes to a file and "chooses" it as the user would (the platform's chooser), giving its reference */
  choose(name: string, bytes: Buffer | string, kind?: OpenKind): Promise<ChosenFile>;
}

/** A real workspace on a fresh database file, and the same dispatcher Electron and the harness use; the
 * platform is the harness's stand-in (files chosen from a queue, saves into a temp downloads folder). */
export async function openTestSession(options: Partial<WorkspaceOptions> = {}): Promise<TestWorkspace> {
  const dir = makeTempDir();
  const workspace = new Workspace({ dbFile: path.join(dir, 'data', 'satgas.db'), appVersion: '0.0.0-test', ...options });
  await workspace.open();
  const logged: unknown[] = [];
  const platform = harnessPlatform(path.join(dir, 'data'), path.join(dir, 'tmp'));
  const ctx = createCallContext(workspace, platform, (e) => logged.push(e));
  const dispatch = createDispatcher(handlers, ctx, (e) => logged.push(e));
  const choose = async (name: string, bytes: Buffer | string, kind: OpenKind = 'roster'): Promise<ChosenFile> => {
    const folder = path.join(dir, 'chosen', String(Math.random()).slice(2));
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, name);
    fs.writeFileSync(file, bytes);
    platform.queueUpload(file);
    const r = await dispatch('files.choose', { kind });
    if (!r.ok) throw new Error(`files.choose failed: ${JSON.stringify(r.error)}`);
    return (r.value as ChosenFile[])[0]!;
  };
  return { workspace, ctx, dispatch, logged, dir, platform, choose };
}

/** For a test file: `const start = sessionPerTest();` then `await start()` in each test; closed after each. */
export function sessionPerTest(): () => Promise<TestWorkspace> {
  let open: Workspace | null = null;
  afterEach(() => {
    open?.close();
    open = null;
  });
  return async () => {
    const t = await openTestSession();
    open = t.workspace;
    return t;
  };
}
