// Turns on GOV.UK Frontend's JavaScript enhancements. Every page works without it.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
