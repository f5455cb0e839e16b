// What the benchmarks put on `window` in the pages they drive, so the functions handed to
// page.evaluate type-check.
interface Window {
  gc(): void;
  __article: string[];
  __corpora: { demo: string[]; generated: string[]; repetitive: string[] };
  __longest: number;
  __convert: (text: string) => string;
  __longTasks: { start: number; duration: number }[];
  __pageStrings: () => string[];
}

