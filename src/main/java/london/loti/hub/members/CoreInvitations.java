package london.loti.hub.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.Actor;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.notify.Message;
import london.loti.hub.notify.Notifier;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to become a founding member of Core LOTI (the report's next steps): the LOTI team sends them, the
 * council accepts or declines, and a council that has not answered is reminded once after a set number of days.
 */
@Service
public class CoreInvitations {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");

    public record Listed(long id, long organisationId, String slug, String organisationName, String email,
            LocalDate sentOn, String status, LocalDate respondedOn, LocalDate remindedOn) {

        public String statusLabel() {
            return switch (status) {
                case "ACCEPTED" -> "Accepted";
                case "DECLINED" -> "Declined";
                default -> "Waiting for a reply";
            };
        }
    }

    private static final String COLUMNS = """
            i.id, i.organisation_id, o.slug, o.name AS organisation_name, i.email, i.sent_on, i.status, i.responded_on,
            i.reminded_on FROM core_invitation i JOIN organisation o ON o.id = i.organisation_id""";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;
    private final int reminderDays;

    CoreInvitations(JdbcClient jdbc, Organisations organisations, Notifier notifier, AuditLog audit, Clock clock,
            @Value("${LOTI_CORE_INVITATION_REMINDER_DAYS:14}") int reminderDays) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.reminderDays = reminderDays;
    }

    int reminderDays() {
        return reminderDays;
    }

    @Transactional
    long invite(String organisationId, String email, Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new AccessDeniedException("Only the LOTI team sends invitations");
        }
        FormErrors errors = new FormErrors();
        Optional<Organisation> council = parseId(organisationId).flatMap(organisations::find)
                .filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY);
        if (council.isEmpty()) {
            errors.add("organisationId", "Select a council");
        } else if (open(council.get().id()).isPresent()) {
            errors.add("organisationId", council.get().name() + " already has an invitation waiting for a reply");
        }
        String address = email == null ? "" : email.strip().toLowerCase();
        if (address.isEmpty()) {
            errors.add("email", "Enter an email address");
        } else if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            errors.add("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = LocalDate.now(clock);
        long id = jdbc.sql("""
                INSERT INTO core_invitation (organisation_id, email, sent_on, status, sent_by_name)
                VALUES (:organisation, :email, :today, 'SENT', :by) RETURNING id
                """).param("organisation", council.get().id()).param("email", address).param("today", today)
                .param("by", viewer.name()).query(Long.class).single();
        notifier.send(new Message(address, "Invitation to become a founding member of Core LOTI", """
                %s is invited to become a founding member of Core LOTI, the group of London councils that works
                together on LOTI's exemplar projects and leads its workstreams.

                Core councils:
                - sign the Local Digital Declaration
                - sign the LOTI memorandum of understanding
                - contribute £30,000 a year for three years
                - commit officer time to LOTI projects
                - have the support of their chief executive's office

                Reply to the LOTI team to accept or decline. Your council's editors can also answer on LOTI Hub.
                """.formatted(council.get().name())));
        audit.record(new Change(viewer.actor(), council.get().id(), council.get().name(), "core-invitation",
                String.valueOf(id), "created", "Invited " + council.get().name() + " to become a founding Core member",
                null, Map.of("email", address, "sentOn", today.toString())));
        return id;
    }

    /** Records the council's answer: {@code ACCEPTED} or {@code DECLINED}. */
    @Transactional
    void reply(long invitationId, String answer, Viewer viewer) {
        Listed invitation = find(invitationId).orElseThrow(() -> new NotFoundException("There is no invitation with that number."));
        if (!viewer.canEdit(invitation.organisationId()) || viewer.apiToken()) {
            throw new AccessDeniedException("Only the council's editors and the LOTI team answer an invitation");
        }
        if (!"SENT".equals(invitation.status())) {
            throw new InvalidInputException("reply", "This invitation has already been answered");
        }
        if (!"ACCEPTED".equals(answer) && !"DECLINED".equals(answer)) {
            throw new InvalidInputException("reply", "Select whether the council accepts or declines");
        }
        jdbc.sql("UPDATE core_invitation SET status = :status, responded_on = :today WHERE id = :id")
                .param("status", answer).param("today", LocalDate.now(clock)).param("id", invitationId).update();
        audit.record(new Change(viewer.actor(), invitation.organisationId(), invitation.organisationName(),
                "core-invitation", String.valueOf(invitationId), answer.toLowerCase(),
                invitation.organisationName() + ("ACCEPTED".equals(answer) ? " accepted" : " declined")
                        + " the invitation to become a founding Core member",
                Map.of("status", "SENT"), Map.of("status", answer)));
    }

    /** Runs {@link #sendReminders()} on one node a day. */
    @Scheduled(cron = "0 5 7 * * *", zone = "Europe/London")
    @SchedulerLock(name = "members-core-invitation-reminders")
    @Transactional
    public void remindDaily() {
        sendReminders();
    }

    /** Reminds each council that has not answered after the set number of days, once; returns how many. */
    @Transactional
    public int sendReminders() {
        LocalDate today = LocalDate.now(clock);
        var due = jdbc.sql("SELECT " + COLUMNS + """
                 WHERE i.status = 'SENT' AND i.reminded_on IS NULL AND i.sent_on <= :cutoff ORDER BY i.id
                """).param("cutoff", today.minusDays(reminderDays)).query(Listed.class).list();
        for (Listed invitation : due) {
            notifier.send(new Message(invitation.email(), "Reminder: invitation to become a founding member of Core LOTI", """
                    On %s the LOTI team invited %s to become a founding member of Core LOTI, and has not yet had a reply.

                    Reply to the LOTI team to accept or decline. Your council's editors can also answer on LOTI Hub.
                    """.formatted(london.loti.hub.web.Formats.date(invitation.sentOn()), invitation.organisationName())));
            jdbc.sql("UPDATE core_invitation SET reminded_on = :today WHERE id = :id")
                    .param("today", today).param("id", invitation.id()).update();
            audit.record(new Change(Actor.SYSTEM, invitation.organisationId(), invitation.organisationName(),
                    "core-invitation", String.valueOf(invitation.id()), "reminded",
                    "Reminded " + invitation.organisationName() + " of the invitation to become a founding Core member",
                    null, Map.of("remindedOn", today.toString())));
        }
        return due.size();
    }

    PageOf<Listed> list(Paging paging) {
        var items = jdbc.sql("SELECT " + COLUMNS + " ORDER BY i.sent_on DESC, i.id DESC LIMIT :limit OFFSET :offset")
                .param("limit", paging.size()).param("offset", paging.offset()).query(Listed.class).list();
        long total = jdbc.sql("SELECT count(*) FROM core_invitation").query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** The council's invitation waiting for a reply, if any. */
    Optional<Listed> open(long organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE i.organisation_id = :organisation AND i.status = 'SENT'")
                .param("organisation", organisationId).query(Listed.class).optional();
    }

    /** The council's latest invitation, if any. */
    Optional<Listed> latest(long organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE i.organisation_id = :organisation ORDER BY i.sent_on DESC, i.id DESC LIMIT 1")
                .param("organisation", organisationId).query(Listed.class).optional();
    }

    Optional<Listed> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE i.id = :id").param("id", id).query(Listed.class).optional();
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
