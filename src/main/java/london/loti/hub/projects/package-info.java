/**
 * The pan-London register of digital projects and reusable products: projects with their phase, service area,
 * tags, owner, collaborators, links and reusable assets; dated status updates, followers, requests to join, the
 * activity stream, the weekly digest and the 90-day nudge; CSV export and import; the API; and the coalition
 * finder, whose reasons other modules extend through {@link london.loti.hub.projects.CoalitionSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package london.loti.hub.projects;
