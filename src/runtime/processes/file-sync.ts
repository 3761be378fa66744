// One process's side of the run's shared filesystem (shared-files.ts). As on an OS, what a
// process wrote is there for the others once they hear from it: its changes go out before each
// message it sends (a put, a pipe send, its exit), and the changes others send come in before
// the messages they sent after them. Only a process that changed something pays: the
// filesystem's own hooks say when a shared file is written, made, moved or removed.
import type { PyodideAPI } from 'pyodide';
import { apply, changesSince, isEmpty, isShared, merged, replaceWith, snapshot, type FileSet } from './shared-files.ts';

type FS = PyodideAPI['FS'];
const O_ACCMODE = 3; // O_WRONLY | O_RDWR: an open for writing (it may truncate)

export class FileSync {
  private readonly fs: FS;
  /** The shared files as the other processes know them (null: this process shares nothing yet). */
  private base: FileSet | null = null;
  private dirty = false;
  /** Writes that come from another process are not this one's changes. */
  private applying = false;

  constructor(fs: FS) {
    this.fs = fs;
    const delegate = (fs as unknown as { trackingDelegate: Record<string, (...a: never[]) => void> }).trackingDelegate;
    const touched = (path: string) => { if (!this.applying && isShared(path)) this.dirty = true; };
    delegate.onWriteToFile = touched;
    delegate.onDeletePath = touched;
    delegate.onMakeDirectory = touched;
    delegate.onMakeSymlink = (_target: string, path: string) => touched(path);
    delegate.onMovePath = (from: string, to: string) => { touched(from); touched(to); };
    delegate.onOpenFile = (path: string, flags: number) => { if (flags & O_ACCMODE) touched(path); };
  }

  /** A run starts: a child with its parent's files, the main process with none shared yet. */
  begin(start: FileSet | null): void {
    this.base = null;
    this.dirty = false;
    if (start) {
      this.quietly(() => replaceWith(this.fs, start));
      this.base = start;
    }
  }

  /** What a new child starts with; from then on this process shares its changes. */
  forChild(): FileSet {
    const now = snapshot(this.fs);
    this.base ??= now;
    return now;
  }

  /** This process's changes since the others last heard, which they now will (undefined: none). */
  changes(): FileSet | undefined {
    if (!this.base || !this.dirty) return undefined;
    this.dirty = false;
    const changes = changesSince(this.fs, this.base);
    if (isEmpty(changes)) return undefined;
    this.base = merged(this.base, changes);
    return changes;
  }

  /** Another process's changes. */
  receive(changes: FileSet): void {
    this.quietly(() => apply(this.fs, changes));
    if (this.base) this.base = merged(this.base, changes);
  }

  private quietly(write: () => void): void {
    this.applying = true;
    try {
      write();
    } finally {
      this.applying = false;
    }
  }
}
