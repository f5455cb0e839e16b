/**
 * A reader's remembered choices (`ql:script`, `ql:font-size`, `ql:elder`), kept in `localStorage`.
 * Storage can be missing or throw (privacy modes, sandboxed frames, a full quota): then nothing is
 * remembered, and the choice still applies to the page it was made on.
 */
export function readSetting(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeSetting(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // not remembered
  }
}
