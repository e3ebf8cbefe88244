// @ts-check
/* What this document says about itself: the site's base path and the route it was
   prerendered for, both written by the prerenderer. */

export const root = document.documentElement;
export const base = document.querySelector('meta[name=clair-base]')?.getAttribute('content') || '/';

/** The route a prerendered document was made for. */
export const routeOf = (/** @type {Document} */ doc) =>
  doc.querySelector('meta[name=clair-route]')?.getAttribute('content') ?? null;

/** An event's target as an element, when it is one. */
export function targetOf(/** @type {Event} */ event) {
  return event.target instanceof Element ? event.target : null;
}

/** `localStorage.getItem`, or null where storage is refused. */
export function readStored(/** @type {string | undefined} */ key) {
  try {
    return key ? localStorage.getItem(key) : null;
  } catch {
    return null;
  }
}
