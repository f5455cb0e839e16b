import type { ReactiveController, ReactiveElement } from 'lit';
import { readSetting, writeSetting } from '../../internal/reader-settings.js';

export const FONT_SIZES = ['large', 'medium', 'small'] as const;
export type FontSize = (typeof FONT_SIZES)[number];

/** Shared by every article on every page of the site, so a reader chooses once. */
export const FONT_SIZE_KEY = 'ql:font-size';

const isFontSize = (value: unknown): value is FontSize => FONT_SIZES.includes(value as FontSize);

function readStored(): FontSize | undefined {
  const value = readSetting(FONT_SIZE_KEY);
  return isFontSize(value) ? value : undefined;
}

/**
 * The reader's text size for an article: read from storage after the element first renders, written when
 * the reader chooses, and mirrored on the host as the `font-size` attribute, which the document
 * styles turn into the body's size.
 */
export class FontSizeController implements ReactiveController {
  constructor(private readonly host: ReactiveElement & { fontSize: FontSize }) {
    host.addController(this);
  }

  private restored = false;

  // After the first render rather than on connecting: a server-rendered article hydrates with the
  // server's size, then takes the reader's.
  hostUpdated() {
    if (this.restored) return;
    this.restored = true;
    const stored = readStored();
    if (stored) queueMicrotask(() => (this.host.fontSize = stored));
  }

  /** Applies and remembers the reader's choice. */
  choose(size: FontSize) {
    this.host.fontSize = size;
    writeSetting(FONT_SIZE_KEY, size);
  }
}
