import type { Plugin } from 'vite';

/**
 * Build tooling, never shipped: the strings below are the dependency code each patch finds and
 * removes (markup assignment, string evaluation), not code of ours.
 *
 * A change to a dependency's source at build time, so the shipped extension holds no string
 * evaluation and no markup assignment for a store reviewer to question. Each one removes a
 * capability Consonant never uses; none hides a use from the linter.
 */
export interface Patch {
  /** The module, as the tail of its path under node_modules. */
  module: string;
  find: string;
  replace: string;
  why: string;
}

/**
 * What web-ext lint reports as DANGEROUS_EVAL and UNSAFE_VAR_ASSIGNMENT, as far as these patches go:
 * string evaluation, and markup assigned to an element. The patches leave none in their modules,
 * and the shipped builds are checked for none at all (test/e2e/content-script-size.e2e.ts).
 */
export const EVAL_SINK = /\bnew\s+F\(|\bFunction\(|=\s*Function\b(?!\.)|\beval\(/;
export const MARKUP_SINK =
  /\.(?:inner|outer)HTML\s*=(?!=)\s*[^\s"'`]|\.insertAdjacentHTML\(|\bdocument\.write(?:ln)?\(/;

export const STORE_SAFE_PATCHES: readonly Patch[] = [
  {
    module: 'zod/v4/core/util.js',
    find: `    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }`,
    replace: '    return false;',
    why: "zod probes `new Function` to choose its compiled validators; Consonant runs zod jitless (lib/zod.ts) because extension pages forbid eval, so the probe's answer is always no",
  },
  {
    module: 'zod/v4/core/doc.js',
    find: `        const F = Function;
        const content = this?.content ?? [\`\`];
        const factory = new F(...Object.keys(this.closed), \`return function (\${this.args.join(", ")}) {\\n\${content.join("\\n")}\\n};\`);
        return factory(...Object.values(this.closed));`,
    replace: '        throw new Error("zod runs jitless in Consonant: validators are never compiled");',
    why: 'the code generator behind the probe; unreachable once the probe says no',
  },
  {
    module: '@mozilla/readability/Readability.js',
    find: 'var pageCacheHtml = page.innerHTML;',
    replace: 'var pageCache = page.cloneNode(true);',
    why: 'Readability keeps the page as markup to restore it between attempts; a clone of the nodes restores the same page without parsing markup again',
  },
  {
    module: '@mozilla/readability/Readability.js',
    find: `        // eslint-disable-next-line no-unsanitized/property
        page.innerHTML = pageCacheHtml;`,
    replace: '        page.replaceChildren(...pageCache.cloneNode(true).childNodes);',
    why: 'the restore half of the clone above',
  },
  {
    module: '@mozilla/readability/Readability.js',
    find: `      // eslint-disable-next-line no-unsanitized/property
      tmp.innerHTML = noscript.innerHTML;`,
    replace: '      noscript.childNodes.forEach((child) => tmp.appendChild(child.cloneNode(true)));',
    why: 'this runs only when the <noscript> holds its image as elements (a page parsed with scripting off); copying those elements gives the same nodes as re-parsing their markup',
  },
  {
    module: 'react-dom/cjs/react-dom-client.production.js',
    find: `          (null != prevValue ? prevValue.__html : void 0) !== key &&
            (domElement.innerHTML = key);`,
    replace: `          (null != prevValue ? prevValue.__html : void 0) !== key &&
            consonantRendersNoMarkup();`,
    why: 'dangerouslySetInnerHTML is the one way React writes markup; Consonant renders text only (eslint forbids the prop), so the path throws instead',
  },
];

const NO_MARKUP =
  '\nfunction consonantRendersNoMarkup() { throw Error("Consonant renders text, never markup (dangerouslySetInnerHTML)"); }\n';

/** Applies the patches for one module; throws when a dependency changed so a patch no longer fits, rather than ship it unpatched. */
export function applyPatches(module: string, code: string): string {
  let out = code;
  let marker = false;
  for (const patch of STORE_SAFE_PATCHES.filter((p) => p.module === module)) {
    const count = out.split(patch.find).length - 1;
    if (count === 0)
      throw new Error(
        `store-safe: ${module} no longer contains the code to patch (${patch.why}); update build/store-safe.ts for the new version`,
      );
    out = out.split(patch.find).join(patch.replace);
    if (patch.replace.includes('consonantRendersNoMarkup')) marker = true;
  }
  return marker ? out + NO_MARKUP : out;
}

function moduleOf(id: string): string | undefined {
  const path = id.split('?')[0]!.replace(/\\/g, '/');
  return STORE_SAFE_PATCHES.find((p) => path.endsWith(`/node_modules/${p.module}`))?.module;
}

export function storeSafe(): Plugin {
  return {
    name: 'consonant-store-safe',
    enforce: 'pre',
    transform(code, id) {
      const module = moduleOf(id);
      return module ? { code: applyPatches(module, code), map: null } : undefined;
    },
  };
}
