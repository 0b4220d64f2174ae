// Helpers shared by the search page and the document page. No dependencies, no build step.

export const FACETS = ['country', 'topic', 'type', 'language', 'source'];
export const FACET_NAMES = {
  country: 'Country', topic: 'Topic', type: 'Document type', language: 'Language', source: 'Source',
};

/** Creates an element. attrs: class, text, and any attribute or on<event> handler; children: nodes or strings. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Fetches JSON; a non-2xx answer throws an Error carrying the status and the API's error body. */
export async function getJson(url, options = {}) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, ...options });
  let body;
  try {
    body = await response.json();
  } catch {
    body = { error: 'bad_response', message: `The server answered ${response.status} without a readable body.` };
  }
  if (!response.ok) {
    const error = new Error(body && body.message ? body.message : `HTTP ${response.status}`);
    error.status = response.status;
    error.body = body || {};
    throw error;
  }
  return body;
}

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML-escaping server emits; unknown ones stay as written. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES[ref.toLowerCase()];
    return named === undefined ? whole : named;
  });
}

/**
 * Turns a snippet ("escaped text with only <mark> tags") into DOM nodes without ever parsing it as HTML.
 * The string is split on exactly "<mark>" and "</mark>"; any other '<' or '>' means the snippet is not what
 * the contract promises, so it is shown as plain text with every tag removed.
 */
export function markedFragment(snippet) {
  const fragment = document.createDocumentFragment();
  const parts = String(snippet ?? '').split(/(<mark>|<\/mark>)/);
  const clean = parts.every((p) => p === '<mark>' || p === '</mark>' || !/[<>]/.test(p));
  if (!clean) {
    fragment.append(decodeEntities(String(snippet).replace(/<[^>]*>?/g, '')));
    return fragment;
  }
  let open = false;
  for (const part of parts) {
    if (part === '<mark>') open = true;
    else if (part === '</mark>') open = false;
    else if (part) fragment.append(open ? el('mark', { text: decodeEntities(part) }) : decodeEntities(part));
  }
  return fragment;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** "2024-05-14" → "14 May 2024", "2024-05" → "May 2024", "2024" → "2024"; anything else as given. */
export function formatDate(value) {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] || mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function todayText() {
  const now = new Date();
  return `${now.getDate()} ${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
}

/** "returns-deportation" → "Returns deportation" when no label is known. */
export function humanize(slug) {
  const text = String(slug ?? '').replace(/[-_]+/g, ' ').trim();
  return text ? text[0].toUpperCase() + text.slice(1) : '';
}

/** Labels for facet values, learned from /api/facets and from every search answer. */
export class Labels {
  constructor() {
    this.maps = Object.fromEntries(FACETS.map((f) => [f, new Map()]));
  }

  learn(facets) {
    for (const f of FACETS) {
      for (const v of (facets && facets[f]) || []) {
        if (v.label) this.maps[f].set(v.value, v.label);
      }
    }
  }

  label(facet, value) {
    const known = this.maps[facet] && this.maps[facet].get(value);
    if (known) return known;
    return facet === 'country' || facet === 'language' || facet === 'source' ? value : humanize(value);
  }
}

/** Only http(s) addresses become links; anything else (javascript:, data:) is shown as text. */
export function safeHttpUrl(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The address of a document page, carrying the search parameters (so it can mark terms and link back). */
export function documentHref(id, searchParams) {
  const qs = searchParams ? searchParams.toString() : '';
  return `/documents/${encodeURIComponent(id)}${qs ? `?${qs}` : ''}`;
}

// ---- Marking query terms in plain text -------------------------------------------------------------

const OPERATORS = new Set(['and', 'or', 'not', 'to']);

function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fold(text) {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Reads the terms and phrases of a query (Lucene classic or plain words) as regular-expression sources over
 * accent-folded, lower-cased text. Operators, field prefixes, boosts and fuzziness are dropped; * and ?
 * become letter wildcards; a term also matches its plural and possessive forms.
 */
export function queryPatterns(query) {
  const patterns = [];
  const word = '[\\p{L}\\p{N}]';
  const tokenRe = /"([^"]*)"|([^\s"()]+)/g;
  let m;
  while ((m = tokenRe.exec(fold(query || '')))) {
    if (m[1] !== undefined) {
      const words = m[1].split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      if (words.length) patterns.push(words.map(escapeRegex).join(`[^\\p{L}\\p{N}]+`));
      continue;
    }
    let t = m[2].replace(/^[+\-!]+/, '').replace(/^(title|text):/, '').replace(/[~^][\d.]*$/, '');
    t = t.replace(/[^\p{L}\p{N}*?]+/gu, '');
    if (!t || OPERATORS.has(t) || /^[*?]+$/.test(t)) continue;
    let source = t.split('').map((c) => (c === '*' ? `${word}*` : c === '?' ? word : escapeRegex(c))).join('');
    if (!t.includes('*')) source += "(?:s|es|'s)?";
    patterns.push(source);
  }
  return patterns;
}

/**
 * Appends `text` to `parent` as text nodes, wrapping matches of the query's terms in <mark>; returns the
 * number of marks. Matching happens on folded text; an index map points back into the original text.
 */
export function appendMarked(parent, text, regex) {
  if (!regex) {
    parent.append(text);
    return 0;
  }
  let folded = '';
  const origin = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
  }
  origin.push(text.length);
  let last = 0;
  let count = 0;
  regex.lastIndex = 0;
  let m;
  while ((m = regex.exec(folded))) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const start = origin[m.index];
    const end = origin[m.index + m[0].length] ?? text.length;
    if (start < last) continue;
    if (start > last) parent.append(text.slice(last, start));
    parent.append(el('mark', { text: text.slice(start, end) }));
    last = end;
    count++;
  }
  if (last < text.length) parent.append(text.slice(last));
  return count;
}

/** One regular expression for all of a query's terms, or null when there is nothing to mark. */
export function termRegex(query) {
  const patterns = queryPatterns(query);
  if (!patterns.length) return null;
  patterns.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** The address of a country's page. */
export function countryHref(code) {
  return `/countries/${encodeURIComponent(code)}`;
}
