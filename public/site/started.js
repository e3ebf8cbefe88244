// @ts-check
/* What every document does once it is shown (first load or after a page swap): the
   notices, clocks, variants and dated lines, the widget's height, then its islands. */
import { root } from './page.js';
import { offline, showUpdate } from './offline.js';
import { showClocks, showDated } from './dated.js';
import { showVariants } from './variants.js';
import { startIslands } from './islands.js';

/** The widget's height, to the framing page whenever it changes, so the frame fits. A
 *  widget listens to no messages at all, so a framing page cannot steer it. */
const heights = typeof ResizeObserver === 'function' && parent !== window
  ? new ResizeObserver(([entry]) => {
    const height = Math.ceil(entry.target.getBoundingClientRect().height);
    parent.postMessage({ type: 'clair-widget:height', height }, '*');
  })
  : null;

/** Shows this document's notices and starts its islands; marks `<html data-ready>`. */
export async function started(/** @type {HTMLElement} */ scope) {
  offline();
  showClocks();
  showVariants(scope);
  showDated();
  const widget = scope.querySelector('.widget');
  if (widget) {
    heights?.disconnect();
    heights?.observe(widget);
    root.classList.remove('widget-pending');
  }
  showUpdate();
  await startIslands(scope);
  root.dataset.ready = '';
}
