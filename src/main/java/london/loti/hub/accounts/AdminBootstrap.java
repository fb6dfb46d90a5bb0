package london.loti.hub.accounts;

import london.loti.hub.audit.Actor;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin from {@code LOTI_ADMIN_EMAIL} and {@code LOTI_ADMIN_PASSWORD}, in London Councils (which
 * hosts the LOTI team). There is no default password: a weak one stops start-up with the reason.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final String email;
    private final String password;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final OrganisationDirectory organisations;
    private final AuditLog audit;

    AdminBootstrap(@Value("${LOTI_ADMIN_EMAIL:}") String email, @Value("${LOTI_ADMIN_PASSWORD:}") String password,
            Accounts accounts, PasswordEncoder encoder, OrganisationDirectory organisations, AuditLog audit) {
        this.email = email.strip().toLowerCase();
        this.password = password;
        this.accounts = accounts;
        this.encoder = encoder;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isEmpty() && password.isEmpty()) {
            return;
        }
        if (email.isEmpty()) {
            throw new AdminSetupException("LOTI_ADMIN_PASSWORD is set but LOTI_ADMIN_EMAIL is not");
        }
        Emails.problemWith(email).ifPresent(problem -> {
            throw new AdminSetupException("LOTI_ADMIN_EMAIL is not an email address");
        });
        PasswordPolicy.problemWith(password, email, null).ifPresent(problem -> {
            throw new AdminSetupException("LOTI_ADMIN_PASSWORD was refused: " + problem);
        });
        if (accounts.exists(email)) {
            log.info("The admin {} already exists; LOTI_ADMIN_PASSWORD is ignored", email);
            return;
        }
        var londonCouncils = organisations.findBySlug("london-councils").orElseThrow();
        long id = accounts.create(email, "LOTI admin", encoder.encode(password), londonCouncils.id(), Role.ADMIN);
        audit.record(new Change(Actor.SYSTEM, londonCouncils.id(), londonCouncils.name(), "account", String.valueOf(id),
                "created", "First admin " + email + " created from LOTI_ADMIN_EMAIL", null,
                java.util.Map.of("email", email, "role", Role.ADMIN.name())));
        log.info("Created the admin account {}", email);
    }
}
