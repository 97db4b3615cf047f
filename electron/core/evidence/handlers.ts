import fs from 'node:fs';
import { UserError } from '../errors';
import type { AreaHandlers } from '../handlerTypes';
import type { evidenceContract } from './contract';
import { getEvidenceItem } from './service';
import { evidenceDirOf, readStoredFile, storedPathOf } from './store';
import { writePreview } from '../documents/preview';

export const evidenceHandlers: AreaHandlers<typeof evidenceContract> = {
  'evidence.open': async ({ id }, { workspace, platform }) => {
    const item = workspace.db().read((q) => getEvidenceItem(q, id));
    if (item.kind === 'link') {
      platform.openExternal(item.url!);
      return { opened: true };
    }
    const dir = evidenceDirOf(workspace.options.dbFile);
    const file = storedPathOf(dir, item.sha256!, item.ext);
    if (!fs.existsSync(file)) throw new UserError('evidence-file-missing', { file: item.originalName });
    const key = workspace.dataKeyOrNull();
    if (!key) return { opened: await platform.openPath(file) };
    // under a passphrase: the viewer gets a decrypted copy in the preview folder (cleared with the previews)
    const plain = readStoredFile(dir, item.sha256!, item.ext, key);
    return { opened: await platform.openPath(writePreview({ platform }, `bukti-${item.sha256!.slice(0, 12)}.${item.ext}`, plain)) };
  },
};
