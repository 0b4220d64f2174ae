// The search page. The address is the state: every change goes through navigate(), which writes the
// address with history.pushState and runs the search; reload, back/forward and shared links read it back.

import {
  FACETS, FACET_NAMES, Labels, el, getJson, markedFragment, formatDate, documentHref, countryHref,
} from './common.js';
import { Timeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
const labels = new Labels();
const facetUi = Object.fromEntries(FACETS.map((f) => [f, { filter: '', expanded: false }]));
const SHOWN = 8;

// ---- State <-> address -------------------------------------------------------------------------------

function readState(search) {
  const p = new URLSearchParams(search);
  const s = {
    q: p.get('q') || '',
    syntax: p.get('syntax') === 'simple' ? 'simple' : '',
    sort: ['newest', 'oldest'].includes(p.get('sort')) ? p.get('sort') : '',
    page: Math.max(1, parseInt(p.get('page'), 10) || 1),
    size: p.get('size') || '',
    expand: p.get('expand') === 'false' ? 'false' : '',
    from: p.get('from') || '',
    to: p.get('to') || '',
    values: {}, all: {}, not: {},
  };
  for (const f of FACETS) {
    s.values[f] = p.getAll(f);
    s.all[f] = p.get(`${f}_match`) === 'all';
    s.not[f] = p.getAll(`not_${f}`);
  }
  return s;
}

function toParams(s, { page = true } = {}) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of FACETS) {
    for (const v of s.values[f]) p.append(f, v);
    if (s.all[f]) p.set(`${f}_match`, 'all');
    for (const v of s.not[f]) p.append(`not_${f}`, v);
  }
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort) p.set('sort', s.sort);
  if (s.syntax) p.set('syntax', s.syntax);
  if (s.expand) p.set('expand', s.expand);
  if (s.size) p.set('size', s.size);
  if (page && s.page > 1) p.set('page', String(s.page));
  return p;
}

const clone = (s) => JSON.parse(JSON.stringify(s));
let state = readState(location.search);

function navigate(change, { resetPage = true, focusSummary = false } = {}) {
  change(state);
  if (resetPage) state.page = 1;
  const qs = toParams(state).toString();
  history.pushState(null, '', qs ? `/?${qs}` : '/');
  run({ focusSummary });
}

window.addEventListener('popstate', () => {
  state = readState(location.search);
  run();
});

// ---- Running a search --------------------------------------------------------------------------------

let sequence = 0;
let last = null;

async function run({ focusSummary = false } = {}) {
  const mine = ++sequence;
  syncForm();
  document.body.dataset.state = 'loading';
  $('results').setAttribute('aria-busy', 'true');
  const params = toParams(state);
  const dated = Boolean(state.from || state.to);
  const contextParams = toParams({ ...clone(state), from: '', to: '', page: 1 }, { page: false });
  contextParams.set('size', '1');
  contextParams.set('highlight', 'false');
  try {
    const [data, context] = await Promise.all([
      getJson(`/api/search?${params}`),
      dated ? getJson(`/api/search?${contextParams}`).catch(() => null) : Promise.resolve(null),
    ]);
    if (mine !== sequence) return;
    last = data;
    labels.learn(data.facets);
    render(data, context);
    document.body.dataset.state = 'ready';
  } catch (error) {
    if (mine !== sequence) return;
    renderError(error);
    document.body.dataset.state = 'error';
  } finally {
    if (mine === sequence) $('results').removeAttribute('aria-busy');
  }
  if (focusSummary && mine === sequence) {
    $('summary').focus();
    $('summary').scrollIntoView({ block: 'start' });
  }
}

function syncForm() {
  $('q').value = state.q;
  $('sort').value = state.sort || 'relevance';
  $('from').value = /^\d{4}-\d{2}-\d{2}$/.test(state.from) ? state.from : '';
  $('to').value = /^\d{4}-\d{2}-\d{2}$/.test(state.to) ? state.to : '';
  $('clear-dates').hidden = !(state.from || state.to);
  updateExportLinks();
  document.title = state.q ? `${state.q} – Migration policy search` : 'Migration policy search';
}

