package london.loti.hub.projects;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;

/**
 * What a project must be, field by field in the order of the form, with one GOV.UK message for the first rule
 * each field breaks. No Spring: the owner and collaborators are looked up through {@link Lookups}.
 */
final class ProjectRules {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 5000;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 40;
    static final int MAX_LINK = 2000;

    /** The validated values of a project. */
    record Values(String title, String summary, String problem, String users, Phase phase, ServiceArea serviceArea,
            List<String> tags, Long ownerPersonId, List<Long> collaboratorIds, BudgetBand budgetBand,
            LocalDate startDate, LocalDate endDate, String repositoryUrl, String serviceUrl, String documentationUrl,
            Visibility visibility) {
    }

    /** What the rules look up: people of the project's organisation and other organisations. */
    interface Lookups {
        String organisationName();

        Optional<Long> ownerByEmail(String email);

        Optional<Long> organisationBySlug(String slug);
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ProjectRules() {
    }

    /** The values, or an {@link InvalidInputException} with every field's first problem. */
    static Values check(ProjectInput in, Lookups lookups) {
        FormErrors errors = new FormErrors();
        String title = oneLine(in.title());
        if (title.isEmpty()) {
            errors.add("title", "Enter a title");
        } else if (title.length() > MAX_TITLE) {
            errors.add("title", "Title must be " + MAX_TITLE + " characters or fewer");
        }
        String summary = text(in.summary());
        if (summary.isEmpty()) {
            errors.add("summary", "Enter a summary");
        } else if (summary.length() > MAX_TEXT) {
            errors.add("summary", "Summary must be 5,000 characters or fewer");
        }
        String problem = text(in.problem());
        if (problem.length() > MAX_TEXT) {
            errors.add("problem", "Problem must be 5,000 characters or fewer");
        }
        String users = text(in.users());
        if (users.length() > MAX_TEXT) {
            errors.add("users", "Users must be 5,000 characters or fewer");
        }
        Phase phase = null;
        if (blank(in.phase())) {
            errors.add("phase", "Select a phase");
        } else {
            phase = Phase.parse(in.phase()).orElse(null);
            if (phase == null) {
                errors.add("phase", "Phase must be one of idea, discovery, alpha, beta, live or retired");
            }
        }
        ServiceArea area = null;
        if (blank(in.serviceArea())) {
            errors.add("serviceArea", "Select a service area");
        } else {
            area = ServiceArea.parse(in.serviceArea()).orElse(null);
            if (area == null) {
                errors.add("serviceArea", "Select a service area from the list");
            }
        }
        List<String> tags = tags(in.tags(), errors);
        Long owner = null;
        if (!blank(in.ownerEmail())) {
            owner = lookups.ownerByEmail(in.ownerEmail().strip()).orElse(null);
            if (owner == null) {
                errors.add("ownerEmail", "Owner must be someone at " + lookups.organisationName() + " with an account");
            }
        }
        List<Long> collaborators = new ArrayList<>();
        for (String slug : in.collaborators()) {
            if (blank(slug)) {
                continue;
            }
            var id = lookups.organisationBySlug(slug.strip());
            if (id.isEmpty()) {
                errors.add("collaborators", "Collaborating organisations must be organisations in LOTI Hub");
            } else if (!collaborators.contains(id.get())) {
                collaborators.add(id.get());
            }
        }
        BudgetBand band = null;
        if (!blank(in.budgetBand())) {
            band = BudgetBand.parse(in.budgetBand()).orElse(null);
            if (band == null) {
                errors.add("budgetBand", "Select a budget band from the list");
            }
        }
        LocalDate start = date(in.startDate(), "startDate", "Start date", errors);
        LocalDate end = date(in.endDate(), "endDate", "End date", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "End date must be the same as or after the start date");
        }
        String repository = link(in.repositoryUrl(), "repositoryUrl", "Code repository link", errors);
        String service = link(in.serviceUrl(), "serviceUrl", "Live service link", errors);
        String documentation = link(in.documentationUrl(), "documentationUrl", "Documentation link", errors);
        Visibility visibility = null;
        if (blank(in.visibility())) {
            errors.add("visibility", "Select who can see the project");
        } else {
            visibility = visibility(in.visibility());
            if (visibility == null) {
                errors.add("visibility", "Visibility must be public, members or organisation");
            }
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        return new Values(title, summary, problem, users, phase, area, tags, owner, collaborators, band, start, end,
                repository, service, documentation, visibility);
    }

    /** A link others can follow: http or https, with a host. Never {@code javascript:} or {@code data:}. */
    static String link(String value, String field, String name, FormErrors errors) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_LINK) {
            errors.add(field, name + " must be 2,000 characters or fewer");
            return null;
        }
        String lower = v.toLowerCase(Locale.UK);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            errors.add(field, name + " must start with http:// or https://");
            return null;
        }
        try {
            URI uri = new URI(v);
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new URISyntaxException(v, "no host");
            }
        } catch (URISyntaxException e) {
            errors.add(field, "Enter the " + name.toLowerCase(Locale.UK) + " in the correct format, like https://www.example.gov.uk/page");
            return null;
        }
        return v;
    }

    static List<String> tags(List<String> given, FormErrors errors) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String entry : given) {
            if (entry == null) {
                continue;
            }
            for (String part : entry.split(",")) {
                String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        if (tags.size() > MAX_TAGS) {
            errors.add("tags", "Enter " + MAX_TAGS + " tags or fewer");
        } else if (tags.stream().anyMatch(t -> t.length() > MAX_TAG)) {
            errors.add("tags", "Each tag must be " + MAX_TAG + " characters or fewer");
        }
        return List.copyOf(tags);
    }

    static LocalDate date(String value, String field, String name, FormErrors errors) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        for (DateTimeFormatter format : List.of(ISO, UK)) {
            try {
                LocalDate date = LocalDate.parse(v, format);
                if (date.getYear() < 1990 || date.getYear() > 2100) {
                    errors.add(field, name + " must be between 1990 and 2100");
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        errors.add(field, name + " must be a real date");
        return null;
    }

    static Visibility visibility(String value) {
        String v = value.strip().toUpperCase(Locale.UK);
        for (Visibility visibility : Visibility.values()) {
            if (visibility.name().equals(v)) {
                return visibility;
            }
        }
        return null;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Text as kept: trimmed, with Windows line ends made plain and NUL characters removed. */
    static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\u0000', ' ').strip();
    }

    static String oneLine(String value) {
        return value == null ? "" : value.replace('\u0000', ' ').strip().replaceAll("\\s+", " ");
    }
}
