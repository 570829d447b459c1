// Types of electron-binary.mjs, for the TypeScript tests that share its lookup.
export declare const ROOT: string;
export declare function electronVersion(root?: string): string;
export declare function findElectronBinary(root?: string): string | null;
export declare function tryInstallElectron(root?: string, timeoutMs?: number): boolean;
export declare function electronNativeDir(root?: string, version?: string): string;
export declare function electronNativeBinding(root?: string, version?: string): string;
export declare function prepareElectronNative(root?: string, log?: (line: string) => void): string | null;
export declare function isElectronNativeReady(root?: string, version?: string): boolean;
export declare function startModeHere(root?: string): 'desktop' | 'desktop-after-native-build' | 'browser';
