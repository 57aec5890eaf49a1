/* Entente report page: renders the JSON embedded by org.entente.report.ReportData with the vendored
   Cytoscape.js (network) and uPlot (time series). Tables are plain HTML, paged and sorted here. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('entente-data').textContent);
  var CUE_COOP = [0, 1], CUE_CONF = [2, 3], CUE_NEU = [4], CUE_NONE = [5];
  var hasCues = D.cues.source !== null;
  var scope = D.run.scope;
  var unitWord = scope === 'sentence' ? 'sentences' : scope === 'paragraph' ? 'paragraphs'
    : scope === 'document' ? 'documents' : 'units';

  function fmt(n) { return Number(n).toLocaleString('en-US'); }
  function h(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') e.textContent = v;
        else if (k === 'className') e.className = v;
        else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : v);
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      (Array.isArray(c) ? c : [c]).forEach(function (x) {
        if (x === null || x === undefined) return;
        e.appendChild(typeof x === 'string' || typeof x === 'number' ? document.createTextNode(String(x)) : x);
      });
    }
    return e;
  }
  function $(id) { return document.getElementById(id); }
  function sum(a, idx) { return idx.reduce(function (s, i) { return s + (a[i] || 0); }, 0); }
  function textHref(docId) { return 'text/' + encodeURIComponent(docId) + '.txt'; }

  // ---- data -------------------------------------------------------------------------------------------
  var actors = new Map();
  D.actors.forEach(function (a) {
    actors.set(a[0], { id: a[0], type: a[1], name: a[2] || a[0], mentions: a[3], sentences: a[4], documents: a[5],
      cues: a[6] });
  });
  function nameOf(id) { var a = actors.get(id); return a ? a.name : id; }
  function mentionsOf(id) { var a = actors.get(id); return a ? a.mentions : 0; }
  var dyads = D.dyads.map(function (r, i) {
    return { ids: r[0], key: r[0].join('|'), units: r[1], documents: r[2], first: r[3], last: r[4], cues: r[5],
      evidence: r[6], rank: i + 1 };
  });
  var dyadByKey = new Map(dyads.map(function (d) { return [d.key, d]; }));
  var triads = D.triads.map(function (r, i) {
    return { ids: r[0], key: r[0].join('|'), units: r[1], documents: r[2], first: r[3], last: r[4], cues: r[5],
      rank: i + 1 };
  });
  var docs = D.documents.map(function (r) {
    return { id: r[0], title: r[1], date: r[2], mentions: r[3], dyads: r[4], top: r[5], topUnits: r[6],
      status: r[7], error: r[8], hasText: r[9], language: r[10] || '' };
  });
  var docById = new Map(docs.map(function (d) { return [d.id, d]; }));
  function dyadLabel(ids) { return ids.map(nameOf).join(' – '); }

  // ---- small widgets ------------------------------------------------------------------------------------
  function bar(value, max) {
    return h('div', { className: 'barcell' },
      h('div', { className: 'bar', style: 'width:' + (max > 0 ? (100 * value / max).toFixed(1) : 0) + '%' }),
      h('span', { className: 'n' }, fmt(value)));
  }
  function cueBar(cues) {
    if (!cues || cues.length < 5) return h('span', { className: 'small' }, '–');
    var coop = sum(cues, CUE_COOP), conf = sum(cues, CUE_CONF), neu = sum(cues, CUE_NEU), none = sum(cues, CUE_NONE);
    var all = coop + conf + neu + none;
    if (all === 0) return h('span', { className: 'small', title: 'not counted in co-mentions' }, '–');
    var title = D.cues.classes.map(function (c, i) { return c.replace(/_/g, ' ') + ': ' + (cues[i] || 0); }).join(', ');
    var pct = function (v) { return all ? (100 * v / all).toFixed(1) : 0; };
    return h('span', { className: 'nowrap', title: title },
      h('span', { className: 'cue' }, h('span', { className: 'coop', style: 'width:' + pct(coop) + '%' }),
        h('span', { className: 'conf', style: 'width:' + pct(conf) + '%' }),
        h('span', { className: 'neu', style: 'width:' + pct(neu) + '%' }),
        h('span', { className: 'none', style: 'width:' + pct(none) + '%' })),
      h('span', { className: 'small nowrap' }, fmt(coop) + ' / ' + fmt(conf)));
  }
  function cueCoop(cues) { return cues && cues.length ? sum(cues, CUE_COOP) : -1; }

  /* A paged, sortable, filterable table. spec: {id, columns: [{label, value(row), render(row), num, sort}],
     rows, pageSize, filterText(row), onRow(row), rowKey(row), sort: index, desc}. */
  function table(container, spec) {
    var state = { page: 0, sort: spec.sort === undefined ? -1 : spec.sort, desc: !!spec.desc, query: '' };
    var rows = spec.rows.map(function (r, i) { return { r: r, i: i }; });
    var input = h('input', { type: 'search', placeholder: spec.placeholder || 'Filter…', 'aria-label': 'filter' });
    var count = h('span', { className: 'small' });
    var thead = h('thead');
    var tbody = h('tbody');
    var pager = h('div', { className: 'pager' });
    var selected = null;
    container.appendChild(h('div', { className: 'filter' }, input, count));
    container.appendChild(h('table', { id: spec.id }, thead, tbody));
    container.appendChild(pager);
    input.addEventListener('input', function () { state.query = input.value.trim().toLowerCase(); state.page = 0; render(); });

    function header() {
      thead.textContent = '';
      var tr = h('tr');
      spec.columns.forEach(function (c, ci) {
        var sortable = c.value !== undefined;
        var th = h('th', { className: (c.num ? 'num ' : '') + (sortable ? 'sortable' : ''), title: c.title || null,
          'aria-sort': state.sort === ci ? (state.desc ? 'descending' : 'ascending') : null }, c.label);
        if (sortable) {
          th.addEventListener('click', function () {
            if (state.sort === ci) state.desc = !state.desc;
            else { state.sort = ci; state.desc = !!c.num; }
            state.page = 0;
            render();
          });
        }
        tr.appendChild(th);
      });
      thead.appendChild(tr);
    }
    function view() {
      var q = state.query;
      var list = q ? rows.filter(function (x) { return spec.filterText(x.r).toLowerCase().indexOf(q) >= 0; }) : rows.slice();
      if (state.sort >= 0) {
        var val = spec.columns[state.sort].value, dir = state.desc ? -1 : 1;
        list.sort(function (a, b) {
          var va = val(a.r), vb = val(b.r);
          var c = va < vb ? -1 : va > vb ? 1 : 0;
          return c !== 0 ? dir * c : a.i - b.i;
        });
      }
      return list;
    }
    function render() {
      header();
      var list = view();
      var size = spec.pageSize, pages = Math.max(1, Math.ceil(list.length / size));
      state.page = Math.min(state.page, pages - 1);
      tbody.textContent = '';
      list.slice(state.page * size, state.page * size + size).forEach(function (x) {
        var key = spec.rowKey ? spec.rowKey(x.r) : null;
        var tr = h('tr', { className: (spec.onRow ? 'clickable' : '') + (key !== null && key === selected ? ' selected' : ''),
          'data-key': key });
        spec.columns.forEach(function (c) {
          var v = c.render(x.r);
          tr.appendChild(h('td', { className: c.num ? 'num' : null }, v));
        });
        if (spec.onRow) tr.addEventListener('click', function (ev) {
          if (ev.target.closest('a')) return;
          spec.onRow(x.r);
        });
        tbody.appendChild(tr);
      });
      var word = rows.length === 1 ? ' row' : ' rows';
      count.textContent = list.length === rows.length ? fmt(rows.length) + word
        : fmt(list.length) + ' of ' + fmt(rows.length) + word;
      pager.textContent = '';
      if (pages > 1) {
        var go = function (p) { return function () { state.page = p; render(); }; };
        pager.appendChild(h('button', { type: 'button', onclick: go(0), disabled: state.page === 0, 'aria-label': 'first page' }, '«'));
        pager.appendChild(h('button', { type: 'button', onclick: go(state.page - 1), disabled: state.page === 0, 'aria-label': 'previous page' }, '‹'));
        pager.appendChild(h('span', null, 'page ' + (state.page + 1) + ' of ' + fmt(pages)));
        pager.appendChild(h('button', { type: 'button', onclick: go(state.page + 1), disabled: state.page >= pages - 1, 'aria-label': 'next page' }, '›'));
        pager.appendChild(h('button', { type: 'button', onclick: go(pages - 1), disabled: state.page >= pages - 1, 'aria-label': 'last page' }, '»'));
      }
    }
    render();
    return {
      render: render,
      select: function (key) { selected = key; render(); },
      reveal: function (key) {
        selected = key;
        state.query = ''; input.value = '';
        var list = view();
        for (var i = 0; i < list.length; i++) {
          if (spec.rowKey(list[i].r) === key) { state.page = Math.floor(i / spec.pageSize); break; }
        }
        render();
      }
    };
  }

  // ---- run summary --------------------------------------------------------------------------------------
  (function summary() {
    var run = D.run;
    var card = function (v, k) { return h('div', { className: 'card' }, h('div', { className: 'v' }, v), h('div', { className: 'k' }, k)); };
    var cards = $('cards');
    cards.appendChild(card(fmt(run.documents), 'documents'));
    cards.appendChild(card(fmt(run.done), 'done'));
    cards.appendChild(card(fmt(run.failed), 'failed'));
    cards.appendChild(card(fmt(run.mentions), 'actor mentions'));
    cards.appendChild(card(fmt(D.actors.length), 'actors'));
    cards.appendChild(card(fmt(D.counts.dyads), 'dyads (' + scope + ')'));
    cards.appendChild(card(fmt(D.counts.triads), 'triads (' + scope + ')'));
    cards.appendChild(card(run.firstDate ? run.firstDate + ' – ' + run.lastDate : 'no dates', 'document dates'));

    var rows = [['scope shown', scope + (run.scopes.length > 1 ? ' (the run counted ' + run.scopes.join(', ') + ')' : '')],
      ['actor types counted', run.countedTypes.join(', ')]];
    var line = function (o) {
      return Object.keys(o).map(function (k) { return k + ': ' + (o[k] !== null && typeof o[k] === 'object' ? JSON.stringify(o[k]) : o[k]); }).join(', ');
    };
    var flatten = function (prefix, v) {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        Object.keys(v).forEach(function (k) { flatten(prefix ? prefix + '.' + k : k, v[k]); });
      } else if (Array.isArray(v)) {
        if (v.every(function (x) { return x === null || typeof x !== 'object'; })) rows.push([prefix, v.join(' ')]);
        else rows.push([prefix, h('details', null, h('summary', null, v.length + (v.length === 1 ? ' entry' : ' entries')),
          h('ul', null, v.map(function (x) { return h('li', { className: 'small' }, x !== null && typeof x === 'object' ? line(x) : String(x)); })))]);
      } else {
        rows.push([prefix, v === null ? '' : String(v)]);
      }
    };
    if (run.manifest !== null) flatten('', run.manifest);
    var kv = h('table', { className: 'kv', id: 'settings-table' });
    rows.forEach(function (r) { kv.appendChild(h('tr', null, h('td', null, r[0]), h('td', null, r[1]))); });
    $('settings').appendChild(kv);
    if (run.manifest === null) $('settings').appendChild(h('p', { className: 'hint' },
      'This run has no readable run.json: the engine, the options and the dictionary version are not known here.'));
    else $('settings').appendChild(h('p', { className: 'hint' }, 'Every field of the run\'s run.json, as it is.'));

    var failures = $('failures');
    if (run.failures.length === 0) failures.appendChild(h('p', { className: 'hint' }, 'No document failed.'));
    else {
      var ft = h('table', { id: 'failures-table' }, h('tr', null, h('th', null, 'document'), h('th', null, 'stage'), h('th', null, 'reason')));
      run.failures.forEach(function (f) { ft.appendChild(h('tr', null, h('td', null, f[0]), h('td', null, f[1]), h('td', null, f[2]))); });
      failures.appendChild(ft);
    }
    var it = h('table', { id: 'inputs-table' });
    D.inputs.forEach(function (i) {
      it.appendChild(h('tr', null, h('td', null, i[0]),
        h('td', { className: i[1] ? 'ok' : 'missing' }, i[1] ? 'present' : 'missing'), h('td', { className: 'small' }, i[2])));
    });
    $('inputs').appendChild(it);

    var notes = D.notes.slice();
    if (D.evidence.of > D.evidence.dyads) notes.push('Evidence is embedded for the ' + fmt(D.evidence.dyads)
      + ' most frequent of ' + fmt(D.evidence.of) + ' dyads.');
    notes.push('Evidence: at most the first ' + D.evidence.cap + ' co-mention ' + unitWord + ' per dyad are embedded, in document and text order.');
    if (hasCues) notes.push('The cooperation/conflict split is read from ' + D.cues.source + '.');
    if (!hasCues) notes.push('Cue classes (cooperation, conflict) are not in this run\'s tables, so no cooperation/conflict split is shown.');
    var ul = h('ul');
    notes.forEach(function (n) { ul.appendChild(h('li', null, n)); });
    $('notes').appendChild(h('div', { className: 'notes', id: 'notes-list' }, h('strong', null, 'About this report'), ul));
    var version = run.manifest && (run.manifest.tool_version || run.manifest.version || (run.manifest.tool && run.manifest.tool.version));
    $('footer').textContent = 'Made by Entente' + (version ? ' ' + version : '') + ' from the tables in ' + run.folder
      + '/. Network drawn with Cytoscape.js 3.35.0 and time series with uPlot 1.6.32 (both MIT-licensed, embedded in this file).';
  })();

  // ---- rankings -----------------------------------------------------------------------------------------
  var tables = {};
  (function rankings() {
    $('rankings-hint').textContent = 'Co-mentions are counted per ' + scope + ': each ' + scope + ' naming two actors adds one to their dyad.'
      + (hasCues ? ' The bar splits units by their relation cues: cooperation (green), conflict (red), neutral (grey), no cue (light); numbers: verbal + material cooperation / verbal + material conflict units (a unit with both a verbal and a material cue counts in each). Hover for every class.' : '');
    var maxA = D.actors.length ? Math.max.apply(null, D.actors.map(function (a) { return a[3]; })) : 0;
    var actorCols = [
      { label: 'actor', value: function (a) { return a.name.toLowerCase(); }, render: function (a) { return [a.name, ' ', h('span', { className: 'small' }, a.id)]; } },
      { label: 'type', value: function (a) { return a.type; }, render: function (a) { return h('span', { className: 'small' }, a.type); } },
      { label: 'mentions', num: true, value: function (a) { return a.mentions; }, render: function (a) { return bar(a.mentions, maxA); } },
      { label: 'docs', num: true, value: function (a) { return a.documents; }, render: function (a) { return fmt(a.documents); } }
    ];
    if (D.actors.some(function (a) { return a[6].length; })) actorCols.push({ label: 'coop / conflict', value: function (a) { return cueCoop(a.cues); }, render: function (a) { return cueBar(a.cues); } });
    tables.actors = table($('actors-table'), { id: 'actors', columns: actorCols, rows: Array.from(actors.values()), pageSize: 10,
      filterText: function (a) { return a.name + ' ' + a.id + ' ' + a.type; }, rowKey: function (a) { return a.id; },
      onRow: function (a) { selectActor(a.id, true); }, placeholder: 'Filter actors…' });

    var maxD = dyads.length ? dyads[0].units : 0;
    var dyadCols = [
      { label: '#', num: true, value: function (d) { return d.rank; }, render: function (d) { return h('span', { className: 'small' }, d.rank); } },
      { label: 'dyad', value: function (d) { return dyadLabel(d.ids).toLowerCase(); }, render: function (d) { return dyadLabel(d.ids); } },
      { label: unitWord, num: true, value: function (d) { return d.units; }, render: function (d) { return bar(d.units, maxD); } },
      { label: 'docs', num: true, value: function (d) { return d.documents; }, render: function (d) { return fmt(d.documents); } }
    ];
    if (hasCues) dyadCols.push({ label: 'coop / conflict', value: function (d) { return cueCoop(d.cues); }, render: function (d) { return cueBar(d.cues); } });
    dyadCols.push({ label: 'years', value: function (d) { return d.first; }, render: function (d) {
      var a = d.first.slice(0, 4), b = d.last.slice(0, 4);
      return h('span', { className: 'small nowrap', title: d.first + ' – ' + d.last }, a === b ? a : a + '–' + b); } });
    tables.dyads = table($('dyads-table'), { id: 'dyads', columns: dyadCols, rows: dyads, pageSize: 10,
      filterText: function (d) { return dyadLabel(d.ids) + ' ' + d.ids.join(' '); }, rowKey: function (d) { return d.key; },
      onRow: function (d) { selectDyad(d.key, true); }, placeholder: 'Filter dyads (e.g. China)…' });

    var maxT = triads.length ? triads[0].units : 0;
    var triadCols = [
      { label: 'triad', value: function (t) { return dyadLabel(t.ids).toLowerCase(); }, render: function (t) { return dyadLabel(t.ids); } },
      { label: unitWord, num: true, value: function (t) { return t.units; }, render: function (t) { return bar(t.units, maxT); } },
      { label: 'docs', num: true, value: function (t) { return t.documents; }, render: function (t) { return fmt(t.documents); } }
    ];
    if (triads.some(function (t) { return t.cues.length; })) triadCols.push({ label: 'coop / conflict', value: function (t) { return cueCoop(t.cues); }, render: function (t) { return cueBar(t.cues); } });
    tables.triads = table($('triads-table'), { id: 'triads', columns: triadCols, rows: triads, pageSize: 10,
      filterText: function (t) { return dyadLabel(t.ids) + ' ' + t.ids.join(' '); }, rowKey: function (t) { return t.key; },
      placeholder: 'Filter triads…' });
  })();

  // ---- network ------------------------------------------------------------------------------------------
  var cy = null;
  var edgeCount = Math.min(D.network.top, dyads.length);
  var palette = ['#2f5d9e', '#c0392b', '#2e8b57', '#d68910', '#7d3c98', '#17a2b8', '#8d6e63', '#e84393', '#5d6d7e', '#27ae60'];

  function edgeColor(d) {
    if (!hasCues || !d.cues || d.cues.length < 5) return '#8c97a8';
    var coop = sum(d.cues, CUE_COOP), conf = sum(d.cues, CUE_CONF);
    if (coop + conf === 0) return '#8c97a8';
    var t = conf / (coop + conf);
    var mix = function (a, b) { return Math.round(a + (b - a) * t); };
    return 'rgb(' + mix(46, 192) + ',' + mix(139, 57) + ',' + mix(87, 43) + ')';
  }

  function elements(n) {
    var shown = dyads.slice(0, n);
    var nodeSet = new Set();
    shown.forEach(function (d) { nodeSet.add(d.ids[0]); nodeSet.add(d.ids[1]); });
    var nodes = Array.from(nodeSet).sort(function (a, b) { return mentionsOf(b) - mentionsOf(a) || (a < b ? -1 : 1); });
    var maxM = Math.max.apply(null, [1].concat(nodes.map(mentionsOf)));
    var maxU = shown.length ? shown[0].units : 1;
    var radius = 60 + 14 * nodes.length;
    var els = nodes.map(function (id, i) {
      var angle = 2 * Math.PI * i / Math.max(1, nodes.length);
      return { group: 'nodes', data: { id: id, label: nameOf(id), mentions: mentionsOf(id),
        size: Math.round(14 + 46 * Math.sqrt(mentionsOf(id) / maxM)) },
        position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) } };
    });
    shown.forEach(function (d) {
      els.push({ group: 'edges', data: { id: 'e:' + d.key, source: d.ids[0], target: d.ids[1], key: d.key, units: d.units,
        width: +(1 + 9 * Math.sqrt(d.units / maxU)).toFixed(2), color: edgeColor(d) } });
    });
    return els;
  }

  function layout() {
    var n = cy.nodes().length;
    cy.layout({ name: 'cose', animate: false, randomize: false, fit: true, padding: 30,
      nodeDimensionsIncludeLabels: true, componentSpacing: 60,
      nodeRepulsion: function () { return 12000 + 600 * n; },
      idealEdgeLength: function () { return 70 + Math.min(120, 2 * n); },
      edgeElasticity: function (e) { return 40 + 160 * (1 - e.data('width') / 10); },
      nestingFactor: 1, gravity: 0.6, numIter: 1500, initialTemp: 1000, coolingFactor: 0.99, minTemp: 1.0 }).run();
  }

  function drawNetwork() {
    $('edge-total').textContent = fmt(dyads.length);
    $('edge-count').value = edgeCount;
    $('edge-count').max = Math.max(1, dyads.length);
    var els = elements(edgeCount);
    if (!cy) {
      cy = cytoscape({ container: $('network'), elements: els, minZoom: 0.1, maxZoom: 4,
        style: [
          { selector: 'node', style: { 'background-color': '#2f5d9e', width: 'data(size)', height: 'data(size)', label: 'data(label)',
            'font-size': 12, color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fff',
            'text-outline-width': 2, 'min-zoomed-font-size': 6 } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', opacity: 0.55, 'curve-style': 'haystack' } },
          { selector: 'edge:selected', style: { opacity: 1, 'line-color': '#f0a500', 'z-index': 10 } },
          { selector: 'node:selected', style: { 'background-color': '#f0a500' } },
          { selector: '.faded', style: { opacity: 0.12 } },
          { selector: 'node.dyad-end', style: { 'background-color': '#f0a500', 'border-width': 2, 'border-color': '#7a5200' } }
        ] });
      cy.on('tap', 'edge', function (ev) { selectDyad(ev.target.data('key'), false); });
      cy.on('tap', 'node', function (ev) { selectActor(ev.target.id(), false); });
      cy.on('tap', function (ev) { if (ev.target === cy) clearFocus(); });
      cy.on('mouseover', 'node', function (ev) {
        var id = ev.target.id();
        $('network-status').textContent = nameOf(id) + ': ' + fmt(mentionsOf(id)) + ' mentions';
      });
      cy.on('mouseover', 'edge', function (ev) {
        var d = dyadByKey.get(ev.target.data('key'));
        $('network-status').textContent = dyadLabel(d.ids) + ': ' + fmt(d.units) + ' ' + unitWord + ' in ' + fmt(d.documents) + ' documents';
      });
      cy.on('mouseout', function () { status(); });
    } else {
      cy.elements().remove();
      cy.add(els);
    }
    layout();
    status();
    $('edges-more').disabled = edgeCount >= dyads.length;
    $('edges-all').disabled = edgeCount >= dyads.length;
  }
  function status() {
    var net = $('network');
    net.setAttribute('data-nodes', cy.nodes().length);
    net.setAttribute('data-edges', cy.edges().length);
    $('network-status').textContent = fmt(cy.nodes().length) + ' actors, ' + fmt(cy.edges().length) + ' of '
      + fmt(dyads.length) + ' dyads drawn';
  }
  function setEdges(n) {
    var v = Math.max(1, Math.min(dyads.length, Math.floor(n) || 1));
    if (v !== edgeCount || !cy) { edgeCount = v; drawNetwork(); }
  }
  function clearFocus() {
    if (!cy) return;
    cy.elements().removeClass('faded dyad-end').unselect();
  }

  $('network-hint').textContent = 'Nodes are actors, sized by their mentions; edges are dyads, as thick as their count of co-mention '
    + unitWord + (hasCues ? ', coloured from cooperation (green) to conflict (red)' : '') + '. The ' + fmt(Math.min(D.network.top, dyads.length))
    + ' most frequent dyads are drawn at first; drag to pan, scroll to zoom, and use "Show more" to draw more.'
    + ' Actors with no co-mention are not drawn.';
  if (dyads.length === 0) {
    $('network-hint').textContent = 'Nodes would be actors and edges dyads; this run has none to draw.';
    $('network').appendChild(h('p', { className: 'hint', style: 'padding:12px' }, 'This run has no co-mentions in the ' + scope + ' scope: nothing to draw.'));
    $('edges-more').disabled = true; $('edges-all').disabled = true; $('relayout').disabled = true;
    $('network').setAttribute('data-nodes', 0); $('network').setAttribute('data-edges', 0);
  } else {
    drawNetwork();
    $('edge-count').addEventListener('change', function () { setEdges(Number($('edge-count').value)); });
    $('edges-more').addEventListener('click', function () { setEdges(edgeCount + Math.max(50, D.network.top)); });
    $('edges-all').addEventListener('click', function () { setEdges(dyads.length); });
    $('relayout').addEventListener('click', function () { layout(); });
  }

  // ---- drill-down ---------------------------------------------------------------------------------------
  function highlighted(text, marks, a, b) {
    var p = h('p', { className: 'sentence' });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos || m[1] > text.length) return;
      if (m[0] > pos) p.appendChild(document.createTextNode(text.slice(pos, m[0])));
      var cls = m[2] === a ? 'actor-a' : m[2] === b ? 'actor-b' : 'actor-other';
      p.appendChild(h('mark', { className: cls, 'data-actor': m[2], title: nameOf(m[2]) }, text.slice(m[0], m[1])));
      pos = m[1];
    });
    if (pos < text.length) p.appendChild(document.createTextNode(text.slice(pos)));
    return p;
  }
  function cueChips(cues) {
    return cues.map(function (c) {
      var cls = c.indexOf('cooperation') >= 0 ? 'coop' : c.indexOf('conflict') >= 0 ? 'conf' : 'neu';
      return h('span', { className: 'chip ' + cls }, c.replace(/_/g, ' '));
    });
  }

  function selectDyad(key, scroll) {
    var d = dyadByKey.get(key);
    if (!d) return;
    var drill = $('drill');
    drill.textContent = '';
    drill.setAttribute('data-dyad', key);
    var a = d.ids[0], b = d.ids[1];
    drill.appendChild(h('h3', null, h('mark', { className: 'actor-a' }, nameOf(a)), ' – ', h('mark', { className: 'actor-b' }, nameOf(b))));
    drill.appendChild(h('p', { className: 'small' }, fmt(d.units) + ' ' + unitWord + ' in ' + fmt(d.documents) + ' documents'
      + (d.first ? ', ' + (d.first === d.last ? d.first : d.first + ' to ' + d.last) : '') + '; rank ' + d.rank + ' of ' + fmt(dyads.length) + '.'));
    if (hasCues && d.cues && d.cues.length) drill.appendChild(h('p', null, cueBar(d.cues)));
    var list = D.evidence.byDyad[key] || [];
    if (d.rank > D.evidence.dyads) {
      drill.appendChild(h('p', { className: 'hint' }, 'Evidence is embedded for the ' + fmt(D.evidence.dyads) + ' most frequent dyads only; this one is number ' + d.rank + '.'));
    } else {
      drill.appendChild(h('p', { className: 'hint', id: 'evidence-count' }, list.length < d.units && list.length === D.evidence.cap
        ? 'The first ' + list.length + ' of ' + fmt(d.units) + ' ' + unitWord + ' (at most ' + D.evidence.cap + ' are embedded per dyad):'
        : list.length + ' evidence ' + (list.length === 1 ? 'sentence' : 'sentences') + ':'));
      var ol = h('ol', { id: 'evidence' });
      list.forEach(function (i) {
        var u = D.evidence.units[i];
        var doc = docById.get(u[0]);
        var title = doc && doc.title ? doc.title : u[0];
        var src = h('div', { className: 'src' }, doc && doc.hasText ? h('a', { href: textHref(u[0]), target: '_blank', title: 'the document\'s extracted text' }, title) : title,
          doc && doc.date ? ' · ' + doc.date : '', ' · chars ' + u[1] + '–' + u[2]);
        ol.appendChild(h('li', { 'data-doc': u[0] }, highlighted(u[3], u[4], a, b), src, u[5].length ? h('div', null, cueChips(u[5])) : null));
      });
      drill.appendChild(ol);
    }
    tables.dyads.reveal(key);
    if (cy) {
      clearFocus();
      var edge = cy.getElementById('e:' + key);
      if (edge.length) {
        cy.elements().addClass('faded');
        edge.removeClass('faded').select();
        edge.connectedNodes().removeClass('faded').addClass('dyad-end');
      } else {
        drill.insertBefore(h('p', { className: 'hint' }, 'This dyad is not among the ' + fmt(edgeCount) + ' edges drawn; use "Show more" to draw it.'), drill.children[2]);
      }
    }
    if (scroll) $('network-section').scrollIntoView({ behavior: 'auto', block: 'start' });
  }

  function selectActor(id, scroll) {
    var drill = $('drill');
    drill.textContent = '';
    drill.removeAttribute('data-dyad');
    var actor = actors.get(id) || { name: id, mentions: 0, documents: 0, type: '' };
    drill.appendChild(h('h3', null, actor.name));
    drill.appendChild(h('p', { className: 'small' }, id + (actor.type ? ' · ' + actor.type : '') + ' · ' + fmt(actor.mentions) + ' mentions in ' + fmt(actor.documents) + ' documents'));
    var partners = dyads.filter(function (d) { return d.ids[0] === id || d.ids[1] === id; });
    drill.appendChild(h('p', { className: 'hint' }, partners.length ? 'Co-mentioned with (click for the evidence):' : 'Never co-mentioned with another counted actor.'));
    var ul = h('ol');
    partners.slice(0, 30).forEach(function (d) {
      var other = d.ids[0] === id ? d.ids[1] : d.ids[0];
      ul.appendChild(h('li', null, h('a', { href: '#', onclick: function (ev) { ev.preventDefault(); selectDyad(d.key, false); } }, nameOf(other)),
        ' ', h('span', { className: 'small' }, fmt(d.units) + ' ' + unitWord)));
    });
    drill.appendChild(ul);
    if (partners.length > 30) drill.appendChild(h('p', { className: 'small' }, 'and ' + (partners.length - 30) + ' more in the dyads table.'));
    if (cy) {
      clearFocus();
      var node = cy.getElementById(id);
      if (node.length) {
        cy.elements().addClass('faded');
        node.closedNeighborhood().removeClass('faded');
        node.select();
      }
    }
    tables.actors.select(id);
    if (scroll) $('network-section').scrollIntoView({ behavior: 'auto', block: 'start' });
  }

  // ---- time series --------------------------------------------------------------------------------------
  var plot = null;
  (function series() {
    var S = D.series;
    var hint = 'Co-mention ' + unitWord + ' per ' + S.granularity + ', by the documents\' dates.';
    if (S.undated) hint += ' ' + fmt(S.undated) + ' documents without a date are left out.';
    if (S.of > S.dyads) hint += ' Series are embedded for the ' + fmt(S.dyads) + ' most frequent of ' + fmt(S.of) + ' dyads.';
    $('series-hint').textContent = hint;
    if (S.periods.length === 0 || S.dyads === 0) {
      $('series-picker').style.display = 'none';
      $('series').appendChild(h('p', { className: 'hint' }, S.periods.length === 0 ? 'No document has a date: no time series.' : 'No dyads: no time series.'));
      return;
    }
    var keys = Object.keys(S.values);
    keys.sort(function (x, y) { return dyadByKey.get(x).rank - dyadByKey.get(y).rank; });
    var chosen = new Set(keys.slice(0, 5));
    var xs = S.periods.map(function (p) {
      var y = Number(p.slice(0, 4)), m = p.length > 4 ? Number(p.slice(5, 7)) - 1 : 0;
      return Date.UTC(y, m, 1) / 1000;
    });
    var picker = $('series-picker');
    var search = h('input', { type: 'search', placeholder: 'Find a dyad…', 'aria-label': 'find a dyad' });
    picker.appendChild(search);
    var boxes = h('div');
    picker.appendChild(boxes);
    keys.forEach(function (k) {
      var d = dyadByKey.get(k);
      var box = h('input', { type: 'checkbox', value: k, checked: chosen.has(k) });
      box.addEventListener('change', function () { if (box.checked) chosen.add(k); else chosen.delete(k); draw(); });
      boxes.appendChild(h('label', { title: dyadLabel(d.ids), 'data-key': k }, box, ' ' + dyadLabel(d.ids) + ' ', h('span', { className: 'small' }, fmt(d.units))));
    });
    search.addEventListener('input', function () {
      var q = search.value.trim().toLowerCase();
      Array.prototype.forEach.call(boxes.children, function (l) { l.style.display = l.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none'; });
    });
    function draw() {
      var sel = keys.filter(function (k) { return chosen.has(k); });
      var data = [xs];
      var ser = [{ label: S.granularity }];
      sel.forEach(function (k, i) {
        var ys = xs.map(function () { return 0; });
        S.values[k].forEach(function (pu) { ys[pu[0]] = pu[1]; });
        data.push(ys);
        ser.push({ label: dyadLabel(dyadByKey.get(k).ids), stroke: palette[i % palette.length], width: 2,
          points: { show: xs.length < 80, size: 5 } });
      });
      var el = $('series');
      if (plot) { plot.destroy(); plot = null; }
      el.textContent = '';
      el.setAttribute('data-series', sel.length);
      if (sel.length === 0) { el.appendChild(h('p', { className: 'hint' }, 'Tick one or more dyads to draw them.')); return; }
      var width = Math.max(360, el.clientWidth || 800);
      plot = new uPlot({ width: width, height: 380, series: ser,
        scales: { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.max(1, max)]; } } },
        axes: [{}, { label: unitWord }],
        legend: { live: true } }, data, el);
    }
    draw();
    window.addEventListener('resize', function () { if (plot) plot.setSize({ width: Math.max(360, $('series').clientWidth), height: 380 }); });
  })();

  // ---- directed view: who does what to whom ------------------------------------------------------------
  var QUAD_COLOURS = { verbal_cooperation: '#58b368', material_cooperation: '#1e7b3a', verbal_conflict: '#e59b2e', material_conflict: '#c0392b' };
  var dcy = null;
  function selectDirected(key) {
    var drill = $('directed-drill');
    var ends = key.split('|');
    var rows = (D.directed ? D.directed.dyads : []).filter(function (r) { return r[0] === ends[0] && r[1] === ends[1]; });
    drill.textContent = '';
    drill.setAttribute('data-directed', key);
    drill.appendChild(h('h3', null, nameOf(ends[0]), ' → ', nameOf(ends[1])));
    drill.appendChild(h('p', { className: 'small' }, rows.map(function (r) { return r[2] + ' ' + fmt(r[4]); }).join(', ')));
    var list = D.directed.evidence[key] || [];
    if (!list.length) {
      drill.appendChild(h('p', { className: 'hint' }, 'Events are embedded for the ' + fmt(D.evidence.dyads) + ' directed pairs with most events only.'));
      return;
    }
    var ol = h('ol', { id: 'directed-evidence' });
    list.forEach(function (e) {
      var doc = docById.get(e[0]);
      var title = doc && doc.title ? doc.title : e[0];
      ol.appendChild(h('li', { 'data-doc': e[0] },
        h('p', { className: 'sentence' }, e[7]),
        h('div', { className: 'src' }, h('b', { style: 'color:' + (QUAD_COLOURS[(rows.find(function (r) { return r[2] === e[2]; }) || [])[3]] || '#333') }, e[2]),
          ' "' + e[4] + '" · ' + e[5] + ' → ' + e[6] + (e[3] !== 'asserted' ? ' · ' + e[3] : '') + ' · ',
          doc && doc.hasText ? h('a', { href: textHref(e[0]), target: '_blank' }, title) : title, doc && doc.date ? ' · ' + doc.date : '')));
    });
    drill.appendChild(ol);
  }
  (function directedView() {
    var rows = D.directed ? D.directed.dyads : [];
    if (!rows.length) {
      $('directed-hint').textContent = D.directed && D.directed.present
        ? 'This run coded no events between two states.'
        : 'This run has no directed_dyads.csv (made before events, or with --no-events).';
      $('directed-network').setAttribute('data-edges', 0);
      return;
    }
    var edges = new Map();
    rows.forEach(function (r) {
      var k = r[0] + '|' + r[1] + '|' + r[3];
      var e = edges.get(k) || { source: r[0], target: r[1], quad: r[3], events: 0 };
      e.events += r[4];
      edges.set(k, e);
    });
    var list = Array.from(edges.values()).sort(function (a, b) { return b.events - a.events; }).slice(0, D.network.top);
    var nodes = new Set();
    list.forEach(function (e) { nodes.add(e.source); nodes.add(e.target); });
    var maxE = list.length ? list[0].events : 1;
    var els = Array.from(nodes).sort().map(function (id) { return { group: 'nodes', data: { id: id, label: nameOf(id) } }; });
    list.forEach(function (e) {
      els.push({ group: 'edges', data: { id: 'd:' + e.source + '|' + e.target + '|' + e.quad, source: e.source, target: e.target,
        key: e.source + '|' + e.target, quad: e.quad, events: e.events, color: QUAD_COLOURS[e.quad] || '#8c97a8',
        width: +(1.5 + 7 * Math.sqrt(e.events / maxE)).toFixed(2) } });
    });
    dcy = cytoscape({ container: $('directed-network'), elements: els, minZoom: 0.1, maxZoom: 4,
      style: [
        { selector: 'node', style: { 'background-color': '#2f5d9e', width: 22, height: 22, label: 'data(label)', 'font-size': 12,
          'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fff', 'text-outline-width': 2 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 1.1, opacity: 0.8 } },
        { selector: 'edge:selected', style: { opacity: 1, 'line-color': '#f0a500', 'target-arrow-color': '#f0a500' } }
      ],
      layout: { name: 'cose', animate: false, randomize: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: true } });
    dcy.on('tap', 'edge', function (ev) { selectDirected(ev.target.data('key')); });
    $('directed-network').setAttribute('data-nodes', dcy.nodes().length);
    $('directed-network').setAttribute('data-edges', dcy.edges().length);
    $('directed-hint').textContent = 'Arrows go from the state that acts to the state acted on (leaders count for the state they served), '
      + 'one per quad class, as thick as their events: light green verbal cooperation, dark green material cooperation, orange verbal conflict, '
      + 'red material conflict. Asserted and reported events only; ' + fmt(list.length) + ' of ' + fmt(edges.size) + ' arrows drawn.';
    var maxR = rows[0][4];
    tables.directed = table($('directed-table'), { id: 'directed', pageSize: 15, rows: rows, placeholder: 'Filter by state or event type…',
      filterText: function (r) { return nameOf(r[0]) + ' ' + r[0] + ' ' + nameOf(r[1]) + ' ' + r[1] + ' ' + r[2] + ' ' + r[3]; },
      rowKey: function (r) { return r.join('|'); },
      onRow: function (r) { selectDirected(r[0] + '|' + r[1]); },
      columns: [
        { label: 'source', value: function (r) { return nameOf(r[0]).toLowerCase(); }, render: function (r) { return nameOf(r[0]); } },
        { label: 'target', value: function (r) { return nameOf(r[1]).toLowerCase(); }, render: function (r) { return nameOf(r[1]); } },
        { label: 'type', value: function (r) { return r[2]; }, render: function (r) { return h('span', { style: 'color:' + QUAD_COLOURS[r[3]] }, r[2]); } },
        { label: 'quad class', value: function (r) { return r[3]; }, render: function (r) { return h('span', { className: 'small' }, r[3].replace(/_/g, ' ')); } },
        { label: 'events', num: true, value: function (r) { return r[4]; }, render: function (r) { return bar(r[4], maxR); } },
        { label: 'docs', num: true, value: function (r) { return r[5]; }, render: function (r) { return fmt(r[5]); } }
      ] });
  })();

  // ---- documents ----------------------------------------------------------------------------------------
  (function documents() {
    var maxM = docs.length ? Math.max.apply(null, docs.map(function (d) { return d.mentions; })) : 0;
    tables.documents = table($('documents-table'), { id: 'documents', pageSize: 25, rows: docs,
      placeholder: 'Filter by title, id, date or status…',
      filterText: function (d) { return d.title + ' ' + d.id + ' ' + d.date + ' ' + d.status + ' ' + (d.top.length ? dyadLabel(d.top) : ''); },
      rowKey: function (d) { return d.id; },
      columns: [
        { label: 'title', value: function (d) { return (d.title || d.id).toLowerCase(); }, render: function (d) {
          return [d.hasText ? h('a', { href: textHref(d.id), target: '_blank' }, d.title || d.id) : (d.title || d.id), h('div', { className: 'small' }, d.id)]; } },
        { label: 'date', value: function (d) { return d.date; }, render: function (d) { return d.date; } },
        { label: 'lang', title: 'ISO 639-3 code of the detected language', value: function (d) { return d.language; }, render: function (d) { return d.language; } },
        { label: 'mentions', num: true, value: function (d) { return d.mentions; }, render: function (d) { return bar(d.mentions, maxM); } },
        { label: 'dyads', num: true, value: function (d) { return d.dyads; }, render: function (d) { return fmt(d.dyads); } },
        { label: 'top dyad', value: function (d) { return d.topUnits; }, render: function (d) {
          if (!d.top.length) return h('span', { className: 'small' }, '–');
          var key = d.top.join('|');
          return [h('a', { href: '#', onclick: function (ev) { ev.preventDefault(); selectDyad(key, true); } }, dyadLabel(d.top)),
            ' ', h('span', { className: 'small' }, '(' + d.topUnits + ')')]; } },
        { label: 'status', value: function (d) { return d.status; }, render: function (d) {
          return d.status === 'done' ? 'done' : h('span', { className: 'missing', title: d.error }, d.status + ': ' + d.error); } }
      ] });
  })();

  window.ententeReport = { data: D, cy: function () { return cy; }, directedCy: function () { return dcy; }, selectDirected: selectDirected, selectDyad: selectDyad, selectActor: selectActor, showEdges: setEdges };
  document.body.setAttribute('data-ready', 'true');
})();
