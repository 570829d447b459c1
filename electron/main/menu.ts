import { Menu, type MenuItemConstructorOptions } from 'electron';
import { sv } from './strings.js';

export interface MenuActions {
  openBoard: () => void;
  /** Reload and devtools are for developers: not in a packaged app. */
  developer: boolean;
  isMac: boolean;
}

/** Kept small: everything the staff do happens in the window, the menu only opens files. */
export function buildMenu({ openBoard, developer, isMac }: MenuActions): Menu {
  const view: MenuItemConstructorOptions[] = [{ role: 'togglefullscreen', label: sv.fullScreen }];
  if (developer) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: sv.reload },
      { role: 'toggleDevTools', label: sv.devTools },
    );
  }
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: sv.fileMenu,
      submenu: [
        { label: sv.openBoard, accelerator: 'CmdOrCtrl+O', click: openBoard },
        { type: 'separator' },
        { role: 'quit', label: sv.quit },
      ],
    },
    // Without an edit menu macOS gives text fields no copy/paste shortcuts; the log keeper needs them.
    { role: 'editMenu', label: sv.editMenu },
    { label: sv.viewMenu, submenu: view },
  ];
  return Menu.buildFromTemplate(template);
}
