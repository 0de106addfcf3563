// Suggests commissioner and bidder names as the analyst types, through a native <datalist>,
// so the browser's own list handles keyboard, mouse and screen readers. The form works the
// same without it: the server turns a typed name into ids.

const ENDPOINTS = {
  commissionerName: '/api/commissioners/suggest',
  bidderName: '/api/bidders/suggest'
}
const DEBOUNCE_MS = 150
const MIN_CHARS = 2

function enhance (input) {
  const endpoint = ENDPOINTS[input.name]
  if (!endpoint || !input.id) {
    return
  }
  const list = document.createElement('datalist')
  list.id = input.id + '-suggestions'
  input.insertAdjacentElement('afterend', list)
  input.setAttribute('list', list.id)
  input.setAttribute('autocomplete', 'off')

  const cache = new Map()
  let timer = null
  let controller = null
  let shown = ''

  function show (query, names) {
    shown = query
    list.replaceChildren(...names.map((name) => {
      const option = document.createElement('option')
      option.value = name
      return option
    }))
  }

  async function suggest () {
    const query = input.value.trim()
    if (query.length < MIN_CHARS) {
      show('', [])
      return
    }
    if (query === shown) {
      return
    }
    if (cache.has(query)) {
      show(query, cache.get(query))
      return
    }
    if (controller) {
      controller.abort()
    }
    controller = new AbortController()
    try {
      const response = await fetch(endpoint + '?q=' + encodeURIComponent(query), {
        headers: { Accept: 'application/json' },
        signal: controller.signal
      })
      if (!response.ok) {
        return
      }
      const items = await response.json()
      const names = Array.isArray(items) ? items.map((item) => item && item.name).filter(Boolean) : []
      cache.set(query, names)
      // Only if the field still holds what was asked for: answers can arrive out of order.
      if (input.value.trim() === query) {
        show(query, names)
      }
    } catch (error) {
      // Aborted or offline: typing a name and applying the filters still works.
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(suggest, DEBOUNCE_MS)
  })
}

document.querySelectorAll('input.app-typeahead').forEach(enhance)
