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


/** The address of a country's page. */
export function countryHref(code) {
  return `/countries/${encodeURIComponent(code)}`;
}
