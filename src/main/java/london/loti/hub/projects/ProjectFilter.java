package london.loti.hub.projects;

import java.util.Optional;
import london.loti.hub.web.BadRequestException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters and sort order of a list of projects, from a page, an export or the API. Bad values are a 400
 * naming the parameter.
 */
record ProjectFilter(Phase phase, ServiceArea serviceArea, String tag, Long organisationId, String organisationSlug,
        boolean withAssets, Sort sort) {

    enum Sort {
        UPDATED("Recently updated", "p.last_activity_at DESC, p.id DESC"),
        NEWEST("Newest", "p.created_at DESC, p.id DESC"),
        TITLE("Title A to Z", "p.title, p.id");

        final String label;
        final String orderBy;

        Sort(String label, String orderBy) {
            this.label = label;
            this.orderBy = orderBy;
        }
    }

    static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, false, Sort.UPDATED);

    interface OrganisationLookup {
        Optional<Long> idOf(String slug);
    }

    static ProjectFilter parse(String phase, String serviceArea, String tag, String organisation, String assets,
            String sort, OrganisationLookup organisations) {
        Phase p = null;
        if (!ProjectRules.blank(phase)) {
            p = Phase.parse(phase).orElseThrow(() -> new BadRequestException("phase", "Choose a phase from the list"));
        }
        ServiceArea a = null;
        if (!ProjectRules.blank(serviceArea)) {
            a = ServiceArea.parse(serviceArea)
                    .orElseThrow(() -> new BadRequestException("serviceArea", "Choose a service area from the list"));
        }
        String t = ProjectRules.blank(tag) ? null : tag.strip().toLowerCase(java.util.Locale.UK);
        if (t != null && t.length() > ProjectRules.MAX_TAG) {
            throw new BadRequestException("tag", "A tag has 40 characters or fewer");
        }
        Long o = null;
        String slug = null;
        if (!ProjectRules.blank(organisation)) {
            slug = organisation.strip();
            o = organisations.idOf(slug)
                    .orElseThrow(() -> new BadRequestException("organisation", "Choose an organisation from the list"));
        }
        boolean withAssets = false;
        if (!ProjectRules.blank(assets)) {
            if (!assets.strip().equals("yes")) {
                throw new BadRequestException("assets", "Assets must be 'yes' or left out");
            }
            withAssets = true;
        }
        Sort s = Sort.UPDATED;
        if (!ProjectRules.blank(sort)) {
            try {
                s = Sort.valueOf(sort.strip().toUpperCase(java.util.Locale.UK));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("sort", "Choose a sort order from the list");
            }
        }
        return new ProjectFilter(p, a, t, o, slug, withAssets, s);
    }

    /** The list's address with these filters (and without a page). */
    String url(String path) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("phase", Optional.ofNullable(phase).map(Enum::name))
                .queryParamIfPresent("serviceArea", Optional.ofNullable(serviceArea).map(Enum::name))
                .queryParamIfPresent("tag", Optional.ofNullable(tag))
                .queryParamIfPresent("organisation", Optional.ofNullable(organisationSlug))
                .queryParamIfPresent("assets", withAssets ? Optional.of("yes") : Optional.empty())
                .queryParamIfPresent("sort", sort == Sort.UPDATED ? Optional.empty() : Optional.of(sort.name().toLowerCase(java.util.Locale.UK)))
                .encode().toUriString();
    }
}
