package london.loti.hub.members;

import java.util.List;
import java.util.Optional;
import london.loti.hub.accounts.OrganisationDirectory;
import org.springframework.stereotype.Service;

/** The organisations, for other modules: look one up by id, slug or GSS code, or list them all. */
@Service
public class Organisations implements OrganisationDirectory {

    private final OrganisationQueries queries;

    Organisations(OrganisationQueries queries) {
        this.queries = queries;
    }

    public Optional<Organisation> find(long id) {
        return queries.findById(id);
    }

    /** By slug (such as {@code camden}) or GSS code (such as {@code E09000007}). */
    public Optional<Organisation> find(String slugOrGssCode) {
        return queries.findBySlugOrGssCode(slugOrGssCode);
    }

    public List<Organisation> list() {
        return queries.all();
    }

    @Override
    public Optional<OrganisationRef> findById(long id) {
        return queries.findById(id).map(Organisations::ref);
    }

    @Override
    public Optional<OrganisationRef> findBySlug(String slug) {
        return queries.findBySlugOrGssCode(slug).map(Organisations::ref);
    }

    @Override
    public List<OrganisationRef> all() {
        return queries.all().stream().map(Organisations::ref).toList();
    }

    private static OrganisationRef ref(Organisation o) {
        return new OrganisationRef(o.id(), o.slug(), o.name(), o.kind().name());
    }
}
