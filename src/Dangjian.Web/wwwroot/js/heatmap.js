// Draws the heat map from the JSON the page embeds; the HTML table below it carries the same data without JavaScript.
(function () {
  var el = document.getElementById('heat-chart');
  var source = document.getElementById('heat-data');
  if (!el || !source || !window.echarts) { return; }
  var data = JSON.parse(source.textContent);
  var colors = { held: '#3a9e5a', late: '#a9d18e', pending: '#e6e6e6', missing: '#d9534f', none: '#ffffff' };
  var chart = window.echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { formatter: function (p) { return data.rows[p.value[1]] + ' ' + data.months[p.value[0]] + '：' + data.levels[p.value[2]].label; } },
    grid: { left: 220, right: 20, top: 10, bottom: 60 },
    xAxis: { type: 'category', data: data.months, splitArea: { show: true } },
    yAxis: { type: 'category', data: data.rows, axisLabel: { width: 200, overflow: 'truncate' } },
    visualMap: {
      type: 'piecewise', dimension: 2, orient: 'horizontal', left: 'center', bottom: 0,
      pieces: data.levels.map(function (l) { return { value: l.value, label: l.label, color: colors[l.css] }; })
    },
    series: [{ type: 'heatmap', data: data.cells, itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
  });
  chart.on('click', function (p) { if (p.value && p.value[3]) { window.location.href = p.value[3]; } });
  window.addEventListener('resize', function () { chart.resize(); });
  el.setAttribute('data-ready', 'true');
})();
