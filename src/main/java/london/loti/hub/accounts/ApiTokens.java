package london.loti.hub.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import london.loti.hub.accounts.OrganisationDirectory.OrganisationRef;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's API tokens: created by its editors or an admin, shown once, stored as a SHA-256 hash,
 * revocable. A token acts as an editor of its organisation.
 */
@Service
public class ApiTokens {

    public record Token(long id, String name, String tokenPrefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    public record Holder(long tokenId, String name, long organisationId) {
    }

    /** A new token: the secret is in {@code value} and nowhere else. */
    public record Created(long id, String name, String value) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Token> list(OrganisationRef organisation, Viewer viewer) {
        requireEditor(organisation, viewer);
        return jdbc.sql("""
                SELECT id, name, token_prefix, created_at, last_used_at, revoked_at FROM api_token
                 WHERE organisation_id = :organisation ORDER BY created_at DESC, id DESC LIMIT 200
                """).param("organisation", organisation.id()).query(Token.class).list();
    }

    @Transactional
    Created create(OrganisationRef organisation, String name, Viewer viewer) {
        requireEditor(organisation, viewer);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "Enter a name for the token");
        }
        if (trimmed.length() > 100) {
            throw new InvalidInputException("name", "Name must be 100 characters or fewer");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = "loti_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                INSERT INTO api_token (organisation_id, name, token_hash, token_prefix, created_by)
                VALUES (:organisation, :name, :hash, :prefix, :createdBy) RETURNING id
                """)
                .param("organisation", organisation.id()).param("name", trimmed).param("hash", hash(value))
                .param("prefix", value.substring(0, 9)).param("createdBy", viewer.accountId())
                .query(Long.class).single();
        audit.record(new Change(viewer.actor(), organisation.id(), organisation.name(), "api-token", String.valueOf(id),
                "created", "API token '" + trimmed + "' created", null, java.util.Map.of("name", trimmed)));
        return new Created(id, trimmed, value);
    }

    @Transactional
    void revoke(OrganisationRef organisation, long tokenId, Viewer viewer) {
        requireEditor(organisation, viewer);
        int revoked = jdbc.sql("""
                UPDATE api_token SET revoked_at = now()
                 WHERE id = :id AND organisation_id = :organisation AND revoked_at IS NULL
                """).param("id", tokenId).param("organisation", organisation.id()).update();
        if (revoked == 0) {
            throw new NotFoundException("There is no active token with that number.");
        }
        audit.record(new Change(viewer.actor(), organisation.id(), organisation.name(), "api-token",
                String.valueOf(tokenId), "revoked", "API token revoked", java.util.Map.of("revoked", false),
                java.util.Map.of("revoked", true)));
    }

    /** The active token with this value, noting when it was used (at most once a minute). */
    @Transactional
    Optional<Holder> authenticate(String value) {
        Optional<Holder> holder = jdbc.sql("""
                SELECT id AS token_id, name, organisation_id FROM api_token
                 WHERE token_hash = :hash AND revoked_at IS NULL
                """).param("hash", hash(value)).query(Holder.class).optional();
        holder.ifPresent(h -> jdbc.sql("""
                UPDATE api_token SET last_used_at = now()
                 WHERE id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
                """).param("id", h.tokenId()).update());
        return holder;
    }

    private static void requireEditor(OrganisationRef organisation, Viewer viewer) {
        if (!viewer.canEdit(organisation.id()) || viewer.apiToken()) {
            throw new AccessDeniedException("Only this organisation's editors and admins manage its API tokens");
        }
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
