/** The operating-system services the app needs; Electron's in platform.ts, the web harness's stand-in in harness/. */
export interface Platform {
  userDataDir(): string;
  openExternal(url: string): void;
  showInFolder(file: string): void;
}
