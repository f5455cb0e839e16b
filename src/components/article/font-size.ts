import type { ReactiveController, ReactiveElement } from 'lit';

export const FONT_SIZES = ['large', 'medium', 'small'] as const;
export type FontSize = (typeof FONT_SIZES)[number];

/** Shared by every article on every page of the site, so a reader chooses once. */
export const FONT_SIZE_KEY = 'ql:font-size';

const isFontSize = (value: unknown): value is FontSize => FONT_SIZES.includes(value as FontSize);

/** Storage can be missing or throw (privacy modes, sandboxed frames, a full quota): then nothing is kept. */
function readStored(): FontSize | undefined {
  try {
    const value = localStorage.getItem(FONT_SIZE_KEY);
    return isFontSize(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function store(size: FontSize) {
  try {
    localStorage.setItem(FONT_SIZE_KEY, size);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}

/**
 * The reader's text size for an article: read from storage when the element connects, written when
 * the reader chooses, and mirrored on the host as the `font-size` attribute, which the document
 * styles turn into the body's size.
 */
export class FontSizeController implements ReactiveController {
  constructor(private readonly host: ReactiveElement & { fontSize: FontSize }) {
    host.addController(this);
  }

  hostConnected() {
    const stored = readStored();
    if (stored) this.host.fontSize = stored;
  }

  /** Applies and remembers the reader's choice. */
  choose(size: FontSize) {
    this.host.fontSize = size;
    store(size);
  }
}
