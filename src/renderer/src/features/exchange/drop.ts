import type { ImportSource } from '../../../../core/api/contract';

/**
 * What was dropped on the window, as an import source: one file's bytes, or a folder's CSV files.
 * The page cannot know a dropped file's path, so the bytes go to the engine.
 */
export async function sourceOfDrop(transfer: DataTransfer): Promise<ImportSource | null> {
  const entry = transfer.items[0]?.webkitGetAsEntry();
  if (entry?.isDirectory) {
    const files = await folderFiles(entry as FileSystemDirectoryEntry);
    const csv = files.filter((f) => f.name.toLowerCase().endsWith('.csv'));
    if (csv.length === 0) return null;
    return { folder: entry.name, files: await Promise.all(csv.map(async (f) => ({ name: f.name, base64: await base64Of(f) }))) };
  }
  const file = transfer.files[0];
  return file ? { name: file.name, base64: await base64Of(file) } : null;
}

function folderFiles(dir: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // a directory reader answers in batches until it answers with none
  return new Promise((resolve, reject) => {
    const more = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) {
          const files = all.filter((e): e is FileSystemFileEntry => e.isFile);
          Promise.all(files.map((f) => new Promise<File>((ok, fail) => f.file(ok, fail)))).then(resolve, reject);
        } else {
          all.push(...batch);
          more();
        }
      }, reject);
    more();
  });
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Whether a drag carries files (not text dragged within the page). */
export const carriesFiles = (transfer: DataTransfer | null): boolean => Boolean(transfer && [...transfer.types].includes('Files'));
