// @ts-check
/* What depends on the visitor's clock (pages are prerendered without one): an office's
   local time, and the lines, steps and counts that depend on the day. */
import { daysBetween, isoDay, onDay } from './rules.js';
import { root } from './page.js';

/** An office's local time, and whether it is a weekday 9:00–16:59 there. */
export function showClocks() {
  const now = new Date();
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-clock-zone]'))) {
    try {
      const timeZone = el.dataset.clockZone;
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23',
      }).formatToParts(now);
      const part = (/** @type {string} */ type) => parts.find((p) => p.type === type)?.value;
      const hour = Number(part('hour'));
      const open = !['Sat', 'Sun'].includes(part('weekday') || '') && hour >= 9 && hour < 17;
      // The 24-hour clock in every language, like the office hours beside it; day and
      // time apart, since Japanese formatting puts the day in half-width brackets.
      const format = (/** @type {Intl.DateTimeFormatOptions} */ options) =>
        new Intl.DateTimeFormat(root.lang, { timeZone, ...options }).format(now);
      const time = `${format({ weekday: 'long' })} ${format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
      const stop = el.dataset.stop ?? '. ';
      el.textContent = `${time}${stop}${open ? el.dataset.open : el.dataset.closed}`;
    } catch {
      // An unknown zone keeps the dash.
    }
  }
}
setInterval(showClocks, 30 * 1000);

/** `[data-dated]` shows its line whose `data-on` holds today, else its line without
 *  `data-on` (true on any day); `[data-shown-on]` shows on its days only;
 *  `[data-current-on]` is the current step on its days; `[data-days-to]` counts the
 *  days left until its date. */
export function showDated() {
  const today = isoDay(new Date());
  for (const box of document.querySelectorAll('[data-dated]')) {
    const lines = /** @type {HTMLElement[]} */ ([...box.children]);
    const chosen = lines.find((line) => line.dataset.on && onDay(line.dataset.on, today))
      ?? lines.find((line) => !line.dataset.on);
    for (const line of lines) line.classList.toggle('variant-hidden', line !== chosen);
  }
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-shown-on]'))) {
    el.hidden = !onDay(el.dataset.shownOn || '', today);
  }
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-current-on]'))) {
    if (onDay(el.dataset.currentOn || '', today)) el.setAttribute('aria-current', 'step');
    else el.removeAttribute('aria-current');
  }
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-days-to]'))) {
    el.textContent = String(daysBetween(today, el.dataset.daysTo || today));
  }
}
