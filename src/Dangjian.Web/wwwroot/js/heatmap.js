// Fills a folded township section with its rows when it is first opened (the page carries only the summaries when
// there are many townships); without script, the section's link opens the page with it unfolded.
(function () {
  var sections = document.querySelectorAll('#heat-table details[data-section]');
  Array.prototype.forEach.call(sections, function (section) {
    section.addEventListener('toggle', function () {
      if (!section.open || section.hasAttribute('data-loaded')) { return; }
      section.setAttribute('data-loaded', 'loading');
      var body = section.querySelector('.scroll-x');
      var fallback = body.querySelector('a');
      var status = body.querySelector('.heat-status');
      status.textContent = '正在载入…';
      fetch(section.getAttribute('data-section'), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) {
          // A session that ended answers with the sign-in page: offer the section's own link instead.
          if (!response.ok || response.redirected) { throw new Error(String(response.status)); }
          return response.text();
        })
        .then(function (html) {
          // The fragment is our own server-rendered, encoded markup, from this origin.
          body.innerHTML = html;
          section.setAttribute('data-loaded', 'true');
        })
        .catch(function () {
          section.removeAttribute('data-loaded');
          status.textContent = '载入失败，';
          status.appendChild(fallback);
          fallback.textContent = '点此重新打开';
        });
    });
  });
})();

// Draws the heat map from the page's chart data; the HTML table below it carries the same data without JavaScript.
// ECharts renders tooltip text as HTML: every stored name goes through escapeHtml (site.js) before it gets there.
// ECharts and the data are fetched here, and only when the chart is shown (site.css hides it on a phone, which reads
// the tables): the library is most of the page's weight on a slow link, and the county's data is ≈ 50 kB.
(function () {
  var el = document.getElementById('heat-chart');
  if (!el || !window.dangjian || el.offsetWidth === 0) { return; }
  var library = new Promise(function (resolve, reject) {
    var script = document.createElement('script');
    script.src = el.getAttribute('data-echarts');
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
  var data = fetch(el.getAttribute('data-chart'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok || response.redirected) { throw new Error(String(response.status)); }
      return response.json();
    });
  // Without the chart the table below still shows everything: nothing to report.
  Promise.all([data, library]).then(function (loaded) { draw(el, loaded[0]); }, function () { });

  function draw(el, data) {
    var escapeHtml = window.dangjian.escapeHtml;
    // Height set through the CSSOM: a style attribute in the markup would need 'unsafe-inline' styles.
    el.style.height = Math.max(240, 60 + data.rows.length * 26) + 'px';
    var colors = { held: '#3a9e5a', late: '#a9d18e', pending: '#e6e6e6', missing: '#d9534f', none: '#ffffff' };
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: {
        formatter: function (p) {
          return escapeHtml(data.rows[p.value[1]]) + ' ' + escapeHtml(data.months[p.value[0]]) + '：' + escapeHtml(data.levels[p.value[2]].label);
        }
      },
      grid: { left: 220, right: 20, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: data.months, splitArea: { show: true } },
      yAxis: { type: 'category', data: data.rows, axisLabel: { width: 200, overflow: 'truncate' } },
      visualMap: {
        type: 'piecewise', dimension: 2, orient: 'horizontal', left: 'center', bottom: 0,
        pieces: data.levels.map(function (l) { return { value: l.value, label: l.label, color: colors[l.css] }; })
      },
      series: [{ type: 'heatmap', data: data.cells, itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
    });
    chart.on('click', function (p) {
      // Only links into this site: a stored value must never become a javascript: URL.
      if (p.value && typeof p.value[3] === 'string' && p.value[3].charAt(0) === '/' && p.value[3].charAt(1) !== '/') {
        window.location.href = p.value[3];
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-ready', 'true');
  }
})();
