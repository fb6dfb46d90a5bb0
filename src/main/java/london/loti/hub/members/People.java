package london.loti.hub.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People's profiles: read by members, changed by the person themself or their organisation's editors. */
@Service
public class People {

    /**
     * The profile form's fields as typed; tags separated by commas. {@code publicProfile} ('yes' or 'no') is the
     * person's own choice: it is read only when they change their own profile.
     */
    public record EditProfile(String fullName, String jobTitle, String roleFamily, String expertiseTags,
            String contactAbout, String publicProfile) {
    }

    private final PersonProfiles directory;
    private final AuditLog audit;
    private final MembersSearch.PersonIndexer search;

    People(PersonProfiles directory, AuditLog audit, MembersSearch.PersonIndexer search) {
        this.directory = directory;
        this.audit = audit;
        this.search = search;
    }

    static void requireReader(Viewer viewer) {
        if (!PersonName.readsEveryName(viewer)) {
            throw new AccessDeniedException("People are listed to members of LOTI");
        }
    }

    PersonProfiles.Profile profile(long id, Viewer viewer) {
        requireReader(viewer);
        return directory.find(id).orElseThrow(() -> new NotFoundException("There is no person with that number."));
    }

    static boolean canEdit(PersonProfiles.Profile person, Viewer viewer) {
        if (viewer.apiToken() || !viewer.signedIn()) {
            return false;
        }
        return viewer.canEdit(person.organisationId()) || isSelf(person, viewer);
    }

    /** Whether the viewer is the person, signed in: only they choose whether their name is public. */
    static boolean isSelf(PersonProfiles.Profile person, Viewer viewer) {
        return !viewer.apiToken() && person.accountId() != null && person.accountId().equals(viewer.accountId());
    }

    PersonProfiles.Profile editable(long id, Viewer viewer) {
        var person = profile(id, viewer);
        if (!canEdit(person, viewer)) {
            throw new AccessDeniedException("Only the person and their organisation's editors change a profile");
        }
        return person;
    }

    @Transactional
    void update(long id, EditProfile form, Viewer viewer) {
        var before = editable(id, viewer);
        FormErrors errors = new FormErrors();
        String name = strip(form.fullName());
        if (name.isEmpty()) {
            errors.add("fullName", "Enter the person's full name");
        } else if (name.length() > 200) {
            errors.add("fullName", "Full name must be 200 characters or fewer");
        }
        String title = strip(form.jobTitle());
        if (title.length() > 200) {
            errors.add("jobTitle", "Job title must be 200 characters or fewer");
        }
        String family = strip(form.roleFamily());
        if (!family.isEmpty() && directory.roleFamilies().stream().noneMatch(o -> o.value().equals(family))) {
            errors.add("roleFamily", "Select a role family from the list");
        }
        List<String> tags = tags(form.expertiseTags());
        if (tags.size() > 20) {
            errors.add("expertiseTags", "Enter 20 tags or fewer");
        } else if (tags.stream().anyMatch(t -> t.length() > 40)) {
            errors.add("expertiseTags", "Each tag must be 40 characters or fewer");
        }
        String contact = strip(form.contactAbout());
        if (contact.length() > 1000) {
            errors.add("contactAbout", "What they are happy to be contacted about must be 1,000 characters or fewer");
        }
        boolean publicProfile = before.publicProfile();
        if (isSelf(before, viewer)) {
            String choice = strip(form.publicProfile());
            if (!choice.equals("yes") && !choice.equals("no")) {
                errors.add("publicProfile", "Select whether visitors may see your name");
            }
            publicProfile = choice.equals("yes");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        directory.update(id, name, title, family.isEmpty() ? null : family, tags, contact, publicProfile);
        search.reindex(id);
        audit.record(new Change(viewer.actor(), before.organisationId(), before.organisationName(), "person",
                String.valueOf(id), "updated", "Updated the profile of " + name, values(before.fullName(),
                before.jobTitle(), before.roleFamily(), before.expertiseTags(), before.contactAbout(),
                before.publicProfile()),
                values(name, title, family.isEmpty() ? null : family, tags, contact, publicProfile)));
    }

    /** Tags as typed, separated by commas: trimmed, lower case, without repeats. */
    static List<String> tags(String typed) {
        if (typed == null) {
            return List.of();
        }
        var tags = new LinkedHashSet<String>();
        for (String tag : typed.split(",")) {
            String clean = tag.strip().toLowerCase().replaceAll("\\s+", " ");
            if (!clean.isEmpty()) {
                tags.add(clean);
            }
        }
        return new ArrayList<>(tags);
    }

    private static Map<String, Object> values(String name, String title, String family, List<String> tags, String contact,
            boolean publicProfile) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fullName", name);
        values.put("jobTitle", title);
        values.put("roleFamily", family);
        values.put("expertiseTags", tags);
        values.put("contactAbout", contact);
        values.put("publicProfile", publicProfile);
        return values;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
