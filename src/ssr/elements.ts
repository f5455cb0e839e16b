import type { CSSResult } from 'lit';

/** The tags the renderer renders. */
export const TAGS = ['ql-site-header', 'ql-site-footer', 'ql-article', 'ql-news-list', 'ql-script-toggle', 'ql-share-bar', 'ql-elder-toggle'];

let defined: Promise<void> | undefined;

/**
 * Defines every element in this process, once (under Lit's server DOM): the data elements as their
 * server subclasses, which add what only a server render needs.
 */
export function defineElements(): Promise<void> {
  defined ??= (async () => {
    (await import('./server-elements.js')).defineServerElements();
    await Promise.all([
      import('../components/script-toggle/define.js'),
      import('../components/share-bar/define.js'),
      import('../components/elder-toggle/define.js'),
    ]);
  })();
  return defined;
}

/** The light-DOM content styles of each element that has content: added to `<head>` for readers without JavaScript. */
export async function contentStyles(): Promise<Record<string, CSSResult>> {
  const [article, news, footer] = await Promise.all([
    import('../components/article/article.styles.js'),
    import('../components/news-list/news-list.styles.js'),
    import('../components/site-footer/site-footer.styles.js'),
  ]);
  return { 'ql-article': article.articleContentStyles, 'ql-news-list': news.newsContentStyles, 'ql-site-footer': footer.footerContentStyles };
}
