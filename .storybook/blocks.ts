/**
 * Docs blocks of our own, for the MDX pages (React, as Storybook's docs are; no JSX so that no JSX
 * transform is needed for this file).
 */
import { createElement, type ReactNode } from 'react';
import { useOf } from '@storybook/addon-docs/blocks';
import type { ModuleExports } from 'storybook/internal/types';

/** A link to one story, opened in the whole Storybook window (the docs page is a frame of it). */
export const storyHref = (id: string) => `./?path=/story/${id}`;

/** The first sentence of a story's description, without its Markdown code marks. */
const summaryOf = (description: unknown) =>
  typeof description === 'string' ? description.replace(/`/g, '').split(/(?<=\.)\s/)[0] : '';

/**
 * Every story of a stories file (the attached one by default), each a link to its own page, with the
 * first sentence of its description. On the pages of elements that fill a page (the idea box, the
 * authoring page), states are shown one page each, as a host page shows one element.
 */
export function StateLinks({ of = 'meta' }: { of?: 'meta' | ModuleExports }): ReactNode {
  const { csfFile } = useOf(of, ['meta']);
  // In the order the file declares them (`__namedExportsOrder`, added by Storybook's CSF transform).
  const exports = csfFile.moduleExports as Record<string, unknown> & { __namedExportsOrder?: string[] };
  const order = exports.__namedExportsOrder ?? Object.keys(exports);
  const rank = (moduleExport: unknown) => {
    const index = order.findIndex((name) => exports[name] === moduleExport);
    return index < 0 ? order.length : index;
  };
  const stories = Object.values(csfFile.stories).sort((a, b) => rank(a.moduleExport) - rank(b.moduleExport));
  return createElement(
    'ul',
    null,
    stories.map((story) => {
      const summary = summaryOf((story.parameters?.docs as { description?: { story?: unknown } } | undefined)?.description?.story);
      return createElement(
        'li',
        { key: story.id },
        createElement('a', { href: storyHref(story.id), target: '_top' }, story.name),
        summary ? ` — ${summary}` : null,
      );
    }),
  );
}
