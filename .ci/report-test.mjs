// Browser test of report.html: opens a run's report in Debian's headless chromium (driven by playwright-core,
// no browser download), checks it against the run's CSV tables, and saves screenshots.
//
//   node .ci/report-test.mjs --run target/ci-out --shots target/report-shots --name sample [--check]
//
// --check runs the assertions (for the sample corpus); without it the script only takes the screenshots.
// Prints "N passed, N failed" and exits 1 when an assertion failed.
import { readFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true]);
  return acc;
}, []));
const run = resolve(args.run || 'target/ci-out');
const shots = resolve(args.shots || 'target/report-shots');
const name = args.name || 'sample';
const check = args.check === true;
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const TOP_EDGES = 100; // ReportOptions.DEFAULTS.topEdges()
const EVIDENCE_CAP = 50; // ReportOptions.DEFAULTS.evidencePerDyad()

let passed = 0;
let failed = 0;
function ok(condition, what) {
  if (condition) {
    passed++;
    console.log('  ok   ' + what);
  } else {
    failed++;
    console.log('  FAIL ' + what);
  }
}
function sameSet(actual, expected, what) {
  const a = [...actual].sort();
  const e = [...expected].sort();
  const same = a.length === e.length && a.every((x, i) => x === e[i]);
  ok(same, `${what}: ${a.length} shown, ${e.length} expected` + (same ? '' : `\n       shown:    ${a.join(' ')}\n       expected: ${e.join(' ')}`));
}
function table(file) {
  return parse(readFileSync(join(run, file)), { columns: true, skip_empty_lines: true });
}

