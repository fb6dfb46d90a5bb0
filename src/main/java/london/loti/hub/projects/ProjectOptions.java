package london.loti.hub.projects;

import java.util.Arrays;
import java.util.List;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.members.Organisation;
import london.loti.hub.web.Option;

/** The choices the project pages offer. */
final class ProjectOptions {

    private ProjectOptions() {
    }

    static List<Option> phases() {
        return Arrays.stream(Phase.values()).map(p -> new Option(p.name(), p.label())).toList();
    }

    static List<Option> serviceAreas() {
        return Arrays.stream(ServiceArea.values()).map(a -> new Option(a.name(), a.label())).toList();
    }

    static List<Option> budgetBands() {
        return Arrays.stream(BudgetBand.values()).map(b -> new Option(b.name(), b.label())).toList();
    }

    static List<Option> assetKinds() {
        return Arrays.stream(AssetKind.values()).map(k -> new Option(k.name(), k.label())).toList();
    }

    static List<Option> visibilities(String organisationName) {
        return List.of(new Option(Visibility.PUBLIC.name(), "Everyone, including the public"),
                new Option(Visibility.MEMBERS.name(), "Officers of LOTI's member organisations"),
                new Option(Visibility.ORGANISATION.name(), "Only " + organisationName));
    }

    static List<Option> sorts() {
        return Arrays.stream(ProjectFilter.Sort.values())
                .map(s -> new Option(s.name().toLowerCase(java.util.Locale.UK), s.label)).toList();
    }

    static List<Option> organisations(List<Organisation> organisations) {
        return organisations.stream().map(o -> new Option(o.slug(), o.name())).toList();
    }

    static String visibilityLabel(Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "Public";
            case MEMBERS -> "Members only";
            case ORGANISATION -> "Own organisation only";
        };
    }

    /** The colour of a phase's GOV.UK tag. */
    static String colour(Phase phase) {
        return switch (phase) {
            case IDEA -> "grey";
            case DISCOVERY -> "light-blue";
            case ALPHA -> "purple";
            case BETA -> "yellow";
            case LIVE -> "green";
            case RETIRED -> "red";
        };
    }
}
