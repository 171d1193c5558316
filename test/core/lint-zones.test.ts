/**
 * The lint zones hold: code placed in each ring that reaches past it is reported. Each probe is
 * linted as if it were a file in that folder, with the project's own ESLint configuration.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

const CORE = 'lib/signals/__probe.ts';
const GUARD = 'lib/guard/__probe.ts';
const SYNC = 'lib/sync/__probe.ts';
const SITES = 'lib/sites/__probe.ts';

describe('lint zones', () => {
  it.each<[string, string, string]>([
    [CORE, "import { startSendGuard } from '../guard/send-guard'; void startSendGuard;", 'an import of the guard'],
    [CORE, "import { Indicator } from '../../components/Indicator'; void Indicator;", 'an import of components/'],
    [CORE, "import { gmail } from '../sites/gmail'; void gmail;", 'an import of a site adapter'],
    [CORE, "import { fetchProfile } from '../sync/fetch-profile'; void fetchProfile;", 'an import of sync'],
    [CORE, "import { browser } from '#imports'; void browser;", 'the extension API through #imports'],
    [CORE, "import { readFileSync } from 'node:fs'; void readFileSync;", 'a Node module'],
    [CORE, "import { useState } from 'react'; void useState;", 'React'],
    [CORE, 'void globalThis.fetch;', 'globalThis.fetch'],
    [CORE, "void fetch('https://example.com');", 'fetch'],
    [CORE, 'void location.href;', 'location'],
    [CORE, 'void new MutationObserver(() => {});', 'MutationObserver'],
    [CORE, 'void self;', 'self'],
    [CORE, 'void document.body;', 'document'],
    [CORE, 'void window.name;', 'window'],
    [CORE, 'void navigator.userAgent;', 'navigator'],
    [CORE, 'void chrome.runtime;', 'chrome'],
    [GUARD, 'void browser.runtime;', 'the extension API'],
    [GUARD, "import { browser } from '#imports'; void browser;", 'the extension API through #imports'],
    [
      GUARD,
      "import { readEffectiveState } from '../extension/effective'; void readEffectiveState;",
      'a value from lib/extension',
    ],
    [GUARD, "import { createGuardUi } from '../../components/guard-ui'; void createGuardUi;", 'components/'],
    [GUARD, "void fetch('https://example.com');", 'fetch'],
    [SYNC, 'void document.title;', 'document'],
    [SYNC, 'void window.name;', 'window'],
    [SYNC, "import { Indicator } from '../../components/Indicator'; void Indicator;", 'components/'],
    [SYNC, 'void chrome.storage;', 'chrome'],
    [SITES, "import { startSendGuard } from '../guard/send-guard'; void startSendGuard;", 'the guard'],
    [SITES, "void fetch('https://example.com');", 'fetch'],
    [SITES, 'void browser.tabs;', 'the extension API'],
  ])('%s may not use %s (%s)', async (file, code) => {
    expect(await problems(file, code)).not.toEqual([]);
  });

  it.each<[string, string]>([
    [GUARD, "import type { EffectiveState } from '../extension/effective'; export type S = EffectiveState;"],
    [GUARD, 'void document.body; void new MutationObserver(() => {});'],
    [SITES, "void document.querySelector('[g_editable]');"],
    [SYNC, "void fetch('https://example.com/team.json');"],
    [CORE, "import { z } from '../zod'; void z;"],
  ])('%s may: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