// ---- Rendering ---------------------------------------------------------------------------------------

function render(data, context) {
  const focusKey = document.activeElement && document.activeElement.dataset
    ? document.activeElement.dataset.focusKey : null;
  $('notice').replaceChildren();
  renderSummary(data);
  renderChips();
  renderQueryNotes(data);
  renderFacets(data.facets);
  renderTimeline(data.facets.year, context && context.facets ? context.facets.year : null);
  renderUndatedNote(context && context.facets ? context : data);
  renderResults(data);
  renderPager(data);
  updateExportLinks(data.total);
  setExportsEnabled(data.total > 0);
  if (data.total === 0) renderNoResults();
  else if (!data.hits.length) renderPastLastPage(data);
  if (focusKey) {
    const again = document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (again) again.focus();
  }
}

// What the engine did with the words: corrected them, relaxed them, or searched related terms too.
function renderQueryNotes(data) {
  const notes = el('div', { id: 'query-notes', class: 'query-notes', role: 'status' });
  const searchFor = (q) => el('button', {
    type: 'button', class: 'link-button', text: q, onclick: () => navigate((s) => { s.q = q; }),
  });
  if (data.corrected_from) {
    notes.append(el('p', { id: 'corrected-note' }, 'No document has every word of ',
      el('q', { text: data.corrected_from }), '; showing results for ', el('q', { text: data.query }), '.'));
  } else if (data.suggestion) {
    notes.append(el('p', { id: 'suggestion-note' }, 'Did you mean ', searchFor(data.suggestion), '?'));
  }
  if (data.relaxed) {
    notes.append(el('p', { id: 'relaxed-note', text: 'Few or no documents contain all the words; '
      + 'those with most of them are shown too, each with the words it lacks.' }));
  }
  if (state.expand === 'false') {
    notes.append(el('p', { id: 'expanded-note' }, 'Only the words typed were searched. ', el('button', {
      type: 'button', class: 'link-button', text: 'Also search related terms',
      onclick: () => navigate((s) => { s.expand = ''; }),
    })));
  } else if (data.expanded && data.expanded.length) {
    notes.append(el('p', { id: 'expanded-note' }, `Also searched: ${data.expanded.join(', ')}. `, el('button', {
      type: 'button', class: 'link-button', text: 'Search only the words typed',
      onclick: () => navigate((s) => { s.expand = 'false'; }),
    })));
  }
  if (notes.childNodes.length) $('notice').append(notes);
}

function renderSummary(data) {
  const summary = $('summary');
  summary.replaceChildren();
  const n = data.total.toLocaleString('en');
  const first = (data.page - 1) * data.size + 1;
  const lastShown = Math.min(data.total, data.page * data.size);
  const what = data.total === 1 ? 'document' : 'documents';
  summary.append(el('strong', { id: 'total', text: n }), ` ${what}`);
  if (data.query) summary.append(' for ', el('q', { class: 'query-echo', text: data.query }));
  if (data.total > data.size) summary.append(` · showing ${first}–${lastShown}`);
  summary.append(el('span', { class: 'took', text: ` · ${data.took_ms} ms` }));
}

function activeConstraints() {
  const list = [];
  for (const f of FACETS) {
    for (const v of state.values[f]) {
      list.push({ key: `${f}:${v}`, text: `${FACET_NAMES[f]}: ${labels.label(f, v)}`, drop: (s) => { s.values[f] = s.values[f].filter((x) => x !== v); } });
    }
    for (const v of state.not[f]) {
      list.push({ key: `not_${f}:${v}`, text: `Not ${FACET_NAMES[f].toLowerCase()}: ${labels.label(f, v)}`, exclude: true, drop: (s) => { s.not[f] = s.not[f].filter((x) => x !== v); } });
    }
  }
  if (state.from) list.push({ key: 'from', text: `From ${state.from}`, drop: (s) => { s.from = ''; } });
  if (state.to) list.push({ key: 'to', text: `To ${state.to}`, drop: (s) => { s.to = ''; } });
  return list;
}

