import { isServer } from 'lit';

/**
 * What elements read of the page they are on. In the browser that is the page itself; on the server
 * it is what `renderPage` says of the page it writes (its public address and language), since there
 * is no `document` there.
 */
export const serverPage = { url: 'https://localhost/', lang: 'zh-Hans' };

/** The page's address. */
export const pageUrl = (): string => (isServer ? serverPage.url : location.href);

/** The address relative URLs in the page resolve against. */
export const pageBase = (): string => (isServer ? serverPage.url : document.baseURI);

/** The page's origin, which tells a link to this site from a link away. */
export const pageOrigin = (): string => (isServer ? new URL(serverPage.url).origin : location.origin);

/** `<html lang>` as written. */
export const pageLang = (): string => (isServer ? serverPage.lang : document.documentElement.lang);