const report = join(run, 'report.html');
if (!existsSync(report)) {
  console.error(`report-test: ${report} does not exist; expected a run made with entente analyze --report`);
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

// What the network must show, from the tables alone: the run's sentence-scope dyads (else its first scope),
// the most frequent first (units, then documents, then ids), pruned to the top TOP_EDGES; nodes are their ends.
const dyadRows = table('dyads.csv');
const scopes = [...new Set(dyadRows.map(r => r.scope))];
const scope = scopes.includes('sentence') ? 'sentence' : scopes[0];
const dyads = dyadRows.filter(r => r.scope === scope).map(r => ({
  key: r.actor_1 + '|' + r.actor_2, ids: [r.actor_1, r.actor_2], units: +r.units, documents: +r.documents,
})).sort((a, b) => b.units - a.units || b.documents - a.documents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const actorIds = new Set(table('actors.csv').map(r => r.actor_id));
const ends = list => new Set(list.flatMap(d => d.ids));
const topDyads = dyads.slice(0, TOP_EDGES);

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const errors = [];
  const fetched = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', r => fetched.push(r.url()));
  await page.goto(pathToFileURL(report).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });

  if (check) {
    console.log(`report-test: ${report}`);
    ok(errors.length === 0, 'the page runs without script errors' + (errors.length ? ': ' + errors.join('; ') : ''));
    const foreign = fetched.filter(u => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('about:'));
    ok(foreign.length === 0, 'the page fetches nothing from the network' + (foreign.length ? ': ' + foreign.join(' ') : ''));
    ok(fetched.filter(u => u.startsWith('file:')).length === 1, 'the page loads no file besides itself (styles and scripts inlined)');

    // the network: nodes and edges as the tables say
    const net = await page.evaluate(() => ({
      nodes: window.ententeReport.cy().nodes().map(n => n.id()),
      edges: window.ententeReport.cy().edges().map(e => e.data('key')),
      dataNodes: document.getElementById('network').dataset.nodes,
      dataEdges: document.getElementById('network').dataset.edges,
      status: document.getElementById('network-status').textContent,
    }));
    ok(dyads.length > 0, `the run has ${scope} dyads (${dyads.length})`);
    sameSet(net.edges, topDyads.map(d => d.key), `network edges are the top ${TOP_EDGES} ${scope} dyads of dyads.csv`);
    sameSet(net.nodes, ends(topDyads), 'network nodes are the actors of those dyads');
    ok([...ends(topDyads)].every(id => actorIds.has(id)), 'every node is a row of actors.csv');
    const n = x => x.toLocaleString('en-US');
    ok(net.status.includes(`${n(net.nodes.length)} actors, ${n(net.edges.length)} of ${n(dyads.length)} dyads drawn`),
      `the page says what it draws: "${net.status}"`);

    // the pruning control: draw the top 5 only, then all again
    await page.fill('#edge-count', '5');
    await page.press('#edge-count', 'Enter');
    await page.waitForFunction(() => document.getElementById('network').dataset.edges === '5');
    const five = await page.evaluate(() => ({
      nodes: window.ententeReport.cy().nodes().map(n => n.id()),
      edges: window.ententeReport.cy().edges().map(e => e.data('key')),
    }));
    sameSet(five.edges, dyads.slice(0, 5).map(d => d.key), 'the edge control prunes the network to the top 5 dyads');
    sameSet(five.nodes, ends(dyads.slice(0, 5)), '... and to their actors');
    await page.click('#edges-more');
    await page.waitForFunction(n => +document.getElementById('network').dataset.edges === n,
      Math.min(dyads.length, 5 + TOP_EDGES));
    ok(true, `"Show more" draws ${Math.min(dyads.length, 5 + TOP_EDGES)} edges`);
    await page.fill('#edge-count', String(TOP_EDGES));
    await page.press('#edge-count', 'Enter');
    await page.waitForFunction(n => +document.getElementById('network').dataset.edges === n, topDyads.length);

    // a dyad row: its evidence sentences, with both actors highlighted
    const top = dyads[0];
    await page.click(`#dyads tbody tr[data-key="${top.key}"]`);
    await page.waitForSelector(`#drill[data-dyad="${top.key}"]`);
    const ev = await page.evaluate(() => Array.from(document.querySelectorAll('#evidence li')).map(li => ({
      doc: li.dataset.doc,
      text: li.querySelector('.sentence').textContent,
      marks: Array.from(li.querySelectorAll('mark')).map(m => [m.className, m.dataset.actor, m.textContent]),
      link: li.querySelector('a') ? li.querySelector('a').getAttribute('href') : null,
    })));
    ok(ev.length === Math.min(top.units, EVIDENCE_CAP),
      `clicking the top dyad ${top.key} (${top.units} ${scope} units) shows ${ev.length} evidence sentences`);
    ok(ev.every(e => e.marks.some(m => m[0] === 'actor-a' && m[1] === top.ids[0])
      && e.marks.some(m => m[0] === 'actor-b' && m[1] === top.ids[1])), 'each sentence highlights both actors');
    const mentions = table('mentions.csv');
    const mentionText = new Set(mentions.map(m => m.doc_id + '\u0000' + m.actor_id + '\u0000' + m.text));
    ok(ev.every(e => e.marks.every(m => mentionText.has(e.doc + '\u0000' + m[1] + '\u0000' + m[2]))),
      'every highlight is a mention of mentions.csv');
    ok(ev.every(e => e.link && existsSync(join(run, decodeURIComponent(e.link)))), 'each sentence links to its document\'s text');
    const selectedEdge = await page.evaluate(() => window.ententeReport.cy().edges(':selected').map(e => e.data('key')));
    sameSet(selectedEdge, [top.key], 'the dyad is selected in the network');

    // an edge: click it where the network draws it
    const target = await page.evaluate(() => {
      const cy = window.ententeReport.cy();
      cy.elements().unselect();
      const box = document.getElementById('network').getBoundingClientRect();
      const nodes = cy.nodes().map(n => n.renderedBoundingBox());
      for (const e of cy.edges().sort((a, b) => b.data('units') - a.data('units'))) {
        const p = e.renderedMidpoint();
        const clear = nodes.every(b => p.x < b.x1 - 6 || p.x > b.x2 + 6 || p.y < b.y1 - 6 || p.y > b.y2 + 6);
        const near = cy.edges().filter(o => o !== e && Math.hypot(o.renderedMidpoint().x - p.x, o.renderedMidpoint().y - p.y) < 12);
        if (clear && near.length === 0 && p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height) {
          return { key: e.data('key'), x: box.left + p.x, y: box.top + p.y };
        }
      }
      return null;
    });
    ok(target !== null, 'an edge can be clicked clear of nodes');
    if (target) {
      await page.evaluate(() => document.getElementById('drill').removeAttribute('data-dyad'));
      await page.mouse.click(target.x, target.y);
      const got = await page.waitForSelector('#drill[data-dyad]', { timeout: 5000 }).then(e => e.getAttribute('data-dyad'), () => null);
      ok(got !== null && dyads.some(d => d.key === got), `clicking an edge opens a dyad's evidence (${got})`);
      const n = await page.locator('#evidence li').count();
      const want = dyads.find(d => d.key === got);
      ok(want && n === Math.min(want.units, EVIDENCE_CAP), `... with its ${n} evidence sentences`);
    }

    // the documents table: every document, filterable, sortable
    const docs = table('documents.csv');
    const counter = () => page.textContent('#documents-table .filter .small').then(t => t.trim());
    const docText = await counter();
    ok(docText === `${n(docs.length)} rows`, `the documents table has ${docs.length} rows ("${docText}")`);
    const pageRows = await page.locator('#documents tbody tr').count();
    ok(pageRows === Math.min(25, docs.length), `... shown ${pageRows} to a page`);
    const word = 'korea';
    const matching = docs.filter(d => (d.title + ' ' + d.doc_id).toLowerCase().includes(word)).length;
    await page.fill('#documents-table .filter input', word);
    const filtered = Number((await counter()).split(' ')[0].replace(/,/g, ''));
    ok(filtered >= matching && filtered < docs.length, `filtering by "${word}" keeps ${filtered} documents ("${await counter()}")`);
    await page.fill('#documents-table .filter input', '');
    await page.click('#documents thead th:has-text("date")');
    const dates = await page.$$eval('#documents tbody tr td:nth-child(2)', tds => tds.map(td => td.textContent));
    ok(dates.every((d, i) => i === 0 || dates[i - 1] <= d), 'sorting by date orders the rows');

    // the time series: the top dyads are drawn
    const drawn = await page.evaluate(() => +document.getElementById('series').dataset.series);
    ok(drawn === Math.min(5, dyads.length), `the time series draws the ${drawn} most frequent dyads`);

    // the directed view: one arrow per source, target and quad class of directed_dyads.csv, with its events
    if (existsSync(join(run, 'directed_dyads.csv'))) {
      const directedRows = table('directed_dyads.csv');
      const arrows = new Map();
      directedRows.forEach(r => {
        const k = `${r.source}|${r.target}|${r.quad_class}`;
        arrows.set(k, (arrows.get(k) || 0) + +r.events);
      });
      const topArrows = [...arrows.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_EDGES).map(e => e[0]);
      const drawnArrows = await page.evaluate(() => {
        const dcy = window.ententeReport.directedCy();
        return dcy ? dcy.edges().map(e => `${e.data('source')}|${e.data('target')}|${e.data('quad')}`) : [];
      });
      ok(topArrows.length === 0 || arrows.size <= TOP_EDGES, `the sample run has at most ${TOP_EDGES} arrows (${arrows.size})`);
      sameSet(drawnArrows, topArrows, 'the directed view draws one arrow per source, target and quad class of directed_dyads.csv');
      const arrowShape = await page.evaluate(() => {
        const dcy = window.ententeReport.directedCy();
        return dcy && dcy.edges().length ? dcy.edges()[0].style('target-arrow-shape') : 'none';
      });
      ok(topArrows.length === 0 || arrowShape === 'triangle', `arrows point at the target (${arrowShape})`);
      if (directedRows.length) {
        const top = [...directedRows].sort((a, b) => b.events - a.events)[0];
        const key = `${top.source}|${top.target}`;
        const wantEvents = table('events.csv').filter(e => e.source_state === top.source && e.target_state === top.target
          && (e.mode === 'asserted' || e.mode === 'reported'));
        await page.click(`#directed tbody tr[data-key^="${key}|"]`);
        await page.waitForSelector(`#directed-drill[data-directed="${key}"]`);
        const shown = await page.$$eval('#directed-evidence li p', ps => ps.map(p => p.textContent));
        ok(shown.length === Math.min(wantEvents.length, EVIDENCE_CAP)
          && shown.every((t, i) => t === wantEvents[i].text),
          `clicking the top directed dyad ${key} lists its ${shown.length} events' sentences from events.csv`);
      }
    }
  }

  // screenshots
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, `report-${name}-overview.png`) });
  await page.evaluate(() => {
    const cy = window.ententeReport.cy();
    if (cy) cy.elements().removeClass('faded dyad-end').unselect();
  });
  await page.locator('#rankings').screenshot({ path: join(shots, `report-${name}-rankings.png`) });
  await page.locator('#network-section').screenshot({ path: join(shots, `report-${name}-network.png`) });
  await page.evaluate(() => {
    const r = window.ententeReport;
    const top = r.data.dyads[0];
    if (top) r.selectDyad(top[0].join('|'), true);
  });
  await page.locator('#network-section').screenshot({ path: join(shots, `report-${name}-evidence.png`) });
  await page.locator('#directed-section').screenshot({ path: join(shots, `report-${name}-directed.png`) });
  await page.locator('#series-section').screenshot({ path: join(shots, `report-${name}-series.png`) });
  await page.locator('#documents-section').screenshot({ path: join(shots, `report-${name}-documents.png`) });
  console.log(`report-test: screenshots in ${shots} (report-${name}-*.png)`);
} finally {
  await browser.close();
}
if (check) {
  console.log(`${passed} passed, ${failed} failed`);
}
process.exit(failed === 0 ? 0 : 1);