function renderChips() {
  const box = $('chips');
  box.replaceChildren();
  const list = activeConstraints();
  if (state.syntax === 'simple') {
    list.push({ key: 'syntax', text: 'Plain-words search', drop: (s) => { s.syntax = ''; } });
  }
  if (!list.length) return;
  const ul = el('ul', { class: 'chips', 'aria-label': 'Active filters' });
  for (const c of list) {
    ul.append(el('li', { class: `chip${c.exclude ? ' chip-not' : ''}` },
      el('span', { text: c.text }),
      el('button', {
        type: 'button', class: 'chip-remove', 'aria-label': `Remove filter ${c.text}`, title: 'Remove',
        'data-focus-key': `chip:${c.key}`, onclick: () => navigate(c.drop),
      }, '×')));
  }
  if (list.length > 1) {
    ul.append(el('li', {}, el('button', {
      type: 'button', class: 'link-button', 'data-focus-key': 'chip:clear-all',
      onclick: () => navigate((s) => {
        for (const f of FACETS) { s.values[f] = []; s.not[f] = []; s.all[f] = false; }
        s.from = ''; s.to = ''; s.syntax = '';
      }),
    }, 'Clear all filters')));
  }
  box.append(ul);
}

function renderFacets(facets) {
  const box = $('facets');
  box.replaceChildren();
  for (const f of FACETS) box.append(facetSection(f, facets[f] || []));
  const active = activeConstraints().length;
  $('filters-toggle').textContent = active ? `Filters (${active} active)` : 'Filters';
}

function facetSection(f, values) {
  const ui = facetUi[f];
  const rows = values.map((v) => ({ ...v }));
  // Values in the address but absent from the answer (no hits left) still get a row, so they can be undone.
  for (const v of [...state.values[f], ...state.not[f]]) {
    if (!rows.some((r) => r.value === v)) rows.push({ value: v, label: labels.label(f, v), count: 0 });
  }
  for (const r of rows) {
    r.selected = state.values[f].includes(r.value);
    r.excluded = state.not[f].includes(r.value);
  }
  const id = `facet-${f}`;
  const section = el('section', { class: 'facet', 'aria-labelledby': `${id}-h`, 'data-facet': f });
  const head = el('div', { class: 'facet-head' }, el('h3', { id: `${id}-h`, text: FACET_NAMES[f] }));
  if (f === 'country' || f === 'topic' || state.all[f] || state.values[f].length > 1) {
    const group = el('div', { class: 'match-switch', role: 'radiogroup', 'aria-label': `${FACET_NAMES[f]}: documents must have` });
    for (const [value, text] of [['any', 'any of'], ['all', 'all of']]) {
      const input = el('input', {
        type: 'radio', name: `${f}-match`, id: `${id}-match-${value}`, value,
        'data-focus-key': `${f}:match:${value}`,
        onchange: () => navigate((s) => { s.all[f] = value === 'all'; }),
      });
      input.checked = (value === 'all') === state.all[f];
      group.append(input, el('label', { for: `${id}-match-${value}`, text }));
    }
    head.append(group);
  }
  section.append(head);
  if (!rows.length) {
    section.append(el('p', { class: 'muted small', text: 'No values.' }));
    return section;
  }
  if (rows.length > 15) {
    const input = el('input', {
      type: 'search', id: `${id}-filter`, class: 'facet-filter', value: ui.filter, autocomplete: 'off',
      placeholder: `Filter ${rows.length} ${f === 'country' ? 'countries' : 'values'}…`, 'data-focus-key': `${f}:filter`,
    });
    input.addEventListener('input', () => {
      ui.filter = input.value;
      fillList(list, f, rows, ui, more);
    });
    section.append(el('label', { for: input.id, class: 'visually-hidden', text: `Filter ${FACET_NAMES[f]} values` }), input);
  }
  const list = el('ul', { class: 'facet-values', id: `${id}-list` });
  const more = el('button', {
    type: 'button', class: 'link-button more', 'aria-controls': list.id, 'data-focus-key': `${f}:more`,
    onclick: () => { ui.expanded = !ui.expanded; fillList(list, f, rows, ui, more); },
  });
  section.append(list, more);
  fillList(list, f, rows, ui, more);
  return section;
}

