// Ctrl+F (⌘F) on a screen: to its own search box, its text selected, unless a dialog is open.
import { useEffect } from 'react';
import type { RefObject } from 'react';

export function useSearchShortcut(searchRef: RefObject<HTMLInputElement | null>, dialogOpen: boolean): void {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (dialogOpen || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'f') return;
      e.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialogOpen, searchRef]);
}
