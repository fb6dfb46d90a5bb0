// Runs as a module, so only in browsers that GOV.UK Frontend supports; pages work without it.
import { initAll } from '/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
