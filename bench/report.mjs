// Formats bench results as Markdown, each budgeted figure marked ✓ or ✗.

const kib = (bytes) => (bytes / 1024).toFixed(1);
const secs = (ms) => (ms / 1000).toFixed(2);

/** "value ✓" or "value ✗ (budget)", or the bare value when there is no budget. */
function mark(text, ok, budgetText) {
  if (ok === undefined) return text;
  return ok ? `${text} ✓` : `${text} ✗ (${budgetText})`;
}

function pageRow(page) {
  if (!page.built) return `| ${page.label} \`${page.path}\` | not built yet |||||||||||`;
  const b = page.budget ?? {};
  const w = page.weight;
  const k = w.byKind;
  const total = mark(
    `${kib(w.gzip)} (${kib(w.raw)} raw)`,
    b.bytes === undefined ? undefined : w.gzip <= b.bytes,
    `≤ ${kib(b.bytes)}`,
  );
  const lh = page.lighthouse;
  const cells = lh
    ? [
        mark(String(lh.score), b.lighthouse === undefined ? undefined : lh.score >= b.lighthouse, `≥ ${b.lighthouse}`),
        mark(`${Math.round(lh.lcpMs)} ms`, b.lcpMs === undefined ? undefined : lh.lcpMs <= b.lcpMs, `≤ ${b.lcpMs} ms`),
        `${Math.round(lh.tbtMs)} ms`,
        mark(lh.cls.toFixed(3), b.cls === undefined ? undefined : lh.cls <= b.cls, `≤ ${b.cls}`),
      ]
    : ['—', '—', '—', '—'];
  const r = page.response.medianMs;
  const response =
    r === null
      ? 'failed'
      : mark(`${Math.round(r)} ms`, b.responseMs === undefined ? undefined : r <= b.responseMs, `≤ ${b.responseMs} ms`);
  return `| ${page.label} \`${page.path}\` | ${w.requests} | ${kib(k.html.gzip)} | ${kib(k.js.gzip)} | ${kib(k.css.gzip)} | ${kib(k.other.gzip)} | ${total} | ${cells.join(' | ')} | ${response} |`;
}

/** Lighthouse's measure of this machine's CPU speed: a busy machine inflates LCP and TBT. */
function benchmarkLine(pages) {
  const values = pages.flatMap((p) => p.lighthouse?.runs.map((r) => r.benchmarkIndex) ?? []).filter(Number.isFinite);
  if (values.length === 0) return 'Lighthouse was not run.';
  values.sort((a, b) => a - b);
  return (
    `Lighthouse's benchmarkIndex (this machine's CPU speed) ranged ${Math.round(values[0])}–${Math.round(values.at(-1))} ` +
    `during the runs; below about 1000 the machine was busy and the simulated LCP and TBT of those runs are inflated.`
  );
}

export function formatMarkdown(results) {
  const { build, precache, library, searchIndex, budgets, pages, throttling, runs } = results;
  const lines = [
    '# Bench results',
    '',
    `${results.date} · Node ${results.machine.node} · ${results.machine.cpus} CPUs · Chromium ${results.machine.chromium} · median of ${runs} run(s)`,
    '',
    'Sizes in KiB, gzip unless marked raw: what a first visit downloads (HTML and every script, style, image,',
    'lazily imported chunk) until the network is quiet after load and after scrolling to the end of the page.',
    `Lighthouse: performance category, mobile defaults (simulated slow 4G, 4× CPU). Response: a first visit`,
    `throttled with CDP (${throttling.rttMs} ms RTT, ${(throttling.downloadKbps / 1024).toFixed(1)} Mbps down, ${throttling.uploadKbps} Kbps up, ${throttling.cpuSlowdown}× CPU) until the main control answers`,
    '(sorting: first card sorted; quiz: option checked; deck: ArrowRight shows slide 2; search: first result listed for',
    'the query in its URL; reading pages: largest contentful paint).',
    '',
    benchmarkLine(pages),
    '',
    '| Page | Requests | HTML | JS | CSS | Other | Total | Lighthouse | LCP | TBT | CLS | Response |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...pages.map(pageRow),
    '',
  ];
  const site = budgets.site;
  if (build.ms !== null) {
    lines.push(`- Build: ${mark(`${secs(build.ms)} s`, build.ms <= site.buildMs, `≤ ${secs(site.buildMs)} s`)}`);
  } else {
    lines.push('- Build: not measured (--skip-build)');
  }
  if (precache) {
    lines.push(
      `- Precache: ${precache.entries} files, ${mark(`${kib(precache.raw)} KiB raw`, precache.raw <= site.precacheBytes, `≤ ${kib(site.precacheBytes)} KiB`)} (${kib(precache.gzip)} KiB gzip over the wire)`,
    );
    for (const [lang, kept] of Object.entries(precache.languages ?? {})) {
      lines.push(
        `- Kept for a learner reading ${lang}: ${kept.entries} pages, ${mark(`${kib(kept.raw)} KiB raw`, kept.raw <= site.precacheBytes, `≤ ${kib(site.precacheBytes)} KiB`)} (${kib(kept.gzip)} KiB gzip)`,
      );
    }
  } else {
    lines.push('- Precache: no dist/sw.js');
  }
  if (library) {
    lines.push(
      `- Library (not precached; cached when read or saved from /library/): ${library.pages} pages, ${kib(library.bytes)} KiB raw, ${kib(library.gzipBytes)} KiB gzip`,
    );
  }
  lines.push(
    searchIndex
      ? `- Search index (not precached; saved on first use): ${searchIndex.files} files, ${kib(searchIndex.gzip)} KiB over the wire (${kib(searchIndex.raw)} KiB stored)`
      : '- Search index: none in this build',
  );
  const off = pages.flatMap((p) => p.offOrigin ?? []);
  lines.push(`- Requests to other origins: ${off.length === 0 ? 'none ✓' : `${off.length} ✗ ${off.join(', ')}`}`);
  lines.push('', '## Where the bytes go', '');
  for (const page of pages) {
    if (!page.built) continue;
    const atLoad = page.weight.atLoad;
    lines.push(
      `### ${page.label} \`${page.path}\``,
      '',
      `${atLoad.requests} requests, ${kib(atLoad.gzip)} KiB by the end of load; ${page.weight.requests} requests, ${kib(page.weight.gzip)} KiB after scrolling the page. ` +
        `Referenced statically by the built HTML and its imports: ${kib(page.staticWeight.gzip)} KiB (the figure tests/e2e/budgets.spec.ts asserts).`,
      '',
      '| file | kind | gzip | raw | when |',
      '|---|---|--:|--:|---|',
      ...[...page.requests]
        .sort((a, b) => b.gzip - a.gzip)
        .map(
          (r) =>
            `| \`${r.path}\` | ${r.kind} | ${kib(r.gzip)} | ${kib(r.raw)} | ${r.phase === 'load' ? 'load' : 'scroll'} |`,
        ),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
