import { css } from 'lit';
import { hiddenButReadable, standaloneLink } from '../../internal/host-styles.js';

export const headerStyles = css`
  :host {
    color: var(--ql-header-color, #333);
    background: var(--ql-header-background, #fff);
    line-height: 1.6;
  }
  .skip:not(:focus) {
    ${hiddenButReadable}
  }
  .skip {
    display: block;
    padding: 0.5em 1em;
    background: var(--ql-header-background, #fff);
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
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1.5em;
    padding: 0.5em 1em;
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 0.5em;
    color: inherit;
    text-decoration: none;
  }
  .brand img {
    max-height: 4em;
    max-width: 100%;
  }
  .name {
    font-size: clamp(1.2em, 5vw, 1.6em);
    text-wrap: balance;
    font-weight: bold;
    color: var(--ql-accent-color, #b71c1c);
  }
  .tagline {
    margin: 0;
    color: var(--ql-muted-color, #555);
  }
  [part='nav'] {
    /* The menu, not the host, is the container: a host sized by its content would collapse to nothing. */
    container-type: inline-size;
    padding: 0;
    color: var(--ql-menu-color, #fff);
    background: var(--ql-menu-background, var(--ql-accent-color, #b71c1c));
  }
  .menu-button {
    display: none;
    margin: 0.25em 1em;
    border-color: currentColor;
  }
  .menu-button::after {
    content: ' ▾' / '';
  }
  [aria-expanded='true']::after {
    content: ' ▴' / '';
  }
  .menu {
    display: flex;
    flex-wrap: wrap;
    margin: 0;
    padding: 0 0.5em;
    list-style: none;
  }
  .menu :is(a, span) {
    ${standaloneLink}
    padding-inline: 1em;
    color: inherit;
    text-decoration: none;
    white-space: nowrap;
  }
  .menu [aria-current] {
    font-weight: bold;
    box-shadow: inset 0 -0.2em currentColor;
  }
  [part='nav'] :focus-visible {
    outline-color: currentColor;
    outline-offset: -0.3em;
  }
  .menu a:hover {
    text-decoration: underline;
  }
  @container (max-width: 40em) {
    .menu-button {
      display: inline-flex;
      align-items: center;
    }
    .menu:not(.open) {
      display: none;
    }
    .menu {
      flex-direction: column;
      align-items: flex-start;
    }
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
