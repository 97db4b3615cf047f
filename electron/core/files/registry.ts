// File references: the main process keeps the path of every file the user chose (or the app saved) under a
// random id, and only the id crosses to the renderer. A reference not issued by this process is refused, so the
// renderer can never name an arbitrary path.
import path from 'node:path';
import { KeyedStore } from '../app/keyedStore';

export interface FileEntry {
  path: string;
  name: string;
}

export class FileRefs {
  private readonly store = new KeyedStore<FileEntry>(1000, 'file-ref-unknown');

  add(file: string): string {
    return this.store.add({ path: file, name: path.basename(file) });
  }

  get(ref: string): FileEntry {
    return this.store.get(ref);
  }
}
