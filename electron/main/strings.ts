import svErrors from '../../shared/locales/sv/errors.json';
import type { ApiErrorShape, ErrorCode } from '../../shared/api/errors.js';
import { fillTemplate } from '../../shared/locales/fill.js';

// The few words main shows itself (menus, dialogs). The UI proper is the renderer's and lives in
// shared/locales; error texts are taken from there so a dialog says what the UI would say.
export const sv = {
  fileMenu: 'Arkiv',
  openBoard: 'Öppna händelsefil…',
  quit: 'Avsluta',
  editMenu: 'Redigera',
  viewMenu: 'Visa',
  fullScreen: 'Helskärm',
  reload: 'Läs om',
  devTools: 'Utvecklarverktyg',
  openBoardTitle: 'Öppna händelsefil',
  boardFiles: 'Samlad-händelse',
  allFiles: 'Alla filer',
  openFailedTitle: 'Händelsefilen kunde inte öppnas',
} as const;

const errorTexts: Readonly<Record<ErrorCode, string>> = svErrors;

/** The Swedish text of an API error, with {{name}} filled from its details. */
export function errorText(error: ApiErrorShape): string {
  const template = errorTexts[error.code];
  return fillTemplate(template, error.details);
}
