// @ts-check
/* Trusted Types: the pages' script policy requires them, and this is the one policy.
   It turns two things into what the browser's sinks take: the site's own prerendered
   page, fetched from its own origin, into HTML for the page swap; and the service
   worker's address, a file of the site, into a script URL. The policy's name is the one
   the pages' script policy allows. */
import { ROUTES } from './rules.js';

/** @typedef {{ createPolicy: (name: string, rules: {
 *    createHTML: (text: string) => string, createScriptURL: (url: string) => string }) =>
 *    { createHTML: (text: string) => unknown, createScriptURL: (url: string) => unknown } }} TrustedTypes */

const factory = /** @type {{ trustedTypes?: TrustedTypes }} */ (globalThis).trustedTypes;
const policy = factory?.createPolicy(ROUTES.trustedTypes, {
  createHTML: (text) => text,
  createScriptURL: (url) => {
    // Only the site's own files: nothing else may become a script.
    if (new URL(url, location.href).origin !== location.origin) throw new TypeError(`not the site's: ${url}`);
    return url;
  },
});

/** A fetched page of the site's own, as the HTML a `DOMParser` may take. */
export const html = (/** @type {string} */ text) =>
  /** @type {string} */ (policy ? policy.createHTML(text) : text);

/** A script of the site's own (the service worker), as a URL the browser may run. */
export const scriptUrl = (/** @type {string} */ url) =>
  /** @type {string} */ (policy ? policy.createScriptURL(url) : url);
