import { guardStyles } from './guard-styles';

export interface ShadowMount {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where React renders. */
  container: HTMLElement;
  /** True for our host and anything inside its shadow root. */
  contains(element: Element): boolean;
  remove(): void;
}

/**
 * An open shadow root on its own host at the end of the page: the page's styles stay out, and
 * the accessibility tree and tests still reach what we render. Key events stop at the host so
 * the site's keyboard shortcuts never act on keys meant for our dialog.
 */
export function createShadowMount(doc: Document, name: string, css: string = guardStyles): ShadowMount {
  const host = doc.createElement('div');
  host.setAttribute('data-consonant', name);
  host.style.setProperty('all', 'initial');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.className = 'cs-root';
  root.append(style, container);
  for (const type of ['keydown', 'keyup', 'keypress'] as const)
    host.addEventListener(type, (event) => event.stopPropagation());
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    root,
    container,
    contains: (element) => element === host || element.getRootNode() === root,
    remove: () => host.remove(),
  };
}
