// Parsed files waiting for the user's "Impor": kept in memory by preview id (the few most recent only).
// The plan is computed again at commit time, so a roster edited in between is compared as it is then.
import { KeyedStore } from '../../../app/keyedStore';
import type { ParsedRoster } from '..';

export interface PendingImport {
  fileName: string;
  parsed: ParsedRoster;
}

export class PreviewStore extends KeyedStore<PendingImport> {
  constructor() {
    super(3, 'import-preview-expired');
  }
}