function fillList(list, f, rows, ui, more) {
  const needle = ui.filter.trim().toLowerCase();
  const matching = needle
    ? rows.filter((r) => `${r.label} ${r.value}`.toLowerCase().includes(needle)) : rows;
  // Chosen values always stay visible, even when the list is folded.
  const shown = ui.expanded || needle ? matching
    : matching.filter((r, i) => i < SHOWN || r.selected || r.excluded);
  list.replaceChildren(...shown.map((r) => facetRow(f, r)));
  if (needle && !matching.length) list.append(el('li', { class: 'muted small', text: 'No match.' }));
  more.hidden = Boolean(needle) || matching.length <= SHOWN;
  more.textContent = ui.expanded ? 'Show fewer' : `Show all ${matching.length}`;
  more.setAttribute('aria-expanded', ui.expanded ? 'true' : 'false');
}

function facetRow(f, r) {
  const id = `f-${f}-${r.value}`.replace(/[^\w-]/g, '_');
  const label = r.label || labels.label(f, r.value);
  const box = el('input', {
    type: 'checkbox', id, value: r.value, 'data-focus-key': `${f}:${r.value}:check`,
    onchange: (e) => navigate((s) => {
      s.not[f] = s.not[f].filter((x) => x !== r.value);
      s.values[f] = e.target.checked ? [...s.values[f], r.value] : s.values[f].filter((x) => x !== r.value);
    }),
  });
  box.checked = r.selected;
  const exclude = el('button', {
    type: 'button', class: 'exclude', 'data-focus-key': `${f}:${r.value}:exclude`,
    'aria-pressed': r.excluded ? 'true' : 'false',
    'aria-label': r.excluded ? `Stop excluding ${label}` : `Exclude ${label}`,
    title: r.excluded ? 'Stop excluding' : 'Exclude documents with this value',
    onclick: () => navigate((s) => {
      s.values[f] = s.values[f].filter((x) => x !== r.value);
      s.not[f] = r.excluded ? s.not[f].filter((x) => x !== r.value) : [...s.not[f], r.value];
    }),
  }, r.excluded ? '↺' : '⊘');
  return el('li', { class: `facet-value${r.excluded ? ' excluded' : ''}${r.selected ? ' selected' : ''}` },
    box,
    el('label', { for: id }, el('span', { class: 'value-label', text: label }),
      el('span', { class: 'count', text: r.count.toLocaleString('en') })),
    f === 'country' ? countryPageLink(r.value, label) : null,
    exclude);
}

/** Beside each country in the sidebar: its page (timeline, topics, newest documents). */
function countryPageLink(code, label) {
  return el('a', {
    href: countryHref(code), class: 'country-page-link', 'aria-label': `${label}: country page`,
    title: `${label}: documents per year, top topics, newest documents`,
  }, '↗');
}

let timeline = null;

function renderTimeline(years, contextYears) {
  if (!timeline) {
    timeline = new Timeline($('timeline'), (from, to) => navigate((s) => {
      s.from = `${from}-01-01`;
      s.to = `${to}-12-31`;
    }));
  }
  const fromYear = state.from ? parseInt(state.from, 10) : null;
  const toYear = state.to ? parseInt(state.to, 10) : null;
  const range = state.from || state.to ? { from: fromYear ?? -Infinity, to: toYear ?? Infinity } : null;
  timeline.update(years, contextYears, range);
}

