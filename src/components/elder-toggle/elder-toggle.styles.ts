import { css } from 'lit';

/** The shared button; pressed, it turns to the accent outline so the state shows without colour alone. */
export const elderToggleStyles = css`
  :host {
    display: inline-block;
  }
  button {
    color: var(--ql-elder-toggle-color, var(--ql-button-color, #fff));
    background: var(--ql-elder-toggle-background, var(--ql-accent-color, #b71c1c));
    line-height: 1.2;
  }
  button[aria-pressed='true'] {
    color: var(--ql-accent-color, #b71c1c);
    background: var(--ql-button-color, #fff);
    border: 0.15em solid currentColor;
  }
`;
