import { css } from 'lit';

/** The toggle is the shared button (≥ 44×44 px, focus ring) with its own colour tokens. */
export const scriptToggleStyles = css`
  :host {
    display: inline-block;
  }
  button {
    color: var(--ql-script-toggle-color, var(--ql-button-color, #fff));
    background: var(--ql-script-toggle-background, var(--ql-accent-color, #b71c1c));
    border-color: var(--ql-script-toggle-border, transparent);
    line-height: 1.2;
    white-space: nowrap;
  }
  button:hover {
    filter: brightness(1.1);
  }
  button[aria-busy='true'] {
    cursor: progress;
  }
`;
