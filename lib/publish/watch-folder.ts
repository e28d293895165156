/**
 * Notices changes under a folder: one fs.watch (inotify) per directory, subfolders
 * included, hidden ones (.git) left out. An event only says "something changed": the
 * publisher then waits for the files to settle and reads the folder. Directories made
 * later are watched from the next sync(); when watching fails (the folder is gone, no
 * inotify watches left) sync() says so and the publisher polls instead.
 */
import fs from 'node:fs';
import path from 'node:path';

export class FolderWatcher {
  private watchers = new Map<string, fs.FSWatcher>();

  constructor(
    private readonly dir: string,
    private readonly onChange: () => void,
  ) {}

  /** Watch every directory under the folder now; false when the folder or one of them could not be watched. */
  sync(): boolean {
    const { folders, readable } = this.folders();
    for (const [folder, watcher] of this.watchers) {
      if (!folders.includes(folder)) {
        watcher.close();
        this.watchers.delete(folder);
      }
    }
    let complete = readable;
    for (const folder of folders) {
      if (this.watchers.has(folder)) continue;
      try {
        const watcher = fs.watch(folder, { persistent: false }, () => this.onChange());
        // A watched folder removed or unreadable: forget it; the publisher syncs again.
        watcher.on('error', () => {
          watcher.close();
          this.watchers.delete(folder);
          this.onChange();
        });
        this.watchers.set(folder, watcher);
      } catch {
        complete = false; // ENOSPC (inotify limit) or gone meanwhile: the caller polls
      }
    }
    return complete;
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  /** The folder and every directory under it that can be read, and whether all could. */
  private folders(): { folders: string[]; readable: boolean } {
    const folders: string[] = [];
    let readable = true;
    const walk = (folder: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(folder, { withFileTypes: true });
      } catch {
        readable = false; // gone or unreadable: not watched, and the caller polls
        return;
      }
      folders.push(folder);
      for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith('.')) walk(path.join(folder, entry.name));
    };
    walk(this.dir);
    return { folders, readable };
  }
}
