// The country page: documents per year as a stacked bar chart (by type or by topic), top topics, the
// countries it appears with most and its newest documents, all from /api/countries/{CC}.

import { el, getJson, formatDate, humanize, documentHref, countryHref } from './common.js';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const code = decodeURIComponent(location.pathname.replace(/^\/countries\//, ''));
// Distinct hues that stay apart for the common kinds of colour blindness, then greys.
const PALETTE = ['#2f6fab', '#e08a2c', '#3b9c6e', '#c4504f', '#8a63b5', '#8c6d3f', '#d17fb3', '#6f7f8f',
  '#b9b23a', '#4fb3c6', '#9aa6b2', '#c7ced6'];
const MAX_SERIES = 8;

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The series of a split: the most frequent values, and the rest folded into one. */
function series(profile, split) {
  const values = split === 'type' ? profile.types : profile.topics;
  const top = values.slice(0, MAX_SERIES).map((v) => ({ value: v.value, label: v.label }));
  const key = split === 'type' ? 'by_type' : 'by_topic';
  const known = new Set(top.map((s) => s.value));
  const rows = profile.years.map((y) => {
    const parts = top.map((s) => y[key][s.value] || 0);
    const rest = Object.entries(y[key]).filter(([v]) => !known.has(v)).reduce((n, [, c]) => n + c, 0);
    return { year: y.year, total: y.total, parts: [...parts, rest] };
  });
  const hasRest = rows.some((r) => r.parts[top.length] > 0);
  const names = [...top.map((s) => s.label || humanize(s.value)), ...(hasRest ? [split === 'type' ? 'Other types' : 'Other topics'] : [])];
  return { names, rows: rows.map((r) => ({ ...r, parts: hasRest ? r.parts : r.parts.slice(0, top.length) })) };
}

function drawChart(profile, split) {
  const box = $('country-chart');
  box.replaceChildren();
  const legend = $('country-legend');
  legend.replaceChildren();
  if (!profile.years.length) {
    box.append(el('p', { class: 'muted', text: 'No dated documents.' }));
    return;
  }
  const { names, rows } = series(profile, split);
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((a, b) => a + b, 0)));
  const width = Math.max(320, box.clientWidth || 720);
  const height = 220;
  const pad = { left: 34, right: 8, top: 18, bottom: 26 };
  const band = (width - pad.left - pad.right) / rows.length;
  const barW = Math.max(4, Math.min(48, band * 0.7));
  const y = (n) => pad.top + (height - pad.top - pad.bottom) * (1 - n / max);
  const chart = svg('svg', {
    class: 'stacked-svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `Documents about ${profile.label} per year, split by ${split}: `
      + rows.map((r) => `${r.year}: ${r.total}`).join(', '),
  });
  for (const tick of [0, Math.ceil(max / 2), max]) {
    chart.append(svg('line', { class: 'grid', x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick) }));
    chart.append(svg('text', { class: 'tick', x: pad.left - 6, y: y(tick) + 4 }, String(tick)));
  }
  const labelEvery = Math.ceil(rows.length / Math.max(1, Math.floor((width - pad.left) / 40)));
  rows.forEach((r, i) => {
    const x = pad.left + band * i + (band - barW) / 2;
    const g = svg('g', { class: 'year-bar', 'data-year': r.year });
    let base = 0;
    r.parts.forEach((n, s) => {
      if (!n) return;
      const rect = svg('rect', {
        x, width: barW, y: y(base + n), height: y(base) - y(base + n), fill: PALETTE[s % PALETTE.length],
        'data-series': names[s], 'data-count': n,
      });
      rect.append(svg('title', {}, `${r.year} · ${names[s]}: ${n}`));
      g.append(rect);
      base += n;
    });
    if (r.total) g.append(svg('text', { class: 'bar-total', x: x + barW / 2, y: y(base) - 3 }, String(r.total)));
    chart.append(g);
    if (i % labelEvery === 0) {
      chart.append(svg('text', { class: 'year-label', x: x + barW / 2, y: height - 8 }, r.year));
    }
  });
  box.append(chart);
  names.forEach((name, s) => legend.append(el('li', {},
    el('span', { class: 'swatch', 'data-color': PALETTE[s % PALETTE.length] }), name)));
  // Colours are set from script (not a style attribute), which a strict CSP allows.
  legend.querySelectorAll('.swatch').forEach((sw) => { sw.style.background = sw.dataset.color; });
  if (split === 'topic') {
    legend.append(el('li', { class: 'muted small', text: 'A document with several topics counts once for each.' }));
  }
}

function ranked(list, items) {
  list.replaceChildren(...items);
  if (!items.length) list.append(el('li', { class: 'muted', text: 'None.' }));
}

function render(p) {
  document.title = `${p.label} – Migration policy search`;
  $('country-title').textContent = p.label;
  const searchHref = `/?${p.search}`;
  $('country-search').href = searchHref;
  $('country-search').textContent = `Search all ${p.total.toLocaleString('en')} documents about ${p.label} →`;
  const span = p.years.length ? ` from ${p.years[0].year} to ${p.years[p.years.length - 1].year}` : '';
  $('country-summary').replaceChildren(
    el('strong', { text: p.total.toLocaleString('en') }), ` ${p.total === 1 ? 'document' : 'documents'}${span}. `,
    el('a', { href: searchHref, id: 'full-search' }, 'Open them in the search'));
  let split = 'type';
  const redraw = () => drawChart(p, split);
  for (const input of document.querySelectorAll('input[name="split"]')) {
    input.addEventListener('change', () => { split = input.value; redraw(); });
  }
  redraw();
  if ('ResizeObserver' in window) new ResizeObserver(() => redraw()).observe($('country-chart'));
  ranked($('country-topics'), p.topics.map((t) => el('li', {},
    el('a', { href: `/?${p.search}&topic=${encodeURIComponent(t.value)}` }, t.label), ' ',
    el('span', { class: 'count muted', text: t.count.toLocaleString('en') }))));
  ranked($('country-with'), p.countries.map((c) => el('li', {},
    el('a', { href: countryHref(c.value), class: 'country-link' }, c.label), ' ',
    el('span', { class: 'count muted', text: c.count.toLocaleString('en') }))));
  ranked($('country-newest'), p.newest.map((h) => el('li', {},
    el('a', { href: documentHref(h.id) }, h.title || h.id),
    h.date ? el('time', { class: 'muted small', datetime: h.date, text: formatDate(h.date) }) : null)));
}

getJson(`/api/countries/${encodeURIComponent(code)}`)
  .then((p) => { render(p); document.body.dataset.state = 'ready'; })
  .catch((error) => {
    $('country-title').textContent = 'This country cannot be shown';
    $('country-summary').textContent = (error.body && error.body.message) || error.message;
    document.body.dataset.state = 'error';
  });
