/**
 * The authoring page's one Trusted Types policy, `atelier-boite`, for a page that enforces them
 * (`require-trusted-types-for 'script'`; SECURITY.md gives the header). It vouches for two things only:
 *   - the URL of the analysis Worker's own script (draft-analyzer.ts), and no other;
 *   - text handed to `DOMParser` to be read (clipboard HTML, a .docx's or .odt's XML): the document it
 *     gives is inert — never attached to the page, its scripts never run, its images never load — and only
 *     its text and structure are read (paste-html.ts, office-file.ts).
 * Without Trusted Types in the browser, plain strings go through. When the page's policy does not allow
 * this name, `undefined` comes back and the callers fall back (analysis on the page, plain-text paste).
 */
export const POLICY_NAME = 'atelier-boite';

interface Policy {
  createScriptURL(input: string): unknown;
  createHTML(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(input: string): string; createHTML(input: string): string }): Policy;
}

let policy: Policy | null | undefined;
/** The one script URL the policy accepts, set just before it is asked. */
let workerUrl = '';

function getPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return (policy = null);
  try {
    policy = trustedTypes.createPolicy(POLICY_NAME, {
      createScriptURL: (input) => {
        if (!workerUrl || input !== workerUrl) throw new TypeError(`${POLICY_NAME}: only the analysis Worker's script may load, not ${input}`);
        return input;
      },
      createHTML: (input) => input,
    });
  } catch {
    policy = null;
  }
  return policy;
}

/**
 * The Worker's script URL as the page's policy requires it. Without the policy, the plain URL: accepted
 * where Trusted Types are not enforced, refused (the Worker constructor throws) where they are.
 */
export function trustedWorkerUrl(url: string): string {
  const current = getPolicy();
  if (!current) return url;
  workerUrl = url;
  try {
    return current.createScriptURL(url) as string;
  } finally {
    workerUrl = '';
  }
}

/** Parses text into an inert document to be read, never shown; `undefined` when the page's policy refuses it. */
export function parseInert(text: string, type: DOMParserSupportedType): Document | undefined {
  const current = getPolicy();
  try {
    return new DOMParser().parseFromString((current ? current.createHTML(text) : text) as string, type);
  } catch {
    return undefined;
  }
}
