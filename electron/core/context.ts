// One CallContext per process (Electron main, web harness, tests): the workspace and platform given, the job
// registry and file references made here.
import { JobRegistry } from './app/jobs';
import type { Workspace } from './app/workspace';
import { FileRefs } from './files/registry';
import type { CallContext } from './handlerTypes';
import type { Platform } from './platform/port';

export function createCallContext(workspace: Workspace, platform: Platform, log?: (e: unknown) => void): CallContext {
  return { workspace, platform, jobs: new JobRegistry(log, (file) => platform.releaseChosen?.(file)), files: new FileRefs() };
}
