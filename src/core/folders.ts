// Creating the missing folders above a file the tool writes (the database, an export): bounded, never spinning.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Missing parent folders created before giving up: a deeper missing tree is a typo, not a layout. */
const MAX_MISSING_PARENTS = 32;

/** Why the folders above a file could not be made; `folder` is the one that failed. */
export class FolderError extends Error {
  readonly folder: string;
  constructor(folder: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FolderError';
    this.folder = folder;
  }
}

/** A file-system error in the user's terms ("permission denied" rather than "EACCES: …"). */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return (err as Error | null)?.message ?? String(err);
  }
}

/**
 * Creates the missing parent folders of `path` one level at a time. Node's recursive mkdirSync loops forever on
 * pseudo file systems such as /proc (it retries the parent endlessly), so each level is created non-recursively
 * and the first failure is reported as it is.
 */
export function createParentFolders(path: string): void {
  const missing: string[] = [];
  for (let dir = dirname(resolve(path)); !existsSync(dir); dir = dirname(dir)) {
    if (dir === dirname(dir) || missing.length >= MAX_MISSING_PARENTS) {
      throw new FolderError(dir, `cannot create the folder of ${path}: too many missing folders above it`);
    }
    missing.unshift(dir);
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue; // created meanwhile by another process
      throw new FolderError(dir, `cannot create folder ${dir}: ${fsReason(err)}`, { cause: err });
    }
  }
}
