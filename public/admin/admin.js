// @ts-check
/* The content editor's additions to Decap CMS (loaded after `decap-cms.js`, whose
   globals it uses): the file format that keeps the repository's layout, the checked
   JSON field for structures no form can express, and previews of an office and of the
   FAQ with the site's own stylesheet. The fields themselves come from the generated
   `config.yml`. */
import langs from '../site/langs.json';
import { fileText } from './order.js';
import { pageBody } from './preview.js';

/** Decap's globals: the CMS, React's createElement and create-react-class. */
const { CMS, h, createClass } = /** @type {any} */ (window);

/** @typedef {import('./order.js').Json} Json */

/** Values read from a file arrive as Immutable.js collections.
 *  @param {any} value @returns {Json | undefined} */
const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);

// Each file as it was read, by its `$schema` (one per file), to write it back in order.
/** @type {Map<string, Json>} */
const read = new Map();
CMS.registerCustomFormat('json-ordered', 'json', {
  /** @param {string} text */
  fromFile(text) {
    const data = JSON.parse(text);
    if (data && typeof data.$schema === 'string') read.set(data.$schema, data);
    return data;
  },
  /** @param {any} data */
  toFile(data) {
    const value = plain(data);
    const schema = value && typeof value === 'object' && !Array.isArray(value) ? value.$schema : undefined;
    return fileText(value, typeof schema === 'string' ? read.get(schema) : undefined);
  },
});

/** A value as the JSON field shows it. @param {any} value */
const asText = (value) => {
  const v = plain(value);
  return v === undefined || v === null || v === '' ? '' : JSON.stringify(v, null, 2);
};

/** The JSON field: a structure too deep for a form (the eligibility rules), edited as
 *  JSON that must parse before it is saved; `make content-check` checks the rest. */
const JsonControl = createClass({
  getInitialState() {
    return { text: asText(this.props.value), error: null };
  },
  /** @param {{ target: HTMLTextAreaElement }} event */
  handleChange(event) {
    const text = event.target.value;
    if (text.trim() === '') {
      this.setState({ text, error: null });
      this.props.onChange(undefined);
      return;
    }
    try {
      const value = JSON.parse(text);
      this.setState({ text, error: null });
      this.props.onChange(value);
    } catch (err) {
      this.setState({ text, error: err instanceof Error ? err.message : String(err) });
    }
  },
  isValid() {
    return this.state.error ? { error: { message: `Not valid JSON: ${this.state.error}` } } : true;
  },
  render() {
    const hintId = `${this.props.forID}-json-hint`;
    return h('div', null,
      h('textarea', {
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: this.state.text,
        onChange: this.handleChange,
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
        spellCheck: false,
        rows: 12,
        'aria-describedby': hintId,
        'aria-invalid': this.state.error ? 'true' : undefined,
        style: { fontFamily: 'monospace', width: '100%' },
      }),
      h('p', { id: hintId, style: { margin: '0.5em 0 0' } },
        this.state.error
          ? `Not valid JSON, so it cannot be saved: ${this.state.error}`
          : 'JSON, checked as you type; `make content-check` checks what it means.'));
  },
});
const JsonPreview = createClass({
  render() {
    return h('pre', null, asText(this.props.value));
  },
});
CMS.registerWidget('json', JsonControl, JsonPreview);

// Previews with the site's stylesheet (copied beside this page by the build).
CMS.registerPreviewStyle('site.css');

/** A preview with a language switch: the languages of the site, in its order. */
const previewOf = (/** @type {'office' | 'faq'} */ kind) => createClass({
  getInitialState() {
    // The file as opened, so the preview can put what changed first.
    return { lang: langs.langs[0].code, before: plain(this.props.entry.getIn(['data'])) };
  },
  render() {
    const data = plain(this.props.entry.getIn(['data']));
    const lang = this.state.lang;
    const switcher = h('p', { className: 'lang-switch' }, langs.langs.map((l) => h('button', {
      key: l.code,
      type: 'button',
      className: l.code === lang ? 'button' : 'button button-secondary',
      'aria-pressed': l.code === lang ? 'true' : 'false',
      onClick: () => this.setState({ lang: l.code }),
    }, l.code)));
    const tag = langs.langs.find((l) => l.code === lang)?.tag ?? lang;
    return h('main', { lang: tag, className: 'cms-preview' }, switcher, pageBody(h, kind, data, lang, this.state.before));
  },
});
CMS.registerPreviewTemplate('offices', previewOf('office'));
CMS.registerPreviewTemplate('jet_faq', previewOf('faq'));

