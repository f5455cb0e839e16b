// The manifest's path in package.json ("customElements") is written by hand: an analysis into a
// scratch folder (the docs test does one) must not rewrite it.
export default { packagejson: false };
