// Each frame takes its page's full height, so nothing is cut on a phone (where the page is longest)
// and the reader scrolls one page, not a page inside a page. The frames are same-origin.
for (const frame of document.querySelectorAll('.themes iframe')) {
  const watch = () => {
    const doc = frame.contentDocument?.documentElement;
    if (!doc) return;
    new ResizeObserver(() => (frame.style.height = `${doc.scrollHeight}px`)).observe(doc);
  };
  frame.addEventListener('load', watch);
  // This module may run after a frame has already loaded.
  if (frame.contentDocument?.readyState === 'complete') watch();
}
