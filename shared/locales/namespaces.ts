import enActors from './en/actors.json';
import enBoard from './en/board.json';
import enCli from './en/cli.json';
import enErrors from './en/errors.json';
import enMap from './en/map.json';
import enMessages from './en/messages.json';
import enReports from './en/reports.json';
import enRecord from './en/record.json';
import enRoom from './en/room.json';
import enSession from './en/session.json';
import enWall from './en/wall.json';
import svActors from './sv/actors.json';
import svBoard from './sv/board.json';
import svCli from './sv/cli.json';
import svErrors from './sv/errors.json';
import svMap from './sv/map.json';
import svMessages from './sv/messages.json';
import svReports from './sv/reports.json';
import svRecord from './sv/record.json';
import svRoom from './sv/room.json';
import svSession from './sv/session.json';
import svWall from './sv/wall.json';

/**
 * Every locale namespace, listed once: the UI (renderer/src/i18n) and the CLI's translator both
 * read this. A capability's strings are one file per language in shared/locales/{sv,en}/ and one
 * entry here. Imported statically so Vite and esbuild both bundle them, and a missing file fails
 * the build; sv and en having the same keys is checked by tests/unit/locales.test.ts.
 */
export const NAMESPACES = {
  board: { sv: svBoard, en: enBoard },
  errors: { sv: svErrors, en: enErrors },
  session: { sv: svSession, en: enSession },
  record: { sv: svRecord, en: enRecord },
  messages: { sv: svMessages, en: enMessages },
  reports: { sv: svReports, en: enReports },
  cli: { sv: svCli, en: enCli },
  map: { sv: svMap, en: enMap },
  actors: { sv: svActors, en: enActors },
  wall: { sv: svWall, en: enWall },
  room: { sv: svRoom, en: enRoom },
} as const;

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Namespace = keyof typeof NAMESPACES;
export const NAMESPACE_NAMES = Object.keys(NAMESPACES) as Namespace[];

/** One language's strings, namespace by namespace (Swedish's shape: the source language). */
export type Catalog = { [N in Namespace]: (typeof NAMESPACES)[N]['sv'] };

/** Every namespace of one language, as i18next takes its resources. */
export function catalog(lang: Language): { [N in Namespace]: (typeof NAMESPACES)[N][Language] } {
  const out: Partial<Record<Namespace, unknown>> = {};
  for (const ns of NAMESPACE_NAMES) out[ns] = NAMESPACES[ns][lang];
  return out as { [N in Namespace]: (typeof NAMESPACES)[N][Language] };
}
