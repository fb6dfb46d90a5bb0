/**
 * The London technology map: the products and suppliers councils use, each council's systems and contracts by
 * service area (kept current by the council itself, typed in, imported from its published contracts register as
 * CSV, XLSX or Open Contracting releases, or pushed through the API), renewals, joint procurement opportunities,
 * supplier concentration, and each council's digital and data skills.
 *
 * <p>Other modules use {@link london.loti.hub.techmap.TechMap} (who uses a product, which contracts end soon) and
 * {@link london.loti.hub.techmap.ContractRegisterImport} (import a register file on a path, for the benchmark).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Technology map")
package london.loti.hub.techmap;
