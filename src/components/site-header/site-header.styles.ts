import { css } from 'lit';
import { standaloneLink } from '../../internal/host-styles.js';

export const headerStyles = css`
  :host {
    color: var(--ql-header-color, #333);
    background: var(--ql-header-background, #fff);
    line-height: 1.6;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 1em;
    padding: 0.25em 1em;
    border-bottom: 1px solid var(--ql-rule-color, #e0e0e0);
  }
  .greeting {
    margin: 0;
  }
  .tools {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .brand {
    display: inline-block;
    padding: 0.5em 1em 0;
  }
  .brand img {
    display: block;
    max-height: 4em;
    max-width: 100%;
    height: auto;
  }
  nav {
    padding: 0.5em 1em;
  }
  ol {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li,
  .label {
    display: inline;
    unicode-bidi: isolate;
  }
  a {
    ${standaloneLink}
  }
  .separator {
    margin-inline: 0.25em;
    color: var(--ql-muted-color, #555);
  }
`;
