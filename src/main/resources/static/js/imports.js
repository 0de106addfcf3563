// Keeps an import's progress bar current without a reload; reloads the page for the
// report once the run ends. Without JavaScript the page has a refresh link instead.
(function () {
  var panel = document.querySelector('[data-progress-url]')
  if (!panel) return
  var url = panel.getAttribute('data-progress-url')
  var bar = document.getElementById('import-progress')
  var read = panel.querySelector('[data-import-read]')
  var refresh = panel.querySelector('[data-import-refresh]')
  if (refresh) refresh.parentNode.hidden = true
  function kb (bytes) { return Math.round(bytes / 1024).toLocaleString('en-GB') }
  function poll () {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status) })
      .then(function (progress) {
        if (progress.status !== 'running') { window.location.reload(); return }
        if (progress.percent !== null && bar) { bar.value = progress.percent; bar.textContent = progress.percent + '%' }
        if (read) {
          read.textContent = progress.releasesRead.toLocaleString('en-GB') + ' releases read, ' + kb(progress.bytesRead) +
            ' KB' + (progress.totalBytes ? ' of ' + kb(progress.totalBytes) + ' KB' : '') + '.'
        }
        window.setTimeout(poll, 1000)
      })
      .catch(function () { if (refresh) refresh.parentNode.hidden = false; window.setTimeout(poll, 5000) })
  }
  window.setTimeout(poll, 1000)
})()
