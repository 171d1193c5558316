import { defineConfig } from 'wxt';
import { allSiteHosts } from './lib/sites';
import { addModelFiles, modelAsFiles } from './build/model-files';
import { storeSafe } from './build/store-safe';

/**
 * The public half of the extension's signing key. It pins the Chromium extension id to
 * jbbnafckglbeopjjmcplnogkohpdenge, which enterprise policy (3rdparty.extensions.<id>)
 * and ExtensionSettings need to address the extension before it is in a store.
 */
export const CHROMIUM_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtGqMedivoh31fwAq2v/Uy750IfYcPjeHkbfci3g46J28EAG1Xdk1VQcgDGRVfnQj/lNd7e++JU/KTG+xh6syo7Lav9hUHliod8b0oWZOFPtTQ9vXdAZwzMPDLMDLG1Y/We59eZaGqjOAmCRYPPZbwYu8HmojaiOVlHfwBKQnvwSErA/JBO1LUVldETF8VtFDZ33/YL/iiDA0YcueITo5NNIeuJ9JSLSO4Fh2vR9kL5Z7VxvS8BlsRMtm7ApZP/+7O0IVWRirGO7NA6heRzzWuOFkhpfxk7wht6ruetDB6R3esnP6tckHHC0oirZrEYnxP4Acrn2pxT0b47Ur1aLclQIDAQAB';
export const CHROMIUM_ID = 'jbbnafckglbeopjjmcplnogkohpdenge';
export const GECKO_ID = 'consonant@consonant.dev';

/**
 * The extension's own pages and background may connect only to https and to this machine: a
 * redirect chain that passes through plain http is refused by the browser at that hop, so a
 * team URL that redirects (GitHub's raw links do) can be followed without trusting an http hop.
 */
export const EXTENSION_CSP =
  "script-src 'self'; object-src 'self'; connect-src 'self' https: http://localhost:* http://127.0.0.1:*";

// The manifest is the product's permission contract: every host and permission
// here is one a feature needs, and the README says which.
export default defineConfig({
  // webextension-polyfill gives one promise-based `browser` API across Chromium and Firefox.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // No string evaluation or markup assignment in what a store reviews (build/store-safe.ts).
  vite: () => ({ plugins: [storeSafe(), modelAsFiles()] }),
  hooks: { 'build:publicAssets': (_wxt, files) => addModelFiles(files) },
  manifest: ({ browser }) => ({
    name: 'Consonant',
    description:
      "Warns before you send a draft whose urgency, priority or decision language conflicts with your team's shared priorities profile.",
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: allSiteHosts(),
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    storage: { managed_schema: 'managed_schema.json' },
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    ...(browser === 'firefox'
      ? {
          // Firefox builds MV2, where optional hosts live in optional_permissions.
          optional_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              // Consonant collects nothing: drafts are read and checked on the device.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: CHROMIUM_KEY }),
  }),
});
