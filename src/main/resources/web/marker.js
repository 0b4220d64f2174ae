// Marks a query's terms in plain text for the document page. Matching walks the text's words once
// and compares each with the query's terms by a simple glob match, so no query can make it
// backtrack: `p*i*i*i*i*i*i*i*qqqqqqq` costs what `asylum` costs.

import { el } from './common.js';

const OPERATORS = new Set(['and', 'or', 'not', 'to']);
const WORD = /[\p{L}\p{N}]+/gu;

function fold(text) {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function words(text) {
  const out = [];
  WORD.lastIndex = 0;
  let m;
  while ((m = WORD.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** `*` any run of letters, `?` one letter; a star that fails retries one letter further on (linear per star). */
function globMatches(glob, word) {
  let g = 0;
  let w = 0;
  let star = -1;
  let resume = 0;
  while (w < word.length) {
    if (g < glob.length && (glob[g] === '?' || glob[g] === word[w])) {
      g++;
      w++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      resume = w;
    } else if (star >= 0) {
      g = star + 1;
      w = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

/**
 * The terms and phrases of a query (Lucene classic or plain words), folded like the text. Operators,
 * field prefixes, boosts and fuzziness are dropped; a term without a wildcard also matches its plural.
 */
export function queryTerms(query) {
  const terms = [];
  const tokenRe = /"([^"]*)"|([^\s"()]+)/g;
  let m;
  while ((m = tokenRe.exec(fold(query || '')))) {
    if (m[1] !== undefined) {
      const phrase = words(m[1]).map((w) => w.text);
      if (phrase.length) terms.push({ words: phrase, glob: false });
      continue;
    }
    let t = m[2].replace(/^[+\-!]+/, '').replace(/^(title|text):/, '').replace(/[~^][\d.]*$/, '');
    t = t.replace(/[^\p{L}\p{N}*?]+/gu, '');
    if (!t || OPERATORS.has(t) || /^[*?]+$/.test(t)) continue;
    terms.push({ words: [t], glob: /[*?]/.test(t) });
  }
  // Longer phrases first, so "border security" wins over "border".
  return terms.sort((a, b) => b.words.length - a.words.length);
}

function termMatches(term, word) {
  const t = term.words[0];
  if (term.glob) return globMatches(t, word);
  return word === t || word === `${t}s` || word === `${t}es`;
}

/**
 * Appends `text` to `parent` as text nodes, wrapping matches of `terms` in <mark>; returns the number of
 * marks. Matching happens on folded text; an index map points back into the original text.
 */
export function appendMarked(parent, text, terms) {
  if (!terms || !terms.length) {
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
  const ws = words(folded);
  let last = 0;
  let count = 0;
  for (let i = 0; i < ws.length;) {
    const term = terms.find((t) => t.words.length === 1
      ? termMatches(t, ws[i].text)
      : i + t.words.length <= ws.length && t.words.every((w, k) => ws[i + k].text === w));
    if (!term) {
      i++;
      continue;
    }
    let endFolded = ws[i + term.words.length - 1].end;
    if (term.words.length === 1 && !term.glob && folded.startsWith("'s", endFolded)
        && !/[\p{L}\p{N}]/u.test(folded[endFolded + 2] || '')) endFolded += 2;
    const start = origin[ws[i].start];
    const end = origin[endFolded] ?? text.length;
    if (start > last) parent.append(text.slice(last, start));
    parent.append(el('mark', { text: text.slice(start, end) }));
    last = end;
    count++;
    i += term.words.length;
  }
  if (last < text.length) parent.append(text.slice(last));
  return count;
}
