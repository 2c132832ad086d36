import { isKeptAttribute, tagTreatmentOf } from './richtext-html.ts';

/** Applies richtext-html.ts's rules to a parsed fragment, in place: what is left cannot run or load anything unsafe. */
function cleanChildren(parent: ParentNode): void {
  for (const child of [...parent.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE) continue;
    if (!(child instanceof Element)) {
      child.remove(); // comments, processing instructions
      continue;
    }
    const treatment = tagTreatmentOf(child.tagName);
    if (treatment === 'drop') {
      child.remove();
      continue;
    }
    cleanChildren(child);
    if (treatment === 'unwrap') {
      child.replaceWith(...child.childNodes);
    } else if (treatment === 'paragraph') {
      const paragraph = child.ownerDocument.createElement('p');
      paragraph.append(...child.childNodes);
      if (paragraph.hasChildNodes()) child.replaceWith(paragraph);
      else child.remove();
    } else if (child.tagName === 'P' && !child.hasChildNodes()) {
      child.remove(); // left behind when a list is made inside a paragraph; an empty line is <p><br></p>
    } else {
      for (const attribute of [...child.attributes]) {
        if (!isKeptAttribute(child.tagName, attribute.name, attribute.value)) child.removeAttribute(attribute.name);
      }
    }
  }
}

/**
 * `html` as clean nodes, parsed in an inert `<template>` (nothing in it loads or runs while parsed),
 * ready to put into the editor.
 */
export function cleanFragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  cleanChildren(template.content);
  return template.content;
}

const blockTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'HR', 'PRE']);

/**
 * Top-level text and inline formatting put into paragraphs: a browser types the first line of an empty
 * editor straight into it, and that line should be a paragraph like the ones after it.
 */
function wrapInlineRuns(fragment: DocumentFragment): void {
  let paragraph: HTMLParagraphElement | undefined;
  for (const node of [...fragment.childNodes]) {
    if (node instanceof Element && blockTags.has(node.tagName)) {
      paragraph = undefined;
      continue;
    }
    if (!paragraph) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim() === '') continue;
      paragraph = node.ownerDocument?.createElement('p');
      if (!paragraph) return;
      node.before(paragraph);
    }
    paragraph.append(node);
  }
}

/** The editor's current HTML, cleaned the same way: what the field's value becomes. */
export function cleanHtmlOf(editor: HTMLElement): string {
  // a template again, so that serializing loads nothing either
  const holder = document.createElement('template');
  holder.content.append(cleanFragment(editor.innerHTML));
  wrapInlineRuns(holder.content);
  return holder.innerHTML;
}
