// The application menu, in Indonesian. Built as plain data so a test can read it.
import type { MenuItemConstructorOptions } from 'electron';
import { ui } from '../shared/messages';

export function menuTemplate(): MenuItemConstructorOptions[] {
  const m = ui.menu;
  return [
    { label: m.file, submenu: [{ label: m.quit, role: 'quit' }] },
    {
      label: m.edit,
      submenu: [
        { label: m.undo, role: 'undo' }, { label: m.redo, role: 'redo' }, { type: 'separator' },
        { label: m.cut, role: 'cut' }, { label: m.copy, role: 'copy' }, { label: m.paste, role: 'paste' },
        { label: m.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: m.view,
      submenu: [
        { label: m.reload, role: 'reload' }, { type: 'separator' },
        { label: m.zoomIn, role: 'zoomIn' }, { label: m.zoomOut, role: 'zoomOut' }, { label: m.resetZoom, role: 'resetZoom' },
        { type: 'separator' }, { label: m.fullscreen, role: 'togglefullscreen' },
      ],
    },
    { label: m.window, submenu: [{ label: m.minimize, role: 'minimize' }, { label: m.close, role: 'close' }] },
  ];
}
