/* Okra default theme: search (search.html) and the objective filter of period dashboards.
   Plain JavaScript, no framework, no network; it works opened from disk (file://).
   Every page works without it: the forms it needs stay hidden, and links lead everywhere. */
(function () {
  'use strict';

  // Case and width do not matter: ＯＫＲ finds OKR, ｶﾀｶﾅ finds カタカナ.
  function normalize(text) { return String(text || '').normalize('NFKC').toLowerCase(); }
  function words(query) { return normalize(query).split(/\s+/).filter(Boolean); }
  function fill(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (all, key) { return key in values ? String(values[key]) : all; });
  }
  function element(name, className, text) {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ---- Search ------------------------------------------------------------------------------

  const MAX_RESULTS = 200;

  // One normalised text per objective and per key result; fields are joined with line breaks, so no word spans two.
  function prepare(index) {
    const periodLabels = new Map(index.periods);
    return index.objectives.map(function (o, order) {
      const keyResults = (o.k || []).map(function (k) { return { id: k[0], title: k[1], owner: k[2] || '', text: normalize(k[1] + '\n' + (k[2] || '')) }; });
      // Not the slug: short Latin words would match inside it ("it" in "profit").
      const text = normalize([o.t, o.p, o.o, index.units[o.u], periodLabels.get(o.p), (o.g || []).join('\n')].join('\n'));
      return { o: o, order: order, title: normalize(o.t), text: text, keyResults: keyResults };
    });
  }

  // Objectives holding every word of the query, those with every word in the title first, then in index order
  // (newest period first); each with its key results that hold one of the words.
  function find(entries, queryText) {
    const query = words(queryText);
    if (query.length === 0) return [];
    const has = function (text) { return function (word) { return text.includes(word); }; };
    const hits = entries.filter(function (entry) {
      return query.every(function (word) { return entry.text.includes(word) || entry.keyResults.some(function (k) { return k.text.includes(word); }); });
    }).map(function (entry) {
      return { entry: entry, rank: query.every(has(entry.title)) ? 0 : 1, keyResults: entry.keyResults.filter(function (k) { return query.some(has(k.text)); }) };
    });
    return hits.sort(function (a, b) { return a.rank - b.rank || a.entry.order - b.entry.order; });
  }

  function setUpSearch(form, index) {
    const section = document.querySelector('.search-results');
    const status = document.getElementById('search-status');
    const list = document.getElementById('search-results');
    const template = document.getElementById('search-result-template');
    const input = form.elements.q;
    if (!section || !status || !list || !template || !input) return;
    const root = document.documentElement.getAttribute('data-root') || '';
    const entries = prepare(index);

    function result(hit) {
      const o = hit.entry.o;
      const item = template.content.firstElementChild.cloneNode(true);
      const field = function (name) { return item.querySelector('[data-field="' + name + '"]'); };
      const part = function (name) { return item.querySelector('[data-part="' + name + '"]'); };
      const link = field('title');
      link.textContent = o.t;
      link.href = root + o.r;
      field('unit').textContent = index.units[o.u] || o.u;
      if (o.o) field('owner').textContent = o.o; else part('owner').hidden = true;
      field('health').textContent = index.health[o.h] || o.h;
      part('health').classList.add('health-' + o.h.replace(/_/g, '-'));
      field('score').textContent = o.s + '%';
      field('band').textContent = index.bands[o.b] || o.b;
      part('band').classList.add('band-' + o.b);
      // Matching key results, each linked to its place on the objective page.
      hit.keyResults.forEach(function (k) {
        const li = element('li');
        const a = element('a', '', k.title);
        a.href = root + o.r + '#kr-' + k.id;
        li.appendChild(a);
        if (k.owner) li.appendChild(element('span', 'meta', ' (' + k.owner + ')'));
        field('keyResults').appendChild(li);
      });
      part('keyResults').hidden = hit.keyResults.length === 0;
      if (o.g && o.g.length) field('tags').textContent = o.g.join(', '); else part('tags').hidden = true;
      return item;
    }

    function run(text) {
      list.textContent = '';
      if (words(text).length === 0) { status.textContent = status.dataset.empty; return; }
      const hits = find(entries, text);
      const shown = hits.slice(0, MAX_RESULTS);
      const message = hits.length === 0 ? status.dataset.nothing
        : hits.length > shown.length ? status.dataset.truncated
        : hits.length === 1 ? status.dataset.foundOne : status.dataset.found;
      status.textContent = fill(message, { n: hits.length, shown: shown.length });
      // Grouped by period, in the order of the period switcher.
      index.periods.forEach(function (period) {
        const group = shown.filter(function (hit) { return hit.entry.o.p === period[0]; });
        if (group.length === 0) return;
        list.appendChild(element('h3', 'search-period', period[1] + ' (' + group.length + ')'));
        const ol = element('ol', 'search-result-list');
        group.forEach(function (hit) { ol.appendChild(result(hit)); });
        list.appendChild(ol);
      });
    }

    let timer = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(input.value); }, 250);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run(input.value);
      try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (error) { /* file:// may refuse */ }
    });
    section.hidden = false;
    const query = new URLSearchParams(location.search).get('q') || '';
    input.value = query;
    run(query);
  }

  // ---- Dashboard filter ----------------------------------------------------------------------

  function setUpFilter(form) {
    const table = document.getElementById(form.dataset.filterList);
    const status = form.querySelector('.filter-status');
    if (!table || !status) return;
    const rows = Array.from(table.querySelectorAll('[data-unit]'));
    const selects = ['unit', 'health', 'band'].map(function (name) { return form.elements[name]; }).filter(Boolean);

    function apply(remember) {
      const unitOption = form.elements.unit && form.elements.unit.selectedOptions[0];
      const units = unitOption && unitOption.value ? unitOption.dataset.units.split(' ') : null;
      const health = form.elements.health ? form.elements.health.value : '';
      const band = form.elements.band ? form.elements.band.value : '';
      let shown = 0;
      rows.forEach(function (row) {
        const visible = (!units || units.includes(row.dataset.unit)) && (!health || row.dataset.health === health) && (!band || row.dataset.band === band);
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      status.textContent = fill(status.dataset.template, { shown: shown, total: rows.length }) + (shown === 0 ? ' ' + status.dataset.nothing : '');
      if (remember) {
        // The filter lives in the fragment (#unit=sales&band=red), so it survives a reload and can be shared.
        const state = new URLSearchParams();
        selects.forEach(function (select) { if (select.value) state.set(select.name, select.value); });
        const url = location.href.split('#')[0] + (String(state) ? '#' + state : '');
        try { history.replaceState(null, '', url); } catch (error) { /* not essential */ }
      }
    }

    if (location.hash.includes('=')) {
      const state = new URLSearchParams(location.hash.slice(1));
      selects.forEach(function (select) {
        const value = state.get(select.name);
        if (value && Array.from(select.options).some(function (option) { return option.value === value; })) select.value = value;
      });
    }
    form.addEventListener('change', function () { apply(true); });
    form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.hidden = false;
    apply(false);
  }

  function start() {
    const search = document.querySelector('form.search-form');
    if (search && window.okraSearchIndex) setUpSearch(search, window.okraSearchIndex);
    document.querySelectorAll('form.objective-filter[data-filter-list]').forEach(setUpFilter);
  }

  // For tests and other scripts: the matching itself, without the page.
  window.okra = { normalize: normalize, prepare: prepare, find: find };
  if (typeof document === 'undefined') return;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
}());
