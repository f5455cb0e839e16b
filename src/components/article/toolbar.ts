import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../internal/localize.js';
import { FONT_SIZES, type FontSize } from './font-size.js';

const FONT_LABELS = { large: 'fontLarge', medium: 'fontMedium', small: 'fontSmall' } as const;

export interface ToolbarOptions {
  fontSize: FontSize;
  closable: boolean;
  onFontSize: (size: FontSize) => void;
  onPrint: () => void;
  onClose: () => void;
}

/** 字号 大/中/小 as toggle buttons, 打印, 关闭 where it can work, and the share bar's slot. */
export function renderToolbar(options: ToolbarOptions, t: (key: MessageKey) => string): TemplateResult {
  return html`<div class="tools" part="toolbar" role="group" aria-label=${t('articleTools')}>
    <div class="font-size" role="group" aria-labelledby="font-size-label">
      <span id="font-size-label">${t('fontSize')}</span>
      ${FONT_SIZES.map(
        (size) => html`<button type="button" aria-pressed=${options.fontSize === size ? 'true' : 'false'} data-size=${size}
          @click=${() => options.onFontSize(size)}>${t(FONT_LABELS[size])}</button>`,
      )}
    </div>
    <button type="button" class="print" @click=${options.onPrint}>${t('print')}</button>
    ${options.closable ? html`<button type="button" class="close" @click=${options.onClose}>${t('close')}</button>` : nothing}
    <slot name="share"></slot>
  </div>`;
}
