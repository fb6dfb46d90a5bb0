// Draws each <canvas data-chart> with Chart.js. The same figures are in the table that follows each chart.
(function () {
  if (typeof Chart === 'undefined') return
  var colours = ['#1d70b8', '#f47738', '#00703c', '#4c2c92', '#d4351c', '#28a197', '#6f72af', '#b58840']
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'))
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (series, i) {
          return { label: series.name, data: series.values, backgroundColor: colours[i % colours.length], borderColor: colours[i % colours.length] }
        })
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: spec.series.length > 1 } },
        scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return (spec.unit === '£' ? '£' : '') + v.toLocaleString('en-GB') + (spec.unit !== '£' ? spec.unit : '') } } } }
      }
    })
  })
})()