// The timeline can only draw dated documents; say how many matching ones it leaves out, counted
// without the date filter (a date filter excludes every undated document).
function renderUndatedNote(answer) {
  const note = $('timeline-undated');
  const dated = (answer.facets.year || []).reduce((sum, y) => sum + y.count, 0);
  const undated = Math.max(0, answer.total - dated);
  note.hidden = undated === 0;
  note.textContent = undated === 1 ? '1 document has no date' : `${undated.toLocaleString('en')} documents have no date`;
}

function renderResults(data) {
  const list = $('results');
  list.replaceChildren();
  list.start = (data.page - 1) * data.size + 1;
  const carried = toParams(state, { page: true });
  for (const hit of data.hits) list.append(resultItem(hit, carried));
}

function resultItem(hit, carried) {
  const title = el('a', { href: documentHref(hit.id, carried), class: 'result-link' });
  if (hit.title_snippet) title.append(markedFragment(hit.title_snippet));
  else title.append(hit.title || hit.id);
  const meta = el('p', { class: 'meta' });
  const bits = [];
  if (hit.date) bits.push(el('time', { datetime: hit.date, text: formatDate(hit.date) }));
  if (hit.type) bits.push(el('span', { class: 'type', text: labels.label('type', hit.type) }));
  if (hit.source) bits.push(el('span', { class: 'source', text: hit.source }));
  if (hit.language) bits.push(el('span', { class: 'lang', text: labels.label('language', hit.language) }));
  bits.forEach((b, i) => { if (i) meta.append(el('span', { class: 'sep', 'aria-hidden': 'true', text: ' · ' })); meta.append(b); });
  const item = el('li', { class: 'result' }, el('h3', { class: 'result-title' }, title), meta);
  (hit.snippets || []).forEach((s, i) => {
    const snippet = el('p', { class: 'snippet' });
    const page = hit.snippet_pages && hit.snippet_pages[i];
    if (page) {
      snippet.append(el('a', { class: 'snippet-page', href: `${documentHref(hit.id, carried)}#page-${page}` }, `p. ${page}`), ' ');
    }
    snippet.append(markedFragment(s));
    item.append(snippet);
  });
  if (hit.missing && hit.missing.length) {
    item.append(el('p', { class: 'missing muted small', text: `Missing: ${hit.missing.join(', ')}` }));
  }
  const tags = el('p', { class: 'tags' });
  if (hit.countries && hit.countries.length) {
    tags.append(el('span', { class: 'tag-group', 'aria-label': 'Countries' },
      hit.countries.map((c) => el('a', {
        class: 'tag tag-country', href: countryHref(c), title: `${labels.label('country', c)}: documents per year, topics, newest`,
        text: labels.label('country', c),
      }))));
  }
  if (hit.topics && hit.topics.length) {
    tags.append(el('span', { class: 'tag-group', 'aria-label': 'Topics' },
      hit.topics.map((t) => el('span', { class: 'tag tag-topic', text: labels.label('topic', t) }))));
  }
  if (tags.childNodes.length) item.append(tags);
  return item;
}

function renderPager(data) {
  const nav = $('pager');
  nav.replaceChildren();
  const pages = Math.ceil(data.total / data.size);
  // Past the last page the notice links back; a pager around a page that does not exist would mislead.
  if (pages <= 1 || data.page > pages) return;
  const link = (page, text, attrs = {}) => {
    const p = toParams({ ...clone(state), page });
    return el('a', {
      href: `/?${p}`, 'data-focus-key': `page:${attrs.rel || page}`, ...attrs,
      onclick: (e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate((s) => { s.page = page; }, { resetPage: false, focusSummary: true });
      },
    }, text);
  };
  const ul = el('ul', {});
  const current = data.page;
  if (current > 1) ul.append(el('li', {}, link(current - 1, '← Previous', { rel: 'prev' })));
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2]);
  let previous = 0;
  for (let p = 1; p <= pages; p++) {
    if (!wanted.has(p)) continue;
    if (p - previous > 1) ul.append(el('li', { class: 'gap', 'aria-hidden': 'true', text: '…' }));
    ul.append(el('li', {}, p === current
      ? el('span', { class: 'current', 'aria-current': 'page', text: String(p) })
      : link(p, String(p), { 'aria-label': `Page ${p}` })));
    previous = p;
  }
  if (current < pages) ul.append(el('li', {}, link(current + 1, 'Next →', { rel: 'next' })));
  nav.append(ul);
}

