import { LitElement, html, isServer } from 'lit';
import { adoptDocumentStyles } from '../../internal/document-styles.js';
import { fire } from '../../internal/events.js';
import { hostStyles } from '../../internal/host-styles.js';
import { ServerMatch } from '../../internal/hydration.js';
import { LocalizeController } from '../../internal/localize.js';
import { elderModeOn, onElderModeChange, restoreElderMode, setElderMode } from './elder-mode.js';
import { elderToggleStyles } from './elder-toggle.styles.js';

/** `detail` of the `ql-elder-change` event. */
export interface QlElderChangeDetail {
  /** The elder mode is now on. */
  elder: boolean;
}

/**
 * The 长者模式 switch (适老化): turns the elder mode on and off for every element on the page at
 * once, by the `data-ql-elder` attribute on `<html>`: text at least 18 px (the article body 20 px),
 * colours of 7:1 contrast, buttons and links at least 60×60 px, no animation, titles that wrap
 * instead of being cut, no decorative icons. The choice is remembered (`localStorage` `ql:elder`)
 * and applied on every page that carries a switch; every switch on a page shares one state. Without
 * it, a reader's `prefers-contrast: more` gets the same colours and `prefers-reduced-motion` stops
 * the animation.
 *
 * @tagname ql-elder-toggle
 * @summary 长者模式开关：整页大字、高对比、大按钮、无动画，并记住读者的选择。
 * @csspart button - The switch; `aria-pressed` says whether the mode is on.
 * @cssprop --ql-elder-toggle-color - Label colour while off.
 * @cssprop --ql-elder-toggle-background - Button background while off.
 * @cssprop --ql-elder-toggle-on-background - Button background while on (it also shows a ✓ and an inner ring).
 * @cssprop --ql-focus-color - Focus ring colour.
 * @fires ql-elder-change - The page entered or left the elder mode; `detail.elder`.
 */
export class QlElderToggle extends LitElement {
  static override styles = [hostStyles, elderToggleStyles];

  private readonly i18n = new LocalizeController(this);
  private readonly serverMatch = new ServerMatch(this);
  private unsubscribe?: () => void;

  /** Whether the page is in the elder mode; setting it switches the page, as a click does. */
  get active(): boolean {
    return !isServer && elderModeOn();
  }

  set active(on: boolean) {
    if (on === elderModeOn()) return;
    setElderMode(on);
    fire<QlElderChangeDetail>(this, 'ql-elder-change', { elder: on });
  }

  override connectedCallback() {
    super.connectedCallback();
    // The elder tokens live in the document sheet every element shares; a page may have no other element.
    adoptDocumentStyles();
    this.unsubscribe = onElderModeChange(() => this.requestUpdate());
    restoreElderMode();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  protected override render() {
    return html`<button type="button" part="button" aria-pressed=${this.active && !this.serverMatch.active ? 'true' : 'false'} @click=${() => (this.active = !this.active)}>
      ${this.i18n.msg('elderMode')}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ql-elder-toggle': QlElderToggle;
  }
  interface HTMLElementEventMap {
    'ql-elder-change': CustomEvent<QlElderChangeDetail>;
  }
}
