/**
 * Who takes part: organisations (the 33 London authorities with their GSS codes and sub-regional partnerships,
 * the GLA, London Councils and partners) and the people who belong to them. Other modules reach organisations
 * through {@link london.loti.hub.members.Organisations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members")
package london.loti.hub.members;
