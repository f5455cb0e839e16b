/**
 * Dates as readers in China see them, whatever the reader's own clock zone. China has kept UTC+8
 * without daylight saving since 1991, so a fixed offset is exact for every date these sites show.
 */
const OFFSET = 8 * 3_600_000;
const DAY = 86_400_000;

export interface ChinaDate {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

export function chinaDate(instant: number | Date): ChinaDate {
  const d = new Date(+instant + OFFSET);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Milliseconds from `instant` to the next midnight in China. */
export function msUntilChinaMidnight(instant: number): number {
  return DAY - ((instant + OFFSET) % DAY);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-01-04` or, with `time`, `2024-01-04 10:40:01`: the format of these sites' meta lines. */
export function formatChinaDate(iso: string | number, time = false): string {
  const d = chinaDate(typeof iso === 'string' ? Date.parse(iso) : iso);
  const date = `${String(d.year).padStart(4, '0')}-${pad(d.month)}-${pad(d.day)}`;
  return time ? `${date} ${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}` : date;
}
