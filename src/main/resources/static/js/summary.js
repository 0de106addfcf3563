// Fetches the summary of a large result (total value, facet counts and charts) after the page
// has loaded, so the list itself never waits for it. Without JavaScript the same summary is one
// link away: the page at data-summary-url is the search page with the summary worked out.
//
// Every part of the page that the summary changes carries data-summary-part; the fetched page
// has the same parts, and each one here is replaced by its namesake there.

const later = document.getElementById('summary-later')

function setStatus (content) {
  const status = document.getElementById('summary-status')
  if (status) {
    status.replaceChildren(...content)
  }
}

function retryLink (url, text) {
  const link = document.createElement('a')
  link.className = 'govuk-link'
  link.href = url
  link.textContent = text
  return link
}

async function load (url) {
  setStatus([document.createTextNode('Working out the total value, counts and charts for these tenders…')])
  later.setAttribute('aria-busy', 'true')
  let response
  try {
    response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
  } catch (error) {
    response = null
  }
  if (!response || !response.ok) {
    later.removeAttribute('aria-busy')
    const slow = response && response.status === 503
    setStatus([
      document.createTextNode(slow
        ? 'Working that out took too long. Add a filter to narrow the result, or '
        : 'The summary could not be worked out just now. '),
      retryLink(url, slow ? 'try again' : 'Try again')
    ])
    return
  }
  const fetched = new DOMParser().parseFromString(await response.text(), 'text/html')
  fetched.querySelectorAll('[data-summary-part]').forEach((part) => {
    const here = document.querySelector(
      '[data-summary-part="' + CSS.escape(part.getAttribute('data-summary-part')) + '"]')
    if (here) {
      here.replaceWith(document.importNode(part, true))
    }
  })
  document.dispatchEvent(new CustomEvent('app:summary-loaded'))
}

if (later && later.dataset.summaryUrl) {
  load(later.dataset.summaryUrl)
}
