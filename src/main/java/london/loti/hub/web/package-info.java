/**
 * What every page shares: the GOV.UK layout and components, the page context each page record carries, form
 * errors, paging, the home page and its figures, and the error pages and problem details every module's
 * exceptions end in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package london.loti.hub.web;
