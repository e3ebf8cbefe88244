// @ts-check
/* Islands: every <leptos-island> is started by the wasm's `start_island`, one per task so
   no long task blocks the page. An island inside `[data-hydrate=interaction]` waits for
   the visitor's first pointer, focus or key inside it (or for a query string, which it
   must apply at once). `[data-needs]` names the content files the island reads; the wasm
   fetches them first. Nothing the visitor enters before an island runs is lost. */
import { edited, unprefixed } from './rules.js';
import { base, readStored } from './page.js';
import { draftChoice, forgetDrafts, isChoice, restoreDrafts } from './drafts.js';

/** @typedef {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} Control */
/** @typedef {HTMLElement & { $$started?: Promise<void>, $$running?: boolean }} Island */
/** @typedef {{ default: (init: { module_or_path: string }) => Promise<unknown>,
 *    start_island: (el: Element, component: unknown, needs: string, before: () => void) => Promise<void>,
 *    [component: string]: unknown }} Wasm */

const CONTROLS = 'input, select, textarea';

/* The wasm bundle a page names (the site's, or the light one of pages whose island
   starts at once), each loaded once per visit, when an island first needs it. */
/** @type {Map<string, Promise<Wasm>>} */
const bundles = new Map();
function loadWasm() {
  // What Leptos' hydration reads for data serialized into a page. Islands here read
  // their files instead, so the build writes none of it (and no inline script).
  const globals = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));
  for (const name of ['__RESOLVED_RESOURCES', '__SERIALIZED_ERRORS', '__PENDING_RESOURCES',
    '__RESOURCE_RESOLVERS', '__INCOMPLETE_CHUNKS']) globals[name] ??= [];
  const files = document.querySelector('meta[name=clair-wasm]')?.getAttribute('content') || '';
  let bundle = bundles.get(files);
  if (!bundle) {
    const [glue, binary] = files.split(' ');
    bundle = import(glue).then(async (/** @type {Wasm} */ mod) => {
      await mod.default({ module_or_path: binary });
      return mod;
    });
    bundles.set(files, bundle);
  }
  return bundle;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether `el` is a form control. */
export const isControl = (/** @type {unknown} */ el) =>
  el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;

/** Whether the visitor changed a form control from what the page was prerendered with. */
export function changedByVisitor(/** @type {Control} */ control) {
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
    return control.checked !== control.defaultChecked;
  }
  if (control instanceof HTMLSelectElement) {
    // With no option marked `selected` in the HTML, the first one is the default.
    const index = [...control.options].findIndex((o) => o.defaultSelected);
    return control.selectedIndex !== Math.max(index, 0);
  }
  return control.value !== control.defaultValue;
}

/** The form controls under `el`. */
const controlsIn = (/** @type {Element} */ el) => /** @type {Control[]} */ ([...el.querySelectorAll(CONTROLS)]);

