/**
 * E-mail that LOTI Hub sends, through the {@link london.loti.hub.notify.Notifier} port. By default messages go
 * to the outbox, stored and listed for admins at {@code /admin/outbox}; with {@code LOTI_SMTP_HOST} set they are
 * also sent by SMTP.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package london.loti.hub.notify;
