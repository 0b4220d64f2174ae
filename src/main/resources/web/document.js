// The document page: metadata, the full text (as text, never as HTML) with the search terms marked,
// a citation to copy, similar documents and a way back to the same results.

import {
  FACET_NAMES, Labels, el, getJson, formatDate, todayText, safeHttpUrl, documentHref, countryHref,
} from './common.js';
import { queryTerms, appendMarked } from './marker.js';

const $ = (id) => document.getElementById(id);
const labels = new Labels();
const params = new URLSearchParams(location.search);
const query = params.get('q') || '';
const id = decodeURIComponent(location.pathname.replace(/^\/documents\//, ''));

const back = $('back');
back.href = params.toString() ? `/?${params}` : '/';
back.textContent = params.toString() ? '← Back to the results' : '← Search';

function metaRow(term, ...value) {
  return [el('dt', { text: term }), el('dd', {}, ...value)];
}

function tagList(facet, values) {
  return el('ul', { class: 'inline-list' }, values.map((v) => el('li', {}, facet === 'country'
    ? el('a', { href: countryHref(v), class: 'tag tag-country', title: `${labels.label(facet, v)}: documents per year, topics, newest` },
      labels.label(facet, v))
    : el('a', { href: `/?${new URLSearchParams([[facet, v]])}`, class: 'tag', title: `All documents with ${FACET_NAMES[facet].toLowerCase()} ${labels.label(facet, v)}` },
      labels.label(facet, v)))));
}

function renderMeta(doc) {
  const dl = $('doc-meta');
  const rows = [];
  if (doc.date) rows.push(metaRow('Date', el('time', { datetime: doc.date, text: formatDate(doc.date) })));
  if (doc.type) rows.push(metaRow('Type', labels.label('type', doc.type)));
  if (doc.source) rows.push(metaRow('Source', doc.source));
  if (doc.language) rows.push(metaRow('Language', labels.label('language', doc.language)));
  if (doc.countries && doc.countries.length) rows.push(metaRow('Countries', tagList('country', doc.countries)));
  if (doc.topics && doc.topics.length) rows.push(metaRow('Topics', tagList('topic', doc.topics)));
  const url = safeHttpUrl(doc.url);
  if (url) rows.push(metaRow('Original', el('a', { href: url, id: 'original-url', rel: 'noopener noreferrer', class: 'break' }, url)));
  else if (doc.url) rows.push(metaRow('Original', el('span', { class: 'break', text: doc.url })));
  else rows.push(metaRow('Original', el('span', { class: 'muted', text: 'no address recorded' })));
  rows.push(metaRow('Identifier', el('code', { class: 'break', text: doc.id })));
  if (doc.path) {
    rows.push(metaRow('File', el('a', { href: originalFileHref(doc), id: 'original-file', class: 'break' },
      el('code', { text: doc.path }))));
  }
  dl.replaceChildren(...rows.flat());
}

const CUES = {
  title: 'named in the title',
  issuer: 'the document is issued by it',
  passage: 'a passage deals with it',
};

// Why each country and topic is on this document: declared by the file, or detected, with the
// sentence that decided it, so a reader can see at once whether to trust the facet value.
function renderReasons(doc) {
  const list = $('doc-reasons');
  const reasons = doc.label_reasons || { countries: [], topics: [] };
  const items = [];
  for (const [facet, values] of [['country', reasons.countries || []], ['topic', reasons.topics || []]]) {
    for (const r of values) {
      const how = r.origin === 'declared' ? 'declared by the file' : `detected: ${CUES[r.cue] || r.cue}`;
      items.push(el('li', { class: `reason ${r.origin}`, 'data-facet': facet, 'data-value': r.value },
        el('span', { class: 'tag', text: labels.label(facet, r.value) }),
        el('span', { class: 'muted small', text: ` ${how}` }),
        r.evidence ? el('blockquote', { class: 'evidence', text: r.evidence }) : null));
    }
  }
  $('doc-reasons-box').hidden = items.length === 0;
  list.replaceChildren(...items);
}

function citationText(doc) {
  const parts = [];
  parts.push(`${doc.title || doc.id}.`);
  const where = [doc.source, formatDate(doc.date)].filter(Boolean).join(', ');
  if (where) parts.push(`${where}.`);
  parts.push(doc.url ? `${doc.url}` : `Document ${doc.id}.`);
  parts.push(`(accessed ${todayText()}).`);
  return parts.join(' ');
}

function originalFileHref(doc) {
  return `/api/documents/${encodeURIComponent(doc.id)}/file`;
}

function pageMarker(doc, page) {
  return el('p', { class: 'page-marker', id: `page-${page}` },
    el('a', { href: `${originalFileHref(doc)}#page=${page}`, title: `Page ${page} in the original file` }, `p. ${page}`));
}

function renderText(doc) {
  const body = $('doc-body');
  const terms = queryTerms(query);
  let marks = 0;
  const text = el('div', { id: 'doc-text', class: 'doc-text', tabindex: '-1' });
  // A paged document (PDF) ends every page with a form feed; each page gets a marker before it.
  const pages = String(doc.text || '').split('\f');
  const pageCount = (doc.page_starts || []).length;
  let paragraphCount = 0;
  pages.forEach((pageText, i) => {
    if (i < pageCount) text.append(pageMarker(doc, i + 1));
    for (const p of pageText.split(/\r?\n/).map((s) => s.trim()).filter(Boolean)) {
      const para = el('p');
      marks += appendMarked(para, p, terms);
      text.append(para);
      paragraphCount += 1;
    }
  });
  if (!paragraphCount) text.append(el('p', { class: 'muted', text: 'This document has no text.' }));
  const status = $('doc-status');
  status.replaceChildren();
  if (terms.length) {
    status.append(marks
      ? `${marks} match${marks === 1 ? '' : 'es'} for `
      : 'No exact matches marked for ', el('q', { text: query }));
    if (marks) {
      let at = -1;
      status.append(' ', el('button', {
        type: 'button', class: 'small-button', id: 'next-match',
        onclick: () => {
          const all = document.querySelectorAll('#doc-text mark'); // the structured text may have replaced the plain one
          all.forEach((m) => m.classList.remove('current'));
          at = (at + 1) % all.length;
          all[at].classList.add('current');
          all[at].scrollIntoView({ block: 'center' });
        },
      }, 'Next match'));
    }
  }
  body.replaceChildren(text);
}

// ---- The text's structure (headings, lists, tables) ----------------------------------------------------

/**
 * Replaces the plain paragraphs with the document's structure when its file has one. The server sends
 * HTML already reduced to an allow-list of elements; it is parsed inertly and the query's terms are
 * marked in its text nodes, exactly as in the plain text.
 */
async function renderStructure(doc) {
  let structure;
  try {
    structure = await getJson(`/api/documents/${encodeURIComponent(id)}/structure`);
  } catch {
    return;
  }
  const parsed = new DOMParser().parseFromString(structure.html, 'text/html').body;
  const first = parsed.firstElementChild;
  if (first && /^H1$/.test(first.tagName) && first.textContent.trim() === String(doc.title || '').trim()) first.remove();
  const text = el('div', { id: 'doc-text', class: 'doc-text structured', tabindex: '-1', 'data-format': structure.format });
  text.append(...parsed.childNodes);
  for (const table of text.querySelectorAll('table')) {
    const wrap = el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Table' });
    table.replaceWith(wrap);
    wrap.append(table);
  }
  const terms = queryTerms(query);
  if (terms.length) {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const fragment = document.createDocumentFragment();
      if (appendMarked(fragment, node.textContent, terms)) node.replaceWith(fragment);
    }
  }
  $('doc-body').replaceChildren(text);
}

async function renderSimilar() {
  const list = $('similar');
  try {
    const data = await getJson(`/api/documents/${encodeURIComponent(id)}/similar`);
    const hits = data.hits || [];
    list.replaceChildren(...hits.map((h) => el('li', {},
      el('a', { href: documentHref(h.id, params) }, h.title || h.id),
      el('span', { class: 'muted small' }, [formatDate(h.date), h.source].filter(Boolean).join(' · ')))));
    if (!hits.length) list.replaceChildren(el('li', { class: 'muted', text: 'None found.' }));
  } catch {
    list.replaceChildren(el('li', { class: 'muted', text: 'Could not load similar documents.' }));
  }
}

async function copyCitation() {
  const text = $('citation').textContent;
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    const area = el('textarea', { class: 'offscreen', readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
  }
  $('copy-status').textContent = ok ? 'Copied.' : 'Select the text above and copy it.';
}

async function main() {
  try {
    const [doc, facets] = await Promise.all([
      getJson(`/api/documents/${encodeURIComponent(id)}`),
      getJson('/api/facets').catch(() => null),
    ]);
    labels.learn(facets);
    document.title = `${doc.title || doc.id} – Migration policy search`;
    const h1 = $('doc-title');
    h1.replaceChildren();
    appendMarked(h1, doc.title || doc.id, queryTerms(query));
    const byline = [formatDate(doc.date), doc.type ? labels.label('type', doc.type) : '', doc.source]
      .filter(Boolean).join(' · ');
    $('doc-byline').textContent = byline;
    renderMeta(doc);
    renderReasons(doc);
    renderText(doc);
    await renderStructure(doc);
    // A link to one page of a PDF (#page-12) can only be followed once its text is there.
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
    $('citation').textContent = citationText(doc);
    $('copy-citation').addEventListener('click', copyCitation);
    $('doc').removeAttribute('aria-busy');
    document.body.dataset.state = 'ready';
    renderSimilar();
  } catch (error) {
    $('doc-title').textContent = error.status === 404 ? 'Document not found' : 'The document could not be loaded';
    $('doc-body').replaceChildren(el('p', { text: (error.body && error.body.message) || error.message }));
    $('doc').removeAttribute('aria-busy');
    document.body.dataset.state = 'error';
  }
}

main();
