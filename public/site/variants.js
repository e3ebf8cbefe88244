// @ts-check
/* Variants: what a page holds once per value of a URL parameter. `[data-variants=KEY]`
   holds a child per value of the URL's KEY (`data-variant`; empty for none): the URL's
   is shown, or the one for none when the page has no such variant;
   `select[data-variant-picker=KEY]` shows which and picks another. */
import { targetOf } from './page.js';

export function showVariants(/** @type {ParentNode} */ scope) {
  const params = new URLSearchParams(location.search);
  for (const box of /** @type {NodeListOf<HTMLElement>} */ (scope.querySelectorAll('[data-variants]'))) {
    const key = box.dataset.variants || '';
    const all = /** @type {HTMLElement[]} */ ([...box.children].filter((el) => el.hasAttribute('data-variant')));
    const chosen = all.find((el) => el.dataset.variant === (params.get(key) || ''))
      || all.find((el) => el.dataset.variant === '');
    for (const el of all) el.hidden = el !== chosen;
    for (const select of scope.querySelectorAll(`select[data-variant-picker="${CSS.escape(key)}"]`)) {
      /** @type {HTMLSelectElement} */ (select).value = chosen?.dataset.variant || '';
    }
  }
}

/** A picked variant is a new history entry (Back returns to the one before). */
function pickVariant(/** @type {HTMLSelectElement} */ select) {
  const url = new URL(location.href);
  const key = select.dataset.variantPicker || '';
  if (select.value) url.searchParams.set(key, select.value);
  else url.searchParams.delete(key);
  if (url.href !== location.href) history.pushState({}, '', url);
  showVariants(document.body);
}

document.addEventListener('change', (event) => {
  const select = targetOf(event)?.closest('select[data-variant-picker]');
  if (select instanceof HTMLSelectElement) pickVariant(select);
});

document.addEventListener('submit', (event) => {
  const select = targetOf(event)?.querySelector('select[data-variant-picker]');
  if (!(select instanceof HTMLSelectElement) || event.defaultPrevented) return;
  event.preventDefault();
  pickVariant(select);
});
