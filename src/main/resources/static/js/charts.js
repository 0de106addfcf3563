// Draws a Chart.js chart from each table marked up in templates/fragments/charts.html.
//
// A canvas names its table in data-chart-table. Each column header with data-series becomes
// a data set, read from the data-value attribute of that column's cells (a cell without one
// is a gap). Row headers are the labels. The chart's wrapper stays hidden unless drawing works,
// so without JavaScript (or without Chart.js) people see just the tables.
(function () {
  'use strict'

  // GOV.UK palette: blue, dark blue, green, red, orange, dark grey.
  var COLOURS = ['#1d70b8', '#003078', '#00703c', '#d4351c', '#f47738', '#505a5f']
  var TEXT = '#0b0c0c'
  var GRID = '#b1b4b6'
  var FONT = '"GDS Transport", arial, sans-serif'

  var exactPounds = new Intl.NumberFormat('en-GB', {
    style: 'currency', currency: 'GBP', maximumFractionDigits: 0
  })
  var wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })

  // £3.4bn, £687m, £50k: the way the rest of the site writes money.
  function compactPounds (value) {
    var abs = Math.abs(value)
    var units = [[1e9, 'bn'], [1e6, 'm'], [1e3, 'k']]
    for (var i = 0; i < units.length; i++) {
      if (abs >= units[i][0]) {
        return '£' + Number((value / units[i][0]).toPrecision(3)) + units[i][1]
      }
    }
    return exactPounds.format(value)
  }

  function readTable (table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'))
    var series = []
    headers.forEach(function (th, column) {
      if (th.hasAttribute('data-series')) {
        series.push({ name: th.getAttribute('data-series'), column: column, values: [] })
      }
    })
    var labels = []
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.children
      labels.push(cells[0].textContent.trim())
      series.forEach(function (each) {
        var cell = cells[each.column]
        var raw = cell ? cell.getAttribute('data-value') : null
        var number = (raw === null || raw === '') ? NaN : Number(raw)
        each.values.push(isNaN(number) ? null : number)
      })
    })
    return { labels: labels, series: series }
  }

  // Adds the missing years between the first and last, each with zero, so time reads true.
  function fillYears (data) {
    var years = data.labels.map(Number)
    if (years.some(isNaN) || years.length < 2) {
      return data
    }
    var first = Math.min.apply(null, years)
    var last = Math.max.apply(null, years)
    var labels = []
    var series = data.series.map(function (each) {
      return { name: each.name, column: each.column, values: [] }
    })
    for (var year = first; year <= last; year++) {
      var index = years.indexOf(year)
      labels.push(String(year))
      series.forEach(function (each, i) {
        each.values.push(index >= 0 ? data.series[i].values[index] : 0)
      })
    }
    return { labels: labels, series: series }
  }

  function draw (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'))
    if (!table) {
      return
    }
    var data = readTable(table)
    if (canvas.getAttribute('data-chart-years') === 'true') {
      data = fillYears(data)
    }
    var type = canvas.getAttribute('data-chart-type') || 'bar'
    var stacked = canvas.getAttribute('data-chart-stacked') === 'true'
    var money = canvas.getAttribute('data-chart-unit') === 'money'
    var format = money ? exactPounds.format : wholeNumber.format
    var tick = money ? compactPounds : wholeNumber.format

    var datasets = data.series.map(function (each, i) {
      var colour = COLOURS[i % COLOURS.length]
      return {
        label: each.name,
        data: each.values,
        backgroundColor: colour,
        borderColor: colour,
        borderWidth: type === 'line' ? 3 : 0,
        pointRadius: 4,
        fill: false
      }
    })

    // Shown first so Chart.js can measure the space it has.
    canvas.closest('.app-chart').hidden = false
    /* global Chart */
    return new Chart(canvas, {
      type: type,
      data: { labels: data.labels, datasets: datasets },
      options: {
        animation: false,
        // The box round the canvas sets the size (see app.css). Resizes wait for the window to
        // settle, so a screenshot's brief resize does not catch the chart half redrawn.
        responsive: true,
        maintainAspectRatio: false,
        resizeDelay: 200,
        plugins: {
          legend: { display: datasets.length > 1, labels: { color: TEXT } },
          tooltip: {
            callbacks: {
              label: function (context) {
                var value = context.parsed.y
                return context.dataset.label + ': ' + (value === null ? 'not known' : format(value))
              }
            }
          }
        },
        scales: {
          x: { stacked: stacked, ticks: { color: TEXT }, grid: { display: false } },
          y: {
            stacked: stacked,
            beginAtZero: true,
            ticks: { color: TEXT, precision: 0, callback: function (value) { return tick(value) } },
            grid: { color: GRID }
          }
        }
      }
    })
  }

  function drawAll () {
    if (typeof window.Chart !== 'function') {
      return
    }
    window.Chart.defaults.font.family = FONT
    window.Chart.defaults.font.size = 16
    window.Chart.defaults.color = TEXT
    document.querySelectorAll('canvas[data-chart-table]:not([data-chart-drawn])').forEach(function (canvas) {
      canvas.setAttribute('data-chart-drawn', '')
      try {
        draw(canvas)
      } catch (error) {
        // Keep the table; hide the half-drawn chart.
        canvas.closest('.app-chart').hidden = true
      }
    })
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll)
  } else {
    drawAll()
  }
  // A summary fetched after the page loaded (summary.js) brings new tables to draw.
  document.addEventListener('app:summary-loaded', drawAll)
})()
