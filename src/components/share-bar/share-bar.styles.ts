import { css } from 'lit';

/**
 * A wrapping row of icon-and-name buttons; the WeChat popover hangs under its button. The icons are
 * decoration, which the elder mode hides (`--ql-decoration: none`).
 */
export const shareBarStyles = css`
  :host {
    display: inline-block;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }
  .wechat {
    position: relative;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--ql-share-color, var(--ql-button-color, #fff));
    background: var(--ql-share-background, var(--ql-accent-color, #b71c1c));
    white-space: nowrap;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button svg {
    display: var(--ql-decoration, inline);
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .popover {
    position: absolute;
    z-index: 10;
    top: 110%;
    width: 13em;
    padding: 0.5em;
    text-align: center;
    color: #222;
    background: #fff;
    border: 1px solid #999;
  }
  .reason {
    color: var(--ql-error-color, #8a1010);
  }
`;
