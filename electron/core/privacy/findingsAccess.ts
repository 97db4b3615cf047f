// Whether "Temuan" is unlocked in this running app: in memory only (in the Workspace), never stored. Opened by
// the passphrase (privacy.unlockFindings), closed when the user leaves Temuan, at the lock screen, when the data
// is closed, and by itself after the PC's idle minutes without a findings call.
export class FindingsAccess {
  private lastUsed: number | null = null;

  open(now: number): void {
    this.lastUsed = now;
  }

  close(): void {
    this.lastUsed = null;
  }

  /** Whether it is open at `now` (an expired access is closed); unlike use(), not counted as activity. */
  isOpenAt(now: number, idleMs: number): boolean {
    if (this.lastUsed !== null && now - this.lastUsed > idleMs) this.lastUsed = null;
    return this.lastUsed !== null;
  }

  /** True when open and used within `idleMs` (the use counts as activity); an expired access is closed. */
  use(now: number, idleMs: number): boolean {
    if (this.lastUsed === null) return false;
    if (now - this.lastUsed > idleMs) {
      this.lastUsed = null;
      return false;
    }
    this.lastUsed = now;
    return true;
  }
}
