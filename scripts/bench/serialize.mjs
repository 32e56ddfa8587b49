// Runs in the page (passed to page.evaluate): serializes a rendered element to static HTML with declarative
// shadow roots. Each shadow root becomes <template shadowrootmode="open"> whose first child is a <style>
// holding the element's whole style sheet, so the static page looks the same with no script: `sheets[tag]`
// (dist/styles/<tag>.css, every rule, minified as the embed's are), else Lit's `elementStyles`. Not what the
// root adopts: in the embed a card adopts the rules of a shown chantier when its data arrives
// (src/shared/adopt-view-styles.ts), and those sheets serialized rule by rule are 6.7 KB longer a card.
// Lit's marker comments are dropped; text and attributes are escaped.
export function serializeInPage({ selector, sheets = {} }) {
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const RAW = new Set(['style', 'script']);
  const text = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const stylesOf = (element) => {
    if (sheets[element.localName]) return sheets[element.localName];
    const styles = element.constructor.elementStyles;
    if (styles) return styles.map((style) => style.cssText ?? [...style.cssRules].map((rule) => rule.cssText).join('')).join('\n');
    return element.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('')).join('\n');
  };
  const children = (parent) => [...parent.childNodes].map(node).join('');
  function node(current) {
    if (current.nodeType === Node.TEXT_NODE) return RAW.has(current.parentNode?.localName) ? current.data : text(current.data);
    if (current.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = current.localName;
    if (tag === 'script') return '';
    let out = `<${tag}`;
    for (const { name, value } of current.attributes) out += value === '' ? ` ${name}` : ` ${name}="${attr(value)}"`;
    out += '>';
    if (VOID.has(tag)) return out;
    if (current.shadowRoot) out += `<template shadowrootmode="open"><style>${stylesOf(current)}</style>${children(current.shadowRoot)}</template>`;
    out += children(tag === 'template' ? current.content : current);
    return `${out}</${tag}>`;
  }
  return node(document.querySelector(selector));
}