// ---- Exports and the feed ----------------------------------------------------------------------------

/** total: the number of hits once the search has answered (the labels are known by then too). */
function updateExportLinks(total) {
  const exportParams = toParams(state, { page: false });
  exportParams.delete('size');
  for (const format of ['csv', 'json', 'ris', 'bibtex']) {
    const p = new URLSearchParams(exportParams);
    p.set('format', format);
    $(`export-${format}`).href = `/api/export?${p}`;
  }
  const feed = `/feeds/search.atom${exportParams.toString() ? `?${exportParams}` : ''}`;
  $('feed-link').dataset.href = feed;
  $('feed-alternate').href = feed;
  const parts = [state.q ? `Query: ${state.q}` : 'All documents', ...activeConstraints().map((c) => c.text)];
  if (Number.isInteger(total)) parts.unshift(`${total.toLocaleString('en')} ${total === 1 ? 'document' : 'documents'}`);
  $('export-what').textContent = parts.join(' · ');
}

/** Nothing to export or follow on a zero-result or syntax-error view: the controls say so instead. */
function setExportsEnabled(enabled) {
  const open = $('export-open');
  const feed = $('feed-link');
  open.disabled = !enabled;
  open.title = enabled ? 'Download every result of this search' : 'Nothing to export: this search has no results';
  if (enabled) {
    feed.href = feed.dataset.href || '/feeds/search.atom';
    feed.removeAttribute('aria-disabled');
    feed.title = 'An Atom feed of the newest documents of this search, for any feed reader';
  } else {
    feed.removeAttribute('href');
    feed.setAttribute('aria-disabled', 'true');
    feed.title = 'Nothing to follow: this search has no results';
  }
}

$('export-open').addEventListener('click', () => $('export-dialog').showModal());

// ---- A page past the last ------------------------------------------------------------------------------

function renderPastLastPage(data) {
  const pages = Math.ceil(data.total / data.size);
  const p = toParams({ ...clone(state), page: pages });
  $('summary').replaceChildren(el('strong', { id: 'total', text: data.total.toLocaleString('en') }),
    ` ${data.total === 1 ? 'document' : 'documents'}`,
    data.query ? ' for ' : '', data.query ? el('q', { class: 'query-echo', text: data.query }) : '',
    ` · page ${data.page} is past the last page`);
  $('notice').replaceChildren(el('div', { class: 'notice', role: 'status', id: 'past-last' },
    el('h2', { text: `There is no page ${data.page}: this search has ${pages} ${pages === 1 ? 'page' : 'pages'}.` }),
    el('p', {}, el('a', {
      href: `/?${p}`, id: 'last-page-link',
      onclick: (e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate((s) => { s.page = pages; }, { resetPage: false, focusSummary: true });
      },
    }, `Go to the last page (${pages})`))));
}

// ---- No results and errors ---------------------------------------------------------------------------

