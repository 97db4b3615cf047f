// The platform stand-in for the web harness. The browser tab is the window, so: a file "chosen" is one the page
// uploaded just before (the bridge shows the browser's file picker, then uploads into a temp folder); a file
// "saved" goes to the harness's downloads folder (the page fetches it when the user opens it); links and
// "show in folder" are only logged.
import fs from 'node:fs';
import path from 'node:path';
import type { PaperSize } from '../core/documents/types';
import { DEFAULT_IDLE_MINUTES } from '../core/privacy/findingsLock';
import type { Platform } from '../core/platform/port';
import { OpenedFiles } from '../core/files/openedFiles';
import { loggedOrigin } from '../host/security';
import { removeUpload } from './tempDirs';
import { ui } from '../shared/messages';

export interface HarnessPlatform extends Platform {
  /** files the page has uploaded for the next chooseFiles() or chooseFolder() */
  queueUpload(file: string): void;
  /** the name of the folder the page's next uploads came from */
  queueFolderName(name: string): void;
  /** a backup file "double-clicked" (the e2e test's stand-in for Explorer starting the app with it) */
  queueOpened(file: string): void;
  readonly uploadsDir: string;
  readonly downloadsDir: string;
}

/** A name safe to create in a folder of ours: no separators, no reserved characters, not too long. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_').trim().slice(-150);
  return cleaned || ui.files.defaultName;
}

function freePath(dir: string, name: string): string {
  const ext = path.extname(name);
  const base = name.slice(0, name.length - ext.length);
  for (let i = 1; ; i++) {
    const candidate = path.join(dir, i === 1 ? name : `${base} (${i})${ext}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

export function harnessPlatform(dataDir: string, tempDir: string, log: (line: string) => void = () => {}): HarnessPlatform {
  const uploads: string[] = [];
  const opened = new OpenedFiles();
  const uploadsDir = path.join(tempDir, 'unggahan');
  const downloadsDir = path.join(tempDir, 'unduhan');
  // the harness's stand-in for electron-store: this run's choice, in memory
  let paper: PaperSize = 'A4';
  let idle = DEFAULT_IDLE_MINUTES;
  let folderName: string | null = null;
  return {
    uploadsDir,
    downloadsDir,
    queueUpload: (file) => uploads.push(file),
    userDataDir: () => dataDir,
    chooseFiles: async ({ multiple }) => {
      const chosen = uploads.splice(0);
      return multiple ? chosen : chosen.slice(0, 1);
    },
    // the page uploaded a folder's files (the browser's folder picker): they are moved into one folder, named
    // as the page's folder was
    chooseFolder: async () => {
      const chosen = uploads.splice(0);
      if (chosen.length === 0) return null;
      const folder = path.join(uploadsDir, `folder-${Date.now()}-${Math.random().toString(16).slice(2)}`, safeFileName(folderName ?? ui.files.defaultFolder));
      fs.mkdirSync(folder, { recursive: true });
      for (const file of chosen) fs.renameSync(file, freePath(folder, path.basename(file)));
      folderName = null;
      return folder;
    },
    queueFolderName: (name) => {
      folderName = name;
    },
    chooseSavePath: async ({ suggestedName }) => {
      fs.mkdirSync(downloadsDir, { recursive: true });
      return freePath(downloadsDir, safeFileName(suggestedName));
    },
    openPath: async (file) => {
      // the kind of file only: a file's name can carry a person's name (an evidence file, an export)
      log(`openPath ${path.extname(file) || '(no extension)'}`);
      return true;
    },
    showInFolder: (file) => log(`showInFolder ${path.extname(file) || '(no extension)'}`),
    openExternal: (url) => log(`openExternal ${loggedOrigin(url)}`),
    paperSize: () => paper,
    setPaperSize: (p) => {
      paper = p;
    },
    idleMinutes: () => idle,
    setIdleMinutes: (m) => {
      idle = m;
    },
    setDatabasePath: (file) => log(`databasePath ${file}`),
    queueOpened: (file) => {
      opened.offer([file]);
    },
    takeOpenedFile: () => opened.take(),
    releaseChosen: (file) => removeUpload(uploadsDir, file),
  };
}
