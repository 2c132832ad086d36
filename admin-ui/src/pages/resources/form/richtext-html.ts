/*
 * What the rich text widget lets into its HTML, as pure rules (richtext-dom.ts applies them to a parsed
 * fragment). The list matches the announcements sanitizer (plugins/announcements/sanitize-body.ts), which
 * a server storing rich text must still run: this is so that the editor itself never loads or sends
 * anything that could run, whatever value it is given.
 */

const keptTags = new Set([
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote',
  'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'code', 'pre',
]);

/** Removed with all they contain: code, styles, embedded documents, form controls, media. */
const droppedTags = new Set([
  'script', 'style', 'link', 'meta', 'base', 'head', 'title', 'template', 'noscript', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea',
  'audio', 'video', 'canvas', 'picture', 'source',
]);

/** Block containers browsers write for a new line: kept as paragraphs, so lines do not run together. */
const paragraphTags = new Set(['div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'h5', 'h6']);

/** `keep` the element, make it a `paragraph`, `unwrap` it (keep its content) or `drop` it with its content. */
export type TagTreatment = 'keep' | 'paragraph' | 'unwrap' | 'drop';

export function tagTreatmentOf(tagName: string): TagTreatment {
  const tag = tagName.toLowerCase();
  if (keptTags.has(tag)) return 'keep';
  if (droppedTags.has(tag)) return 'drop';
  return paragraphTags.has(tag) ? 'paragraph' : 'unwrap';
}

/** Whether `value` is an absolute URL with one of `protocols` (a relative or malformed one is not). */
function hasProtocol(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value.trim()).protocol);
  } catch {
    return false;
  }
}

/** A link address people type, made absolute; undefined unless it is http(s) or mailto. */
export function safeLinkUrl(typed: string): string | undefined {
  const text = typed.trim();
  if (text === '' || /\s/.test(text)) return undefined;
  // "example.com:8080" is a host with a port, not a scheme.
  const hasScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text);
  const isEmail = /^[^@/:]+@[^@/:]+\.[^@/:]+$/.test(text);
  const address = hasScheme ? text : isEmail ? `mailto:${text}` : `https://${text}`;
  return hasProtocol(address, ['http:', 'https:', 'mailto:']) ? new URL(address).href : undefined;
}

/** Attributes kept on a kept element: link targets and image sources only when safe, no styles or handlers. */
export function isKeptAttribute(tagName: string, name: string, value: string): boolean {
  const tag = tagName.toLowerCase();
  const attribute = name.toLowerCase();
  if (tag === 'a') {
    if (attribute === 'href') return hasProtocol(value, ['http:', 'https:', 'mailto:']);
    return attribute === 'title';
  }
  if (tag === 'img') {
    if (attribute === 'src') return hasProtocol(value, ['http:', 'https:']);
    return ['alt', 'width', 'height'].includes(attribute);
  }
  if (tag === 'th' || tag === 'td') return attribute === 'colspan' || attribute === 'rowspan';
  return false;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Pasted or dropped text as HTML: one line stays inline (it joins the paragraph it lands in), several
 * become paragraphs (the trailing line break most copies end with is dropped); every character is
 * text, never markup.
 */
export function plainTextToHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  if (lines.length === 1) return escapeHtml(lines[0] ?? '');
  return lines.map((line) => `<p>${line.trim() === '' ? '<br>' : escapeHtml(line)}</p>`).join('');
}

/** A link for an address typed with no text selected: the address is its text. */
export function linkHtml(href: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
}

/** The editor's HTML as the field's value: "" when nothing is written (browsers leave `<p><br></p>`). */
export function editorValueOf(html: string): string {
  if (/<(img|hr|table)\b/i.test(html)) return html;
  const text = html.replace(/<[^>]*>/g, '').replace(/&nbsp;|\u00a0|\s/g, '');
  return text === '' ? '' : html;
}
