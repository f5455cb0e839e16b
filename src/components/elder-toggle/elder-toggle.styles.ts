import { css } from 'lit';

/**
 * The shared button. Pressed, it stays filled, darker, with a white inner ring and a ✓ before the
 * label: the state shows in shape and text, not colour alone.
 */
export const elderToggleStyles = css`
  :host {
    display: inline-block;
  }
  button {
    color: var(--ql-elder-toggle-color, var(--ql-button-color, #fff));
    background: var(--ql-elder-toggle-background, var(--ql-accent-color, #b71c1c));
    line-height: 1.2;
    white-space: nowrap;
  }
  button[aria-pressed='true'] {
    background: var(--ql-elder-toggle-on-background, #6d0c0c);
    box-shadow: inset 0 0 0 0.15em var(--ql-button-color, #fff);
  }
  button[aria-pressed='true']::before {
    content: '✓ ' / '';
    font-weight: bold;
  }
`;
