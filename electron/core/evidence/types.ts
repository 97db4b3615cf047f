import type { EvidenceFileKind } from './fileType';

/** One piece of evidence as the screens see it: a stored file or a link. */
export interface EvidenceItem {
  id: number;
  kind: 'file' | 'link';
  sha256: string | null;
  url: string | null;
  originalName: string;
  size: number;
  mime: string;
  ext: string;
  fileKind: EvidenceFileKind | null;
  caption: string;
  addedAt: string;
}
