/**
 * Demo data: with {@code LOTI_DEMO=london}, each module's {@link london.loti.hub.demo.DemoData} loads its part of
 * a deterministic London dataset, once per data directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package london.loti.hub.demo;
