package london.loti.hub.projects;

import java.time.LocalDate;
import java.util.List;

/** The project form's fields as posted: dates in three parts, tags as one line, collaborators as ticked boxes. */
public record ProjectForm(String organisation, String title, String summary, String problem, String users,
        String phase, String serviceArea, String tags, String ownerEmail, List<String> collaborators,
        String budgetBand, String startDateDay, String startDateMonth, String startDateYear, String endDateDay,
        String endDateMonth, String endDateYear, String repositoryUrl, String serviceUrl, String documentationUrl,
        String visibility) {

    public ProjectForm {
        collaborators = collaborators == null ? List.of() : collaborators;
    }

    static ProjectForm empty() {
        return new ProjectForm("", "", "", "", "", "", "", "", "", List.of(), "", "", "", "", "", "", "", "", "", "", "");
    }

    ProjectInput input() {
        return new ProjectInput(title, summary, problem, users, phase, serviceArea, List.of(tags == null ? "" : tags),
                ownerEmail, collaborators, budgetBand, date(startDateDay, startDateMonth, startDateYear),
                date(endDateDay, endDateMonth, endDateYear), repositoryUrl, serviceUrl, documentationUrl, visibility);
    }

    static ProjectForm of(ProjectInput in) {
        String[] start = parts(in.startDate());
        String[] end = parts(in.endDate());
        return new ProjectForm("", in.title(), in.summary(), in.problem(), in.users(), in.phase(), in.serviceArea(),
                String.join(", ", in.tags()), in.ownerEmail(), in.collaborators(), in.budgetBand(), start[0], start[1],
                start[2], end[0], end[1], end[2], in.repositoryUrl(), in.serviceUrl(), in.documentationUrl(),
                in.visibility());
    }

    public String value(String field) {
        return field == null ? "" : field;
    }

    /** 'd/m/yyyy' for the rules, or empty when no part was given. */
    private static String date(String day, String month, String year) {
        String d = day == null ? "" : day.strip();
        String m = month == null ? "" : month.strip();
        String y = year == null ? "" : year.strip();
        return d.isEmpty() && m.isEmpty() && y.isEmpty() ? "" : d + "/" + m + "/" + y;
    }

    private static String[] parts(String iso) {
        if (iso == null || iso.isBlank()) {
            return new String[] {"", "", ""};
        }
        LocalDate date = LocalDate.parse(iso);
        return new String[] {String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear())};
    }
}
