package london.loti.hub.techmap.web;

import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** Admins review councils' claims about shared suppliers (the security configuration keeps {@code /admin} to admins). */
@Controller
public class SupplierClaimsController {

    /** @param done what the last action did, for the banner, or null */
    public record SupplierClaimsPage(PageContext context, PageOf<SupplierClaims.Claim> claims, Long supplierId,
            String done, String baseUrl) {
    }

    private final SupplierClaims claims;

    SupplierClaimsController(SupplierClaims claims) {
        this.claims = claims;
    }

    @GetMapping("/admin/supplier-claims")
    ModelAndView list(PageContext context, Viewer viewer, @RequestParam(required = false) String supplier,
            @RequestParam(required = false) String page, @RequestParam(required = false) String done) {
        Long supplierId = filter(supplier);
        if (supplierId == null && supplier != null && !supplier.isBlank()) {
            throw new BadRequestException("supplier", "Choose a supplier from the list");
        }
        String base = address(supplierId, null);
        return new ModelAndView("techmap/supplierClaims", Map.of("page", new SupplierClaimsPage(context,
                claims.waiting(supplierId, Paging.of(page, null, 50), viewer), supplierId,
                "accepted".equals(done) || "dismissed".equals(done) ? done : null, base)));
    }

    @PostMapping("/admin/supplier-claims/{id}/accept")
    ModelAndView accept(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String supplier) {
        claims.accept(Councils.id(id, "claim"), viewer);
        return new ModelAndView("redirect:" + address(filter(supplier), "accepted"));
    }

    @PostMapping("/admin/supplier-claims/{id}/dismiss")
    ModelAndView dismiss(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String supplier) {
        claims.dismiss(Councils.id(id, "claim"), viewer);
        return new ModelAndView("redirect:" + address(filter(supplier), "dismissed"));
    }

    private static Long filter(String supplier) {
        try {
            return supplier == null || supplier.isBlank() ? null : Long.parseLong(supplier.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String address(Long supplierId, String done) {
        return UriComponentsBuilder.fromPath("/admin/supplier-claims")
                .queryParamIfPresent("supplier", Optional.ofNullable(supplierId))
                .queryParamIfPresent("done", Optional.ofNullable(done)).encode().toUriString();
    }
}
