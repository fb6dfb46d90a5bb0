/**
 * Who changed what and when: every change a user makes is recorded with the values before and after, and
 * admins browse the record at {@code /admin/audit}. Other modules call {@link london.loti.hub.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package london.loti.hub.audit;
