import { css } from 'lit';

/**
 * Styles every element's shadow root starts from. Colours are `--ql-*` tokens with the federation
 * sites' red-and-white as fallbacks; fonts are always inherited from the host page. The elder mode
 * (document-styles.ts) works through the same tokens: `--ql-target-size` makes every button 60×60.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--ql-link-color, inherit);
  }
  :focus-visible {
    outline: 0.15em solid var(--ql-focus-color, #1a5fb4);
    outline-offset: 0.15em;
  }
  button {
    font: inherit;
    min-height: var(--ql-target-size, 2.75rem);
    min-width: var(--ql-target-size, 2.75rem);
    padding: 0.25em 0.9em;
    cursor: pointer;
    color: var(--ql-button-color, #fff);
    background: var(--ql-accent-color, #b71c1c);
    border: 1px solid transparent;
    border-radius: var(--ql-radius, 0.25em);
  }
  .ql-state {
    padding: 0.75em 1em;
    margin-block: 0.5em;
    border-radius: var(--ql-radius, 0.25em);
    line-height: 1.5;
  }
  .ql-state--error,
  .ql-state--notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .ql-state--error {
    color: var(--ql-error-color, #8a1010);
    background: var(--ql-error-background, #fdecea);
    border: 1px solid var(--ql-error-border, #e6a5a0);
  }
  .ql-state--loading,
  .ql-state--empty {
    color: var(--ql-muted-color, #555);
    background: var(--ql-muted-background, #f5f5f5);
  }
`;

/** The declarations that hide a thing on screen but leave it to screen readers. */
export const hiddenButReadable = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/** Hidden on screen, read by screen readers. */
export const visuallyHidden = css`
  .ql-visually-hidden {
    ${hiddenButReadable}
  }
`;

/** A link that stands alone (not in running text): a target as large as the mode asks (60×60 for elders). */
export const standaloneLink = css`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: var(--ql-target-size, 0);
  min-width: var(--ql-target-size, 0);
  padding-block: 0.35em;
`;
