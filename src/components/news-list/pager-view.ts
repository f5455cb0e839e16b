import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../internal/localize.js';
import { jumpTargets, pageWindow } from './pager.js';

export interface PagerState {
  page: number;
  last: number;
  /** The number of items, shown as 共X条 when `exact`. */
  count: number;
  exact: boolean;
  msg: (key: MessageKey, n?: number) => string;
  go: (page: number) => void;
}

/**
 * 首页 / 上一页 / page numbers / 下一页 / 尾页 and 共X条 共Y页, as real buttons. Steps that lead nowhere
 * are `aria-disabled` rather than `disabled`, so a button that disables itself (尾页 on reaching the
 * last page) keeps the keyboard focus instead of dropping it to the page. Below 30em the styles fold
 * it to 上一页 · 2 / 6 · 下一页, the middle a select that jumps to any page.
 */
export function renderPager({ page, last, count, exact, msg, go }: PagerState): TemplateResult | typeof nothing {
  if (last <= 1) return nothing;
  const step = (target: number, key: MessageKey, blocked: boolean, kind = 'step') =>
    html`<li class=${kind}><button type="button" aria-disabled=${blocked ? 'true' : 'false'} @click=${() => !blocked && go(target)}>${msg(key)}</button></li>`;
  return html`<nav class="pager" part="pager" aria-label=${msg('pagination')}>
    <ul>
      ${step(1, 'firstPage', page === 1, 'end')} ${step(page - 1, 'prevPage', page === 1)}
      ${pageWindow(page, last).map(
        (n) => html`<li class="n"><button type="button" aria-label=${msg('pageN', n)} aria-current=${n === page ? 'page' : nothing}
          @click=${() => go(n)}>${n}</button></li>`,
      )}
      <li class="jump">
        <select aria-label=${msg('pagination')} @change=${(e: Event) => go(Number((e.target as HTMLSelectElement).value))}>
          ${jumpTargets(page, last).map((n) => html`<option value=${n} .selected=${n === page}>${n} / ${last}</option>`)}
        </select>
      </li>
      ${step(page + 1, 'nextPage', page === last)} ${step(last, 'lastPage', page === last, 'end')}
    </ul>
    <p class="pager__summary">${exact ? `${msg('totalItems', count)} ` : ''}${msg('totalPages', last)}</p>
  </nav>`;
}
