/**
 * The core compiles without the DOM library and Node's types (tsconfig.core.json), so a page,
 * network or Node global used there is a compile error, not only a lint finding.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function errorsWith(probe: string): string[] {
  const dir = mkdtempSync(join(root, 'lib/signals/.probe-'));
  const file = join(dir, 'probe.ts');
  writeFileSync(file, `${probe}\nexport {};\n`);
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.core.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const program = ts.createProgram({
    rootNames: [join(root, 'types/core/globals.d.ts'), file],
    options: config.options,
  });
  const found = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
  rmSync(dir, { recursive: true, force: true });
  return found.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the core compiles without the page', { timeout: 60_000 }, () => {
  it.each([
    'document.title',
    'window.name',
    "fetch('https://example.com')",
    'location.href',
    'new MutationObserver(() => {})',
    'localStorage.length',
    "process.env['HOME']",
    'navigator.userAgent',
  ])('refuses %s', (code) => {
    expect(errorsWith(`void ${code};`).join('\n')).toMatch(/Cannot find name/);
  });

  it('allows the clock and text codecs both Node and browsers give', () => {
    expect(
      errorsWith(
        'void performance.now(); void new TextEncoder().encode("x"); void new TextDecoder().decode(new Uint8Array());',
      ),
    ).toEqual([]);
  });
});
