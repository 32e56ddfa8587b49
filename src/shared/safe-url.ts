/**
 * Returns `href` if it is safe to put in a link: `http:`, `https:` and `mailto:` URLs, and relative or
 * fragment links (which stay on the host's site). Anything else — `javascript:`, `data:`, `vbscript:`… —
 * gives `undefined`, so the caller shows no link.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  try {
    const url = new URL(trimmed, 'https://relative.invalid/');
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
