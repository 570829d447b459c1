declare const SAMLAD_VERSION: string | undefined;

/** The app's version, put in by the build (esbuild and Vite `define`); "dev" when run from source. */
export const APP_VERSION: string = typeof SAMLAD_VERSION === 'string' ? SAMLAD_VERSION : 'dev';
