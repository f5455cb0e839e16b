/**
 * Whether a 关闭 (close) button can work here. Browsers let a page close its own window only when it
 * is "script-closable" (HTML standard): a top-level window that a script opened (`window.opener` is
 * set), or a top-level window whose session history holds this one page (a link opened it in a new
 * tab). A frame can never close the page around it. Some browsers are stricter still, so after a
 * click the element checks `closed` and hides the button if the browser refused.
 */
export function canCloseWindow(win: Pick<Window, 'opener' | 'top' | 'history'> = window): boolean {
  if (win.top !== win) return false;
  return !!win.opener || win.history.length === 1;
}
