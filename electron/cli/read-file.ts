import { readFileSync, statSync } from 'node:fs';
import { CliError } from './args.js';

/** A text file the user named, refused before reading when it is missing or larger than max bytes. */
export function readBoundedText(path: string, max: number): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CliError('file_missing', { path }, 1);
  }
  if (size > max) throw new CliError('file_too_big', { path, max }, 1);
  return readFileSync(path, 'utf8');
}
