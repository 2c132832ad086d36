import { describe, expect, it } from 'vitest';
import {
  editorValueOf,
  isKeptAttribute,
  linkHtml,
  plainTextToHtml,
  safeLinkUrl,
  tagTreatmentOf,
} from './richtext-html.ts';

describe('rich text: pasted text', () => {
  it('keeps one line inline and makes several lines paragraphs', () => {
    expect(plainTextToHtml('会议改到 3 点')).toBe('会议改到 3 点');
    expect(plainTextToHtml('第一行\r\n\r\n第三行\n')).toBe('<p>第一行</p><p><br></p><p>第三行</p>');
    expect(plainTextToHtml('一行\n')).toBe('一行');
  });

  it('pastes markup as text, never as elements', () => {
    expect(plainTextToHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(plainTextToHtml('<script>alert("x")</script>\nA & B')).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p><p>A &amp; B</p>',
    );
  });
});

describe('rich text: links', () => {
  it('makes typed addresses absolute', () => {
    expect(safeLinkUrl(' https://example.com/a?b=1 ')).toBe('https://example.com/a?b=1');
    expect(safeLinkUrl('www.example.com')).toBe('https://www.example.com/');
    expect(safeLinkUrl('example.com:8080/x')).toBe('https://example.com:8080/x');
    expect(safeLinkUrl('hr@example.com')).toBe('mailto:hr@example.com');
    expect(safeLinkUrl('mailto:hr@example.com')).toBe('mailto:hr@example.com');
  });

  it('refuses addresses that could run code or are not addresses', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeLinkUrl('JavaScript:alert(1)')).toBeUndefined();
    expect(safeLinkUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeLinkUrl('vbscript:x')).toBeUndefined();
    expect(safeLinkUrl('')).toBeUndefined();
    expect(safeLinkUrl('two words')).toBeUndefined();
  });

  it('writes a link for an address with no text selected, escaped', () => {
    expect(linkHtml('https://example.com/?a=1&b="2"')).toBe(
      '<a href="https://example.com/?a=1&amp;b=&quot;2&quot;">https://example.com/?a=1&amp;b=&quot;2&quot;</a>',
    );
  });
});

describe('rich text: what the editor keeps', () => {
  it('keeps formatting, drops code and embedded documents, unwraps the rest', () => {
    for (const tag of ['P', 'strong', 'B', 'em', 'u', 'h3', 'ul', 'ol', 'li', 'a', 'img', 'br']) {
      expect(tagTreatmentOf(tag)).toBe('keep');
    }
    for (const tag of ['script', 'STYLE', 'iframe', 'object', 'svg', 'math', 'form', 'template']) {
      expect(tagTreatmentOf(tag)).toBe('drop');
    }
    expect(tagTreatmentOf('div')).toBe('paragraph');
    expect(tagTreatmentOf('span')).toBe('unwrap');
    expect(tagTreatmentOf('font')).toBe('unwrap');
  });

  it('keeps safe link targets and image sources, no handlers or styles', () => {
    expect(isKeptAttribute('a', 'href', 'https://example.com')).toBe(true);
    expect(isKeptAttribute('A', 'HREF', 'mailto:hr@example.com')).toBe(true);
    expect(isKeptAttribute('a', 'href', 'javascript:alert(1)')).toBe(false);
    expect(isKeptAttribute('a', 'href', ' java\tscript:alert(1)')).toBe(false);
    expect(isKeptAttribute('a', 'href', '/relative')).toBe(false);
    expect(isKeptAttribute('img', 'src', 'https://cdn.example.com/a.png')).toBe(true);
    expect(isKeptAttribute('img', 'src', 'data:image/svg+xml,<svg onload=alert(1)>')).toBe(false);
    expect(isKeptAttribute('img', 'onerror', 'alert(1)')).toBe(false);
    expect(isKeptAttribute('p', 'style', 'color:red')).toBe(false);
    expect(isKeptAttribute('td', 'colspan', '2')).toBe(true);
  });

  it('reports an editor with nothing written as empty', () => {
    expect(editorValueOf('')).toBe('');
    expect(editorValueOf('<p><br></p>')).toBe('');
    expect(editorValueOf('<p>&nbsp; </p>')).toBe('');
    expect(editorValueOf('<p>通知</p>')).toBe('<p>通知</p>');
    const image = '<p><img src="https://cdn.example.com/a.png"></p>';
    expect(editorValueOf(image)).toBe(image);
  });
});
