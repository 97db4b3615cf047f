import fs from 'node:fs';
import { UserError } from '../errors';
import type { AreaHandlers } from '../handlerTypes';
import type { evidenceContract } from './contract';
import { getEvidenceItem } from './service';
import { evidenceDirOf, storedPathOf } from './store';

export const evidenceHandlers: AreaHandlers<typeof evidenceContract> = {
  'evidence.open': async ({ id }, { workspace, platform }) => {
    const item = workspace.db().read((q) => getEvidenceItem(q, id));
    if (item.kind === 'link') {
      platform.openExternal(item.url!);
      return { opened: true };
    }
    const file = storedPathOf(evidenceDirOf(workspace.options.dbFile), item.sha256!, item.ext);
    if (!fs.existsSync(file)) throw new UserError('evidence-file-missing', { file: item.originalName });
    return { opened: await platform.openPath(file) };
  },
};
