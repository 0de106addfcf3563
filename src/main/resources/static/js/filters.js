// The tender list's filter layout. Below the desktop breakpoint the results come first and the
// filters open from the Filter button; on a wider screen they stay beside the results. Without
// JavaScript the Filter link shows them instead (as the page's target, in app.css).
//
// After a search (any address with parameters), focus goes to the result count, so a keyboard or
// screen reader user lands on what changed rather than at the top of the page.

const layout = document.querySelector('.app-filter-layout')
const button = document.querySelector('.app-filter-toggle__button')
const link = document.querySelector('.app-filter-toggle__link')
const heading = document.getElementById('filters-heading')

function setOpen (open, moveFocus) {
  layout.classList.toggle('app-filter-layout--open', open)
  button.setAttribute('aria-expanded', String(open))
  if (open && moveFocus) {
    heading.focus()
  }
}

if (layout && button && link && heading) {
  link.hidden = true
  button.hidden = false
  setOpen(layout.classList.contains('app-filter-layout--open') || window.location.hash === '#filters', false)
  button.addEventListener('click', () => {
    setOpen(button.getAttribute('aria-expanded') !== 'true', true)
  })
  // Escape closes the filters where the button shows (it is hidden on a wide screen).
  layout.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && button.offsetParent !== null) {
      setOpen(false, false)
      button.focus()
    }
  })
}

const count = document.getElementById('result-count')
const searched = new URLSearchParams(window.location.search).toString() !== ''
if (count && searched && !window.location.hash && !document.querySelector('.govuk-error-summary')) {
  count.focus()
}
