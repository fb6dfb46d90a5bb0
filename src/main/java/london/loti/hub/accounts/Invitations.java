package london.loti.hub.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.OrganisationDirectory.OrganisationRef;
import london.loti.hub.audit.Actor;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.notify.Message;
import london.loti.hub.notify.Notifier;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import london.loti.hub.web.SiteAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins invite a person to an organisation with a role; the invitation goes by e-mail with a single-use link
 * that expires after {@link #VALID_FOR}; the person sets their name and password from it.
 */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    public record Invite(String email, String organisationId, String role) {
    }

    public record Accept(String fullName, String password, String confirmPassword) {
    }

    public record Listed(long id, String email, String organisationName, Role role, OffsetDateTime createdAt,
            OffsetDateTime expiresAt, OffsetDateTime acceptedAt) {
        public String status() {
            return acceptedAt != null ? "Accepted" : expiresAt.isBefore(OffsetDateTime.now()) ? "Expired" : "Waiting";
        }
    }

    /** What a link finds: a usable invitation, or why not. */
    public sealed interface Lookup {
        record Usable(long id, String email, long organisationId, String organisationName, Role role) implements Lookup {
        }

        record Used() implements Lookup {
        }

        record Expired() implements Lookup {
        }

        record Unknown() implements Lookup {
        }
    }

    private record Row(long id, String email, long organisationId, Role role, OffsetDateTime expiresAt,
            OffsetDateTime acceptedAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final OrganisationDirectory organisations;
    private final Notifier notifier;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final String baseUrl;

    Invitations(JdbcClient jdbc, Accounts accounts, OrganisationDirectory organisations, Notifier notifier,
            AuditLog audit, PasswordEncoder encoder, SiteAddress site) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.organisations = organisations;
        this.notifier = notifier;
        this.audit = audit;
        this.encoder = encoder;
        this.baseUrl = site.base();
    }

    @Transactional
    long invite(Invite invite, Viewer admin) {
        FormErrors errors = new FormErrors();
        Emails.problemWith(invite.email()).ifPresent(problem -> errors.add("email", problem));
        if (!errors.has("email") && accounts.exists(invite.email())) {
            errors.add("email", "There is already an account with this email address");
        }
        Optional<OrganisationRef> organisation = parseId(invite.organisationId()).flatMap(organisations::findById);
        if (organisation.isEmpty()) {
            errors.add("organisationId", "Select an organisation");
        }
        Optional<Role> role = parseRole(invite.role());
        if (role.isEmpty()) {
            errors.add("role", "Select a role");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        String email = invite.email().strip().toLowerCase();
        String token = newToken();
        long id = jdbc.sql("""
                INSERT INTO invitation (email, organisation_id, role, token_hash, invited_by, expires_at)
                VALUES (:email, :organisation, :role, :hash, :by, now() + CAST(:validFor AS interval)) RETURNING id
                """)
                .param("email", email).param("organisation", organisation.get().id()).param("role", role.get().name())
                .param("hash", ApiTokens.hash(token)).param("by", admin.accountId())
                .param("validFor", VALID_FOR.toDays() + " days")
                .query(Long.class).single();
        notifier.send(new Message(email, "You are invited to LOTI Hub", """
                %s has invited you to LOTI Hub as %s of %s.

                LOTI Hub is where London's councils, the GLA and London Councils collaborate on digital, data and technology.

                Set your password to start: %s/invitations/%s

                The link works once and expires in %d days. If you did not expect this, you can ignore it.
                """.formatted(admin.name(), role.get().label().toLowerCase(), organisation.get().name(), baseUrl,
                token, VALID_FOR.toDays())));
        audit.record(new Change(admin.actor(), organisation.get().id(), organisation.get().name(), "invitation",
                String.valueOf(id), "created", "Invited " + email + " as " + role.get().label(), null,
                Map.of("email", email, "organisation", organisation.get().name(), "role", role.get().name())));
        return id;
    }

    Lookup lookup(String token) {
        return find(token, false);
    }

    /** Creates the account and spends the invitation, or throws with the form's errors and changes nothing. */
    @Transactional
    Lookup.Usable accept(String token, Accept accept) {
        if (!(find(token, true) instanceof Lookup.Usable usable)) {
            throw new InvalidInputException("password", "This invitation can no longer be used");
        }
        FormErrors errors = new FormErrors();
        String name = accept.fullName() == null ? "" : accept.fullName().strip();
        if (name.isEmpty()) {
            errors.add("fullName", "Enter your full name");
        } else if (name.length() > 200) {
            errors.add("fullName", "Full name must be 200 characters or fewer");
        }
        PasswordPolicy.problemWith(accept.password(), usable.email(), name).ifPresent(p -> errors.add("password", p));
        if (!errors.has("password") && !accept.password().equals(accept.confirmPassword())) {
            errors.add("confirmPassword", "Passwords must match");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        long accountId = accounts.create(usable.email(), name, encoder.encode(accept.password()),
                usable.organisationId(), usable.role());
        jdbc.sql("UPDATE invitation SET accepted_at = now(), account_id = :account WHERE id = :id")
                .param("account", accountId).param("id", usable.id()).update();
        audit.record(new Change(new Actor(accountId, name), usable.organisationId(), usable.organisationName(),
                "invitation", String.valueOf(usable.id()), "accepted", usable.email() + " accepted the invitation",
                Map.of("accepted", false), Map.of("accepted", true, "account", accountId)));
        return usable;
    }

    PageOf<Listed> list(Paging paging) {
        var items = jdbc.sql("""
                SELECT id, email, organisation_id, role, created_at, expires_at, accepted_at FROM invitation
                 ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
                """).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("email"),
                        organisations.findById(rs.getLong("organisation_id")).map(OrganisationRef::name).orElse(""),
                        Role.valueOf(rs.getString("role")), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("accepted_at", OffsetDateTime.class)))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM invitation").query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    private Lookup find(String token, boolean forUpdate) {
        if (token == null || token.length() > 100) {
            return new Lookup.Unknown();
        }
        Optional<Row> row = jdbc.sql("""
                SELECT id, email, organisation_id, role, expires_at, accepted_at FROM invitation WHERE token_hash = :hash
                """ + (forUpdate ? " FOR UPDATE" : ""))
                .param("hash", ApiTokens.hash(token)).query(Row.class).optional();
        if (row.isEmpty()) {
            return new Lookup.Unknown();
        }
        Row r = row.get();
        if (r.acceptedAt() != null) {
            return new Lookup.Used();
        }
        if (r.expiresAt().isBefore(OffsetDateTime.now())) {
            return new Lookup.Expired();
        }
        String organisationName = organisations.findById(r.organisationId()).map(OrganisationRef::name).orElse("");
        return new Lookup.Usable(r.id(), r.email(), r.organisationId(), organisationName, r.role());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new String(Base64.getUrlEncoder().withoutPadding().encode(bytes), StandardCharsets.US_ASCII);
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Role> parseRole(String value) {
        try {
            return Optional.of(Role.valueOf(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
