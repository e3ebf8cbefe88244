// @ts-check
/* Choices (ticks, radios) made in an island that has not run yet, kept for this tab
   until the island has them: a reload or a Back in the first moments brings them back
   to the page and starts the island, which then stores them its own way. Keyed by page
   path and control id; nothing here knows what the island stores. */
import { LANGS } from './rules.js';

/** @typedef {Record<string, Record<string, boolean>>} Drafts */

/** Every page's drafts; nothing when storage is refused or holds something else. */
function drafts() {
  try {
    const all = JSON.parse(sessionStorage.getItem(LANGS.storage.drafts) || '{}');
    return /** @type {Drafts} */ (all && typeof all === 'object' && !Array.isArray(all) ? all : {});
  } catch {
    return /** @type {Drafts} */ ({});
  }
}

function saveDrafts(/** @type {Drafts} */ all) {
  try {
    if (Object.keys(all).length) sessionStorage.setItem(LANGS.storage.drafts, JSON.stringify(all));
    else sessionStorage.removeItem(LANGS.storage.drafts);
  } catch {
    // Storage refused (private mode, quota): the choice lives as long as the page.
  }
}

/** Whether a control is a choice kept as a draft: a tick or a radio with an id. */
export const isChoice = (/** @type {unknown} */ control) =>
  control instanceof HTMLInputElement && Boolean(control.id) && (control.type === 'checkbox' || control.type === 'radio');

/** Records a choice made before its island runs (or forgets one undone). */
export function draftChoice(/** @type {HTMLInputElement} */ control) {
  const all = drafts();
  const page = (all[location.pathname] ||= {});
  if (control.checked !== control.defaultChecked) page[control.id] = control.checked;
  else delete page[control.id];
  if (!Object.keys(page).length) delete all[location.pathname];
  saveDrafts(all);
}

/** Puts this page's recorded choices back into `scope`'s controls; whether any was. */
export function restoreDrafts(/** @type {ParentNode} */ scope) {
  const page = drafts()[location.pathname] || {};
  let any = false;
  for (const [id, checked] of Object.entries(page)) {
    const control = scope.querySelector(`leptos-island #${CSS.escape(id)}`);
    if (isChoice(control) && typeof checked === 'boolean') {
      /** @type {HTMLInputElement} */ (control).checked = checked;
      any = true;
    }
  }
  return any;
}

/** The island has the choices: they are no longer drafts. */
export function forgetDrafts(/** @type {Element} */ el) {
  const all = drafts();
  const page = all[location.pathname];
  if (!page) return;
  for (const control of el.querySelectorAll('input')) delete page[control.id];
  if (!Object.keys(page).length) delete all[location.pathname];
  saveDrafts(all);
}
