import sanitizeHtml from 'sanitize-html';

/**
 * Announcement HTML as stored: formatting, links and images only. Scripts, styles, frames, SVG, event
 * handler attributes and every URL scheme but http(s) (and mailto for links) are dropped, so nothing in
 * a stored body can ever run, whatever the editor or an API client sent.
 */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote',
      'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'span', 'code', 'pre',
    ],
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'width', 'height'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
  });
}

const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };

/** The body as plain text, for the message center and e-mail. */
export function plainExcerpt(html: string, max = 200): string {
  const escaped = sanitizeHtml(html.replace(/<(br|\/p|\/li|\/h\d)>/gi, ' $&'), { allowedTags: [], allowedAttributes: {} });
  const text = escaped
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => entities[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
