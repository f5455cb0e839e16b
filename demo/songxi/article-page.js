// The Songxi article page: one HTML file for every article, which it takes from `?id=` in the address
// (`article.html?id=sx-2024-0118` → `../data/songxi/articles/sx-2024-0118.json`). Only ids of the
// demo's own form are used, so the address cannot point the page at another file.
const id = new URLSearchParams(location.search).get('id') ?? '';
const article = document.querySelector('ql-article');

if (/^sx-\d{4}-\d{4}$/.test(id)) {
  article.setAttribute('src', `../data/songxi/articles/${id}.json`);
} else {
  const note = document.createElement('p');
  note.className = 'demo-note';
  note.textContent = '未找到这篇文章：地址中缺少文章编号。';
  article.replaceWith(note);
}