async function renderNoResults() {
  const box = $('notice');
  const mine = sequence;
  const panel = el('div', { class: 'notice', role: 'status' }, el('h2', { text: 'No documents match this search.' }));
  const constraints = activeConstraints();
  if (state.q) {
    constraints.unshift({ key: 'q', text: `Query: ${state.q}`, drop: (s) => { s.q = ''; s.syntax = ''; } });
  }
  if (!constraints.length) {
    panel.append(el('p', { text: 'The index holds no documents yet.' }));
    box.replaceChildren(panel);
    return;
  }
  panel.append(el('p', { text: 'Try dropping one of these:' }));
  const ul = el('ul', { class: 'drop-list' });
  const items = constraints.slice(0, 12).map((c) => {
    const count = el('span', { class: 'would-give muted', text: 'counting…' });
    const li = el('li', {}, el('span', { class: 'drop-what', text: c.text }), ' ', count, ' ',
      el('button', { type: 'button', class: 'small-button', 'data-focus-key': `drop:${c.key}`, onclick: () => navigate(c.drop) }, 'Remove'));
    ul.append(li);
    return { c, count };
  });
  panel.append(ul);
  if (state.q && state.syntax !== 'simple') {
    panel.append(el('p', {}, 'Or ', el('button', {
      type: 'button', class: 'link-button', onclick: () => navigate((s) => { s.syntax = 'simple'; }),
    }, 'search the words as plain text'), '.'));
  }
  box.replaceChildren(panel);
  await Promise.all(items.map(async ({ c, count }) => {
    const without = clone(state);
    c.drop(without);
    const p = toParams({ ...without, page: 1 }, { page: false });
    p.set('size', '1');
    p.set('highlight', 'false');
    try {
      const r = await getJson(`/api/search?${p}`);
      if (mine !== sequence) return;
      count.textContent = `→ ${r.total.toLocaleString('en')} without it`;
      count.classList.toggle('muted', r.total === 0);
    } catch {
      count.textContent = '';
    }
  }));
}

function renderError(error) {
  setExportsEnabled(false);
  $('results').replaceChildren();
  $('pager').replaceChildren();
  $('summary').textContent = error.body && error.body.error === 'bad_query' ? 'The query could not be read.' : 'The search failed.';
  const box = $('notice');
  const body = error.body || {};
  const panel = el('div', { class: 'notice notice-error', role: 'alert', id: 'query-error' });
  if (body.error === 'bad_query') {
    panel.append(el('h2', { text: 'There is a problem with the query syntax' }));
    panel.append(el('p', { class: 'error-message', text: body.message }));
    const q = state.q;
    const pos = Number.isInteger(body.position) ? Math.max(0, Math.min(body.position, q.length)) : null;
    if (pos !== null) {
      const code = el('code', { class: 'query-at-fault' });
      code.append(q.slice(0, pos));
      code.append(el('mark', { class: 'error-at', text: pos < q.length ? q[pos] : ' ' }));
      code.append(q.slice(pos + 1));
      panel.append(el('p', {}, el('span', { class: 'muted', text: `At character ${pos + 1}: ` }), code));
    }
    panel.append(el('p', {}, el('button', {
      type: 'button', id: 'run-simple', class: 'primary-button',
      onclick: () => navigate((s) => { s.syntax = 'simple'; }),
    }, 'Search these words as plain text'),
    ' ', el('span', { class: 'muted small', text: 'Quotes, brackets and operators are then read as ordinary characters.' })));
  } else {
    panel.append(el('h2', { text: 'The search could not be completed' }));
    panel.append(el('p', { text: body.message || error.message || 'The server could not be reached.' }));
    panel.append(el('p', {}, el('button', { type: 'button', class: 'small-button', onclick: () => run() }, 'Try again')));
  }
  box.replaceChildren(panel);
}

// ---- Wiring ------------------------------------------------------------------------------------------

$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = $('q').value.trim();
  navigate((s) => { s.q = q; s.syntax = ''; });
});
$('sort').addEventListener('change', () => navigate((s) => { s.sort = $('sort').value === 'relevance' ? '' : $('sort').value; }));
for (const which of ['from', 'to']) {
  $(which).addEventListener('change', () => {
    const v = $(which).value;
    if (!v || /^\d{4}-\d{2}-\d{2}$/.test(v)) navigate((s) => { s[which] = v; });
  });
}
$('clear-dates').addEventListener('click', () => navigate((s) => { s.from = ''; s.to = ''; }));
$('filters-toggle').addEventListener('click', () => {
  const open = $('filters-toggle').getAttribute('aria-expanded') !== 'true';
  $('filters-toggle').setAttribute('aria-expanded', open ? 'true' : 'false');
  $('sidebar').classList.toggle('open', open);
});

getJson('/api/facets').then((facets) => labels.learn(facets)).catch(() => {});
run();
