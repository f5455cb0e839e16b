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
  /** The address of a page: every step is a real link, for crawlers and "open in new tab". */
  href: (page: number) => string;
}

/** A plain click: the list pages in place. With a modifier key the browser opens the link as the reader asked. */
const inPlace = (event: MouseEvent) => event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

/**
 * 首页 / 上一页 / page numbers / 下一页 / 尾页 and 共X条 共Y页, as real links (`rel="prev"`/`"next"`) that
 * a plain click follows in place. Steps that lead nowhere are `aria-disabled` and keep their link to
 * the current page, so one that disables itself (尾页 on reaching the last page) keeps the keyboard
 * focus instead of dropping it to the page. Below 30em the styles fold it to 上一页 · 2 / 6 · 下一页,
 * the middle a select that jumps to any page.
 */
export function renderPager({ page, last, count, exact, msg, go, href }: PagerState): TemplateResult | typeof nothing {
  if (last <= 1) return nothing;
  const follow = (target: number) => (event: MouseEvent) => {
    if (!inPlace(event)) return;
    event.preventDefault();
    if (target !== page) go(target);
  };
  const step = (target: number, key: MessageKey, blocked: boolean, kind = 'step', rel?: string) => {
    const to = blocked ? page : target;
    return html`<li class=${kind}><a href=${href(to)} rel=${blocked || !rel ? nothing : rel} aria-disabled=${blocked ? 'true' : 'false'}
      @click=${follow(to)}>${msg(key)}</a></li>`;
  };
  return html`<nav class="pager" part="pager" aria-label=${msg('pagination')}>
    <ul>
      ${step(1, 'firstPage', page === 1, 'end')} ${step(page - 1, 'prevPage', page === 1, 'step', 'prev')}
      ${pageWindow(page, last).map(
        (n) => html`<li class="n"><a href=${href(n)} aria-label=${msg('pageN', n)} aria-current=${n === page ? 'page' : nothing}
          @click=${follow(n)}>${n}</a></li>`,
      )}
      <li class="jump">
        <select aria-label=${msg('pagination')} @change=${(e: Event) => go(Number((e.target as HTMLSelectElement).value))}>
          ${jumpTargets(page, last).map((n) => html`<option value=${n} ?selected=${n === page} .selected=${n === page}>${n} / ${last}</option>`)}
        </select>
      </li>
      ${step(page + 1, 'nextPage', page === last, 'step', 'next')} ${step(last, 'lastPage', page === last, 'end')}
    </ul>
    <p class="pager__summary">${exact ? `${msg('totalItems', count)} ` : ''}${msg('totalPages', last)}</p>
  </nav>`;
}
