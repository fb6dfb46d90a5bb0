package london.loti.hub.projects;

import java.util.List;
import london.loti.hub.accounts.Viewer;

/**
 * The coalition finder's extension point: a module that knows why an organisation (or one of its people) would be
 * a good partner for a project or a problem declares a bean of this type. The finder asks every source, groups the
 * reasons by organisation and ranks organisations by the sum of their reasons' weights. The register's own source
 * gives 'similar project', 'same tags' and 'same service area'; the technology map adds 'uses the same product' and
 * 'contract ends soon'.
 *
 * <p>A source must only give reasons from records the viewer may see.
 */
public interface CoalitionSource {

    List<CoalitionReason> reasons(CoalitionQuery query, Viewer viewer);
}