/** A text control and its selection, when it has one. */
const textual = (/** @type {EventTarget | null} */ el) =>
  (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.selectionStart !== null ? el : null;

/** What the visitor entered in `el` while it was static: given back to the island once
 *  it runs, as the input and change events it would have seen (its start-up may reset
 *  the controls to its own state). A choice made meanwhile updates what is given back,
 *  so the visitor's latest wins; text typed meanwhile is held (the start-up could
 *  otherwise empty the field under the typing and keep only the last keys) and applied
 *  to the visitor's own text. Returns the function that gives it back. */
function entered(/** @type {Element} */ el) {
  /** @type {Map<Control, { value: string, checked: boolean }>} */
  const saved = new Map();
  const save = (/** @type {Control} */ control) =>
    saved.set(control, { value: control.value, checked: control instanceof HTMLInputElement && control.checked });
  controlsIn(el).filter(changedByVisitor).forEach(save);
  const track = (/** @type {Event} */ event) => {
    if (event.isTrusted && isControl(event.target)) save(/** @type {Control} */ (event.target));
  };
  // Typing goes into the visitor's own text, not into what the start-up left there,
  // at the visitor's selection in it.
  /** @type {Map<HTMLInputElement | HTMLTextAreaElement, [string, number, number]>} */
  const selected = new Map();
  const select = (/** @type {EventTarget | null} */ target) => {
    const control = textual(target);
    if (control) selected.set(control, [control.value, control.selectionStart ?? 0, control.selectionEnd ?? 0]);
  };
  const onSelect = (/** @type {Event} */ event) => select(event.target);
  if (el.contains(document.activeElement)) select(document.activeElement);
  const hold = (/** @type {InputEvent} */ event) => {
    const control = textual(event.target);
    if (!event.isTrusted || event.isComposing || !control) return;
    const text = saved.get(control)?.value ?? control.value;
    const [shown, from, to] = selected.get(control) || [];
    const [start, end] = control.value === text
      ? [control.selectionStart ?? text.length, control.selectionEnd ?? text.length]
      : shown === text ? [from ?? 0, to ?? 0] : [text.length, text.length];
    const data = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    const next = edited(text, start, end, event.inputType, data);
    if (!next) return;
    event.preventDefault();
    control.value = next[0];
    control.setSelectionRange(next[1], next[1]);
    selected.delete(control);
    save(control);
  };
  el.addEventListener('input', track, true);
  el.addEventListener('change', track, true);
  el.addEventListener('beforeinput', /** @type {EventListener} */ (hold), true);
  el.addEventListener('select', onSelect, true);
  return () => {
    el.removeEventListener('select', onSelect, true);
    el.removeEventListener('input', track, true);
    el.removeEventListener('change', track, true);
    el.removeEventListener('beforeinput', /** @type {EventListener} */ (hold), true);
    for (const [control, { value, checked }] of saved) {
      if (!control.isConnected) continue;
      if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
        if (control.type === 'radio' && !checked) continue;
        control.checked = checked;
      } else {
        control.value = value;
        // The start-up's reset lost the visitor's selection in it: back where it was.
        const text = textual(control);
        const [shown, from, to] = text ? selected.get(text) || [] : [];
        if (text && shown === value && document.activeElement === text) text.setSelectionRange(from ?? 0, to ?? 0);
      }
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
}

/** Starts one island (once); resolves when it has started. */
function startIsland(/** @type {Island} */ el) {
  el.$$started ||= (async () => {
    const mod = await loadWasm();
    await nextTask();
    const slot = /** @type {HTMLElement | null | undefined} */ (el.parentElement?.closest('[data-needs]'));
    const needs = slot?.dataset.needs || '';
    // Called just before the island hydrates (also after a Retry): what the visitor
    // entered until then goes back to it once its own start-up (the URL's state,
    // stored ticks) has run.
    const before = () => {
      el.$$running = true;
      const giveBack = entered(el);
      setTimeout(() => {
        giveBack();
        forgetDrafts(el);
      }, 0);
    };
    await mod.start_island(el, mod[el.dataset.component || ''], needs, before);
    await nextTask();
  })();
  return el.$$started;
}

/** The nearest ancestor of `el` (not `el`) with the attribute, as an HTML element. */
const slotOf = (/** @type {Element} */ el, /** @type {string} */ selector) =>
  /** @type {HTMLElement | null} */ (el.parentElement?.closest(selector) ?? null);

/** Starts the islands under `scope`; resolves when the ones that start now have. */
export async function startIslands(/** @type {ParentNode} */ scope) {
  const islands = /** @type {Island[]} */ ([...scope.querySelectorAll('leptos-island')])
    .filter((el) => !slotOf(el, 'leptos-island'));
  /** @type {Island[]} */
  const now = [];
  const restored = restoreDrafts(scope);
  for (const el of islands) {
    el.addEventListener('change', (event) => {
      if (el.$$running === undefined && event.isTrusted && isChoice(event.target)) {
        draftChoice(/** @type {HTMLInputElement} */ (event.target));
      }
    }, true);
    const lazy = /** @type {HTMLElement | null} */ (el.closest('[data-hydrate=interaction]'));
    const under = slotOf(el, '[data-only-under]')?.dataset.onlyUnder;
    if (under !== undefined && !unprefixed(location.pathname, base).startsWith(under)) continue;
    const query = location.search && !lazy?.hasAttribute('data-lazy-with-query');
    const drafted = restored && controlsIn(el).some(changedByVisitor);
    if (lazy && !query && !drafted && !readStored(lazy.dataset.unlessStored)) {
      wakeOnInteraction(lazy, el);
    } else {
      now.push(el);
    }
  }
  for (const el of now) {
    try {
      await startIsland(el);
    } catch (error) {
      console.error(error);
    }
  }
}

const WAKE_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'touchstart'];

/** Starts `el` at the first pointer, focus or key inside `slot`. A form submitted
 *  before the island runs is submitted again once it does, to the island. */
function wakeOnInteraction(/** @type {HTMLElement} */ slot, /** @type {Island} */ el) {
  const wake = () => {
    for (const type of WAKE_EVENTS) slot.removeEventListener(type, wake, true);
    return startIsland(el).catch((error) => console.error(error));
  };
  for (const type of WAKE_EVENTS) slot.addEventListener(type, wake, { capture: true, passive: true });
  // A plain button pressed before the island runs (show all steps, say) is pressed
  // again once it does; form controls come back through `entered`.
  slot.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[type=button]') : null;
    if (!(button instanceof HTMLButtonElement) || !el.contains(button) || el.$$running !== undefined) return;
    el.$$started?.then(() => el.$$running && button.isConnected && button.click());
  }, true);
  slot.addEventListener('submit', (event) => {
    const form = event.target;
    if (el.$$running || !(form instanceof HTMLFormElement) || !el.contains(form)) return;
    event.preventDefault();
    const submitter = /** @type {SubmitEvent} */ (event).submitter;
    wake().finally(() => {
      // Once: to the island when it runs, or as a plain GET when it could not start.
      // The island's start-up may have drawn the form anew: then its form, once.
      const running = el.$$running;
      el.$$running = true;
      const now = form.isConnected ? form : el.querySelector('form');
      if (!now) return;
      if (running) now.requestSubmit(submitter?.isConnected && now.contains(submitter) ? submitter : undefined);
      else now.submit();
    });
  }, true);
}
