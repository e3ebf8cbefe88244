// @ts-check
/* How the content editor writes a file back: in the repository's format (`formatted`),
   keeping the file's own key order and leaving out what an editor emptied, so a saved
   change is the lines it changed and nothing else. Decap keeps an entry as Immutable.js maps, which
   lose their order past eight keys, and writes a cleared optional field as "" or null,
   which the content rules refuse ("absent fields are unknown, not empty"). */

/** A value read from JSON (JSDoc cannot name the recursive type). @typedef {any} Json */
/** @typedef {{ [key: string]: Json }} JsonObject */

/** @param {unknown} value @returns {value is JsonObject} */
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** An emptied value: the editor cleared a field or a list.
 *  @param {unknown} value */
export function isEmpty(value) {
  return value === '' || value === null || value === undefined
    || (Array.isArray(value) && value.length === 0)
    || (isObject(value) && Object.keys(value).length === 0);
}

/** `data` in the key order of `original` (the file as read), at every depth: list items
 *  are matched by `id`, else by position, and a new item takes its first sibling's
 *  order; keys the original lacks come last. An emptied value is left out unless the
 *  original had exactly that value.
 *  @param {Json | undefined} data
 *  @param {Json | undefined} original
 *  @returns {Json | undefined} */
export function ordered(data, original) {
  if (Array.isArray(data)) {
    const before = Array.isArray(original) ? original : [];
    /** @type {Map<Json, Json>} */
    const byId = new Map();
    for (const item of before) if (isObject(item) && 'id' in item) byId.set(item.id, item);
    return data.map((item, i) => {
      const own = isObject(item) && 'id' in item ? byId.get(item.id) : undefined;
      return /** @type {Json} */ (ordered(item, own ?? before[i] ?? before[0]));
    });
  }
  if (!isObject(data)) return data;
  const was = isObject(original) ? original : {};
  /** @type {JsonObject} */
  const out = {};
  const keys = [...Object.keys(was).filter((k) => k in data), ...Object.keys(data).filter((k) => !(k in was))];
  for (const key of keys) {
    const value = ordered(data[key], was[key]);
    const keptEmpty = key in was && JSON.stringify(was[key]) === JSON.stringify(value);
    if (value !== undefined && (!isEmpty(value) || keptEmpty)) out[key] = value;
  }
  return out;
}

/** The repository's JSON format: two-space indents, a list of plain values on one line
 *  (`["fr", "ko", "zh"]`), a final newline. Every file in `public/data` is written so.
 *  @param {Json | undefined} value */
export function formatted(value) {
  /** @param {Json} v @param {string} indent @returns {string} */
  const write = (v, indent) => {
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (v.every((x) => x === null || typeof x !== 'object')) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
      return `[\n${v.map((x) => inner + write(x, inner)).join(',\n')}\n${indent}]`;
    }
    if (isObject(v)) {
      const keys = Object.keys(v);
      if (keys.length === 0) return '{}';
      return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${write(v[k], inner)}`).join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return `${write(value ?? null, '')}\n`;
}

/** The text of a file as saved. @param {Json | undefined} data @param {Json | undefined} original */
export function fileText(data, original) {
  return formatted(ordered(data, original));
}
