/**
 * How an attachment is described beside its link: `通知.pdf（PDF，1.2 MB）`, so a reader knows what
 * will download before choosing it.
 */

/** The file type from the name's extension (or the URL's), upper-cased: `PDF`, `DOCX`; empty if none. */
export function fileType(name: string, url = ''): string {
  const fromName = /\.([a-z0-9]{1,8})$/i.exec(name.trim())?.[1];
  if (fromName) return fromName.toUpperCase();
  let path: string;
  try {
    path = new URL(url, document.baseURI).pathname;
  } catch {
    return '';
  }
  return /\.([a-z0-9]{1,8})$/i.exec(path)?.[1]?.toUpperCase() ?? '';
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** Bytes as people read them: `532 B`, `14 KB`, `1.2 MB` (1 KB = 1024 bytes, as file managers show). */
export function formatFileSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${UNITS[unit]}`;
}
