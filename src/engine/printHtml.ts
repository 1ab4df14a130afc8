// The html writer for a front end that prints a document itself (the cli's PDF), with the page
// numbers of its contents; loaded only when a document is printed.
export { writeHtml } from '../render/formats/html.js';
