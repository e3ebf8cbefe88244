// @ts-check
/* Copy buttons work without wasm: `button[data-copy]` copies its text and says so in
   the `.copy-status` beside it (`data-copied`, `data-failed`). */
import { targetOf } from './page.js';

document.addEventListener('click', async (event) => {
  const button = targetOf(event)?.closest('button[data-copy]');
  if (!(button instanceof HTMLElement)) return;
  const next = button.nextElementSibling;
  const status = next instanceof HTMLElement && next.matches('.copy-status') ? next : null;
  let copied = false;
  try {
    await navigator.clipboard.writeText(button.dataset.copy || '');
    copied = true;
  } catch {
    // Refused (no permission, insecure context): say so.
  }
  if (status) status.textContent = (copied ? status.dataset.copied : status.dataset.failed) || '';
});
