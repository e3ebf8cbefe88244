// Module-loader hook for scripts/bench-lighthouse.mjs (registered before lighthouse is imported).
// Lighthouse 12.2.3's trace engine (@paulirish/trace_engine 0.0.32) reads the trace event arg
// `chrome_frame_reporter`, which newer Chromium (156 here) renames to `frame_reporter`. Without
// this, the RootCauses/TraceElements gatherers throw, and the LCP-element, render-blocking,
// layout-shift and similar audits come out as errors. Scores do not depend on them.
// The rewrite only applies when the old line is found, so it is a no-op after an upgrade.
const target = '/@paulirish/trace_engine/models/trace/handlers/ScreenshotsHandler.js';
const from = 'evt.args.data.beginEvent.args.chrome_frame_reporter.frame_sequence';
const to = '(evt.args.data.beginEvent.args.chrome_frame_reporter ?? evt.args.data.beginEvent.args.frame_reporter)?.frame_sequence';

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.endsWith(target)) return result;
  const source = String(result.source);
  return source.includes(from) ? { ...result, source: source.replace(from, to) } : result;
}
