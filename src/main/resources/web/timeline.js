// The timeline: an SVG bar chart of matching documents per year, drawn here from the `year` facet.
// Click a bar for one year, drag across bars for a range; with the keyboard, arrows move between years,
// Enter or Space picks a year and Shift+Enter extends the range to it.

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export class Timeline {
  /** onSelect(fromYear, toYear) is called when the user picks a range. */
  constructor(container, onSelect) {
    this.container = container;
    this.onSelect = onSelect;
    this.years = [];
    this.focusIndex = -1;
    this.anchor = null;
    if ('ResizeObserver' in window) {
      let width = 0;
      new ResizeObserver(() => {
        const w = this.container.clientWidth;
        if (w !== width) {
          width = w;
          this.draw();
        }
      }).observe(container);
    }
  }

  /**
   * years: [{value, count}] matching documents; context: the same without the date filter (drawn as light
   * bars so the chart still shows where documents are outside the picked range); range: {from, to} years.
   */
  update(years, context, range) {
    const counts = new Map((years || []).map((y) => [Number(y.value), y.count]));
    const all = new Map((context || []).map((y) => [Number(y.value), y.count]));
    const keys = [...new Set([...counts.keys(), ...all.keys()])].filter(Number.isFinite).sort((a, b) => a - b);
    // Fill gaps so the axis is continuous.
    const filled = [];
    if (keys.length) for (let y = keys[0]; y <= keys[keys.length - 1]; y++) filled.push(y);
    this.years = filled.map((y) => ({ year: y, count: counts.get(y) || 0, all: Math.max(all.get(y) || 0, counts.get(y) || 0) }));
    this.range = range;
    this.draw();
  }

  inRange(year) {
    const r = this.preview || this.range;
    return r && r.from !== null && r.to !== null && year >= r.from && year <= r.to;
  }

  draw() {
    const focused = this.container.contains(document.activeElement);
    this.container.replaceChildren();
    const n = this.years.length;
    if (!n) {
      this.container.append(Object.assign(document.createElement('p'), { className: 'muted', textContent: 'No dated documents.' }));
      return;
    }
    const width = Math.max(this.container.clientWidth || 600, 240);
    const height = 116;
    const top = 16;
    const bottom = 22;
    const slot = width / n;
    const max = Math.max(1, ...this.years.map((y) => y.all));
    const scale = (c) => (c ? Math.max(2, ((height - top - bottom) * c) / max) : 0);
    const root = svg('svg', {
      width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', class: 'timeline-svg',
      'aria-label': `Documents per year, ${this.years[0].year} to ${this.years[n - 1].year}`,
    });
    root.append(svg('line', { x1: 0, x2: width, y1: height - bottom + 0.5, y2: height - bottom + 0.5, class: 'axis' }));
    const labelEvery = Math.ceil(40 / slot);
    if (this.focusIndex < 0 || this.focusIndex >= n) {
      const first = this.years.findIndex((y) => this.inRange(y.year));
      this.focusIndex = first >= 0 ? first : n - 1;
    }
    this.bars = this.years.map((y, i) => {
      const x = i * slot;
      const g = svg('g', {
        class: `bar${this.inRange(y.year) ? ' in-range' : ''}${y.count ? '' : ' empty'}`,
        role: 'button', tabindex: i === this.focusIndex ? 0 : -1, 'data-year': y.year,
        'aria-label': `${y.year} ${y.count} matching document${y.count === 1 ? '' : 's'}`,
        'aria-pressed': this.inRange(y.year) ? 'true' : 'false',
      });
      g.append(svg('rect', { class: 'hit', x, y: 0, width: slot, height }));
      const barWidth = Math.max(2, Math.min(slot - 4, 48));
      const bx = x + (slot - barWidth) / 2;
      if (y.all > y.count) {
        g.append(svg('rect', { class: 'ghost', x: bx, width: barWidth, y: height - bottom - scale(y.all), height: scale(y.all), rx: 1.5 }));
      }
      g.append(svg('rect', { class: 'fill', x: bx, width: barWidth, y: height - bottom - scale(y.count), height: scale(y.count), rx: 1.5 }));
      // Year before count, as the accessible name says them ("2019 4 matching documents"), so what
      // is seen and what is read agree.
      if ((n - 1 - i) % labelEvery === 0) {
        const t = svg('text', { x: x + slot / 2, y: height - 6, class: 'year' });
        t.textContent = y.year;
        g.append(t);
      }
      if (y.count && slot >= 22) {
        const t = svg('text', { x: x + slot / 2, y: height - bottom - scale(y.count) - 4, class: 'count' });
        // The leading space keeps "2019" and "4" apart in the text that assistive technology reads.
        t.textContent = ` ${y.count}`;
        g.append(t);
      }
      root.append(g);
      return g;
    });
    this.attach(root, slot);
    this.container.append(root);
    if (focused) this.bars[this.focusIndex].focus();
  }

  attach(root, slot) {
    const yearAt = (clientX) => {
      const box = root.getBoundingClientRect();
      const i = Math.min(this.years.length - 1, Math.max(0, Math.floor((clientX - box.left) / slot)));
      return this.years[i].year;
    };
    let start = null;
    root.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      start = yearAt(e.clientX);
      try {
        root.setPointerCapture(e.pointerId);
      } catch {
        // synthetic events may not be capturable; the listeners below still work
      }
      this.preview = { from: start, to: start };
      this.paint();
      e.preventDefault();
    });
    root.addEventListener('pointermove', (e) => {
      if (start === null) return;
      const y = yearAt(e.clientX);
      this.preview = { from: Math.min(start, y), to: Math.max(start, y) };
      this.paint();
    });
    const finish = (e) => {
      if (start === null) return;
      const y = yearAt(e.clientX);
      const from = Math.min(start, y);
      const to = Math.max(start, y);
      start = null;
      this.preview = null;
      this.focusIndex = this.years.findIndex((d) => d.year === from);
      this.onSelect(from, to);
    };
    root.addEventListener('pointerup', finish);
    root.addEventListener('pointercancel', () => {
      start = null;
      this.preview = null;
      this.paint();
    });
    root.addEventListener('keydown', (e) => this.key(e));
  }

  paint() {
    this.bars.forEach((g, i) => {
      const on = this.inRange(this.years[i].year);
      g.classList.toggle('in-range', on);
      g.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }

  key(e) {
    const n = this.years.length;
    let i = this.focusIndex;
    if (e.key === 'ArrowRight' || e.key === 'ArrowUp') i = Math.min(n - 1, i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') i = Math.max(0, i - 1);
    else if (e.key === 'Home') i = 0;
    else if (e.key === 'End') i = n - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const year = this.years[i].year;
      if (e.shiftKey && this.range && this.range.from !== null) {
        this.onSelect(Math.min(this.range.from, year), Math.max(this.range.to ?? year, year));
      } else {
        this.onSelect(year, year);
      }
      return;
    } else return;
    e.preventDefault();
    this.bars[this.focusIndex].setAttribute('tabindex', '-1');
    this.focusIndex = i;
    this.bars[i].setAttribute('tabindex', '0');
    this.bars[i].focus();
  }
}
