import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Core } from '../core/index.js';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors.js';
import { errorText, sv } from './strings.js';

function toErrorShape(err: unknown): ApiErrorShape {
  if (err instanceof ApiError) return err.toShape();
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}

/**
 * Opens a board file whose path came from main itself (--db or the open dialog). Core announces
 * the change as a 'board.changed' event, which reaches the window like any other; a failure is
 * shown in a dialog in Swedish, with the file name, and the previous board stays open.
 */
export function openBoardPath(core: Core, filePath: string, parent: BrowserWindow | null): boolean {
  try {
    core.openBoardFile(filePath);
    return true;
  } catch (err) {
    const detail = `${errorText(toErrorShape(err))}\n\n${filePath}`;
    if (parent) void dialog.showMessageBox(parent, { type: 'error', title: sv.openFailedTitle, message: sv.openFailedTitle, detail });
    else dialog.showErrorBox(sv.openFailedTitle, detail);
    return false;
  }
}

/** Arkiv → Öppna händelsefil…: the only way a path chosen in the UI reaches core. */
export async function openBoardWithDialog(core: Core, parent: BrowserWindow | null): Promise<void> {
  const options: OpenDialogOptions = {
    title: sv.openBoardTitle,
    properties: ['openFile'],
    filters: [
      { name: sv.boardFiles, extensions: ['samlad'] },
      { name: sv.allFiles, extensions: ['*'] },
    ],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const chosen = result.filePaths[0];
  if (result.canceled || chosen === undefined) return;
  openBoardPath(core, chosen, parent);
}
