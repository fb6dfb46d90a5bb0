package london.loti.hub.techmap;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.projects.CoalitionQuery;
import london.loti.hub.projects.CoalitionReason;
import london.loti.hub.projects.CoalitionSource;
import org.springframework.stereotype.Component;

/**
 * The technology map's reasons for the project register's coalition finder: another council 'uses the same
 * product' (one the project's council uses in the project's service area, or one the text names), and its
 * 'contract ends within 18 months' (in that service area or for that product: a chance to procure together).
 * Only public contracts count, so every viewer may see every reason; values are never mentioned.
 */
@Component
class CoalitionReasons implements CoalitionSource {

    static final int MONTHS = 18;
    private static final int MOST_CONTRACTS = 200;
    /** A council has a few main products in a service area; looking each up across every council costs. */
    private static final int MOST_PRODUCTS = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final TechMap map;

    CoalitionReasons(TechMap map) {
        this.map = map;
    }

    @Override
    public List<CoalitionReason> reasons(CoalitionQuery query, Viewer viewer) {
        Set<ServiceArea> areas = areasOf(query.serviceArea());
        List<Long> products = map.productsFor(query.organisationId(), areas, query.text(), MOST_PRODUCTS);
        List<CoalitionReason> reasons = new ArrayList<>(sameProduct(products, query.organisationId()));
        reasons.addAll(endingSoon(areas, products, query.organisationId()));
        return reasons;
    }

    private List<CoalitionReason> sameProduct(List<Long> products, Long organisationId) {
        if (products.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TechMap.ProductUse>> byCouncil = new LinkedHashMap<>();
        for (TechMap.ProductUse use : map.councilsUsingAnyOf(products, organisationId)) {
            byCouncil.computeIfAbsent(use.organisationId(), id -> new ArrayList<>()).add(use);
        }
        List<CoalitionReason> reasons = new ArrayList<>();
        byCouncil.forEach((council, uses) -> {
            List<String> names = uses.stream().map(TechMap.ProductUse::product).limit(3).toList();
            String more = uses.size() > names.size() ? " and " + (uses.size() - names.size()) + " more" : "";
            reasons.add(new CoalitionReason(council, null, "Uses the same product: " + String.join(", ", names) + more,
                    "/techmap/products/" + uses.get(0).productId(), Math.min(2, 1 + 0.25 * (uses.size() - 1))));
        });
        return reasons;
    }

    private List<CoalitionReason> endingSoon(Set<ServiceArea> areas, List<Long> products, Long organisationId) {
        if (areas.isEmpty() && products.isEmpty()) {
            return List.of();
        }
        Map<Long, TechMap.Ending> soonest = new LinkedHashMap<>();
        for (TechMap.Ending ending : map.contractsEndingWithin(areas, products, organisationId, MONTHS, MOST_CONTRACTS)) {
            soonest.putIfAbsent(ending.organisationId(), ending);
        }
        return soonest.values().stream().map(ending -> new CoalitionReason(ending.organisationId(), null,
                "Its contract ‘" + ending.title() + "’" + (ending.product() == null ? "" : " (" + ending.product() + ")")
                        + " ends on " + DATE.format(ending.endDate()) + ", within " + MONTHS
                        + " months: a chance to procure together",
                "/techmap/contracts/" + ending.contractId(), 1)).toList();
    }

    /** The map's service areas that a register's service area covers; none for areas the map does not track. */
    static Set<ServiceArea> areasOf(london.loti.hub.projects.ServiceArea area) {
        if (area == null) {
            return Set.of();
        }
        return switch (area) {
            case ADULT_SOCIAL_CARE -> EnumSet.of(ServiceArea.ADULT_SOCIAL_CARE);
            case CHILDRENS_SERVICES -> EnumSet.of(ServiceArea.CHILDRENS_SERVICES);
            case EDUCATION -> EnumSet.of(ServiceArea.EDUCATION);
            case HOUSING -> EnumSet.of(ServiceArea.HOUSING);
            case PLANNING -> EnumSet.of(ServiceArea.PLANNING);
            case TRANSPORT -> EnumSet.of(ServiceArea.PARKING, ServiceArea.HIGHWAYS);
            case WASTE -> EnumSet.of(ServiceArea.WASTE);
            case LIBRARIES_CULTURE -> EnumSet.of(ServiceArea.LIBRARIES);
            case REVENUES_BENEFITS -> EnumSet.of(ServiceArea.REVENUES_AND_BENEFITS);
            case REGULATORY -> EnumSet.of(ServiceArea.ENVIRONMENTAL_HEALTH);
            case CUSTOMER_SERVICES -> EnumSet.of(ServiceArea.CUSTOMER_SERVICES);
            case DEMOCRACY -> EnumSet.of(ServiceArea.ELECTORAL);
            case CORPORATE_IT -> EnumSet.of(ServiceArea.IT_INFRASTRUCTURE, ServiceArea.HR_AND_PAYROLL, ServiceArea.FINANCE);
            case PUBLIC_HEALTH, ENVIRONMENT, COMMUNITY_SAFETY, ECONOMY_SKILLS, DATA_INSIGHT -> Set.of();
        };
    }
}
