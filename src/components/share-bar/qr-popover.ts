/**
 * The WeChat popover: the QR code of the shared address, a hint and a close button. Loaded the first
 * time a reader opens it. It imports nothing the drop-in file holds (no Lit), so it stays one lazy
 * chunk with the QR encoder inside; the DOM is built node by node, with no markup strings.
 */
import qrcode from 'qrcode-generator';

const LEVELS = ['Q', 'M', 'L'] as const;
const SVG = 'http://www.w3.org/2000/svg';

/**
 * The QR code of `text` (an address, already percent-encoded ASCII) as an SVG: one path of the dark
 * modules, one unit per module, inside a four-module quiet zone. Short addresses get more error
 * correction; long ones (a Chinese title in the path can make 600 characters) start lower, and an
 * encoder "code length overflow" steps the level down until the code fits.
 */
export function drawQr(text: string): SVGSVGElement {
  for (let level = text.length > 400 ? 2 : text.length > 150 ? 1 : 0; ; level++) {
    try {
      const qr = qrcode(0, LEVELS[level]);
      qr.addData(text, 'Byte');
      qr.make();
      return toSvg(qr);
    } catch (error) {
      if (level >= LEVELS.length - 1) throw error;
    }
  }
}

function toSvg(qr: ReturnType<typeof qrcode>): SVGSVGElement {
  const size = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.isDark(row, col)) continue;
      const start = col;
      while (col + 1 < size && qr.isDark(row, col + 1)) col++;
      d += `M${start} ${row}h${col - start + 1}v1H${start}z`;
    }
  }
  const svg = document.createElementNS(SVG, 'svg');
  const path = document.createElementNS(SVG, 'path');
  svg.setAttribute('viewBox', `-4 -4 ${size + 8} ${size + 8}`);
  svg.setAttribute('part', 'qr');
  svg.setAttribute('aria-hidden', 'true');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

export interface QrPopoverOptions {
  /** The address the code carries. */
  url: string;
  /** The hint under the code, `微信扫一扫：分享`; it also names the dialog. */
  hint: string;
  /** The close button's label. */
  close: string;
  /** Called once the popover has closed, however it closed. */
  onClosed: () => void;
}

/**
 * Opens the popover inside `holder`, the element around the WeChat button, and moves focus into it.
 * Escape, the close button and a click outside `holder` close it; Escape and the close button return
 * focus to the WeChat button. Returns the function that closes it (`true`: return focus).
 */
export function openQrPopover(holder: HTMLElement, options: QrPopoverOptions): (returnFocus: boolean) => void {
  const button = holder.querySelector('button')!;
  const popover = document.createElement('div');
  const hint = document.createElement('p');
  const close = document.createElement('button');
  popover.className = 'popover';
  popover.setAttribute('part', 'popover');
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-label', options.hint);
  popover.tabIndex = -1;
  hint.textContent = options.hint;
  close.type = 'button';
  close.textContent = options.close;
  popover.append(drawQr(options.url), hint, close);

  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && shut(true);
  const onOutside = (event: Event) => !event.composedPath().includes(holder) && shut(false);
  function shut(returnFocus: boolean) {
    if (!popover.isConnected) return;
    popover.remove();
    holder.removeEventListener('keydown', onKey);
    document.removeEventListener('click', onOutside, true);
    if (returnFocus) button.focus();
    options.onClosed();
  }
  close.addEventListener('click', () => shut(true));
  holder.addEventListener('keydown', onKey);
  document.addEventListener('click', onOutside, true);
  holder.append(popover);
  popover.focus();
  return shut;
}
