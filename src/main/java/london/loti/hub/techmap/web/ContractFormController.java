package london.loti.hub.techmap.web;

import java.util.Arrays;
import java.util.List;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.techmap.Hosting;
import london.loti.hub.techmap.ProcurementRoute;
import london.loti.hub.techmap.ServiceArea;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** A council's editors add, change and remove its contracts one at a time. */
@Controller
public class ContractFormController {

    public record ContractFormPage(PageContext context, Organisation council, Long contractId, ContractForm form,
            FormErrors errors, List<Option> areas, List<Option> categories, List<Option> hostings, List<Option> routes,
            List<Option> scores, List<Option> visibilities) {
        public boolean creating() {
            return contractId == null;
        }
    }

    private final ContractService service;
    private final ContractQueries contracts;
    private final Councils councils;

    ContractFormController(ContractService service, ContractQueries contracts, Councils councils) {
        this.service = service;
        this.contracts = contracts;
        this.councils = councils;
    }

    @GetMapping("/techmap/councils/{slug}/contracts/new")
    ModelAndView newContract(PageContext context, Viewer viewer, @PathVariable String slug) {
        Organisation council = editable(slug, viewer);
        return page(context, council, null, ContractForm.empty(), FormErrors.none());
    }

    @PostMapping("/techmap/councils/{slug}/contracts/new")
    ModelAndView create(PageContext context, Viewer viewer, @PathVariable String slug, @ModelAttribute ContractForm form) {
        Organisation council = editable(slug, viewer);
        FormErrors errors = new FormErrors();
        var record = form.check(errors, true);
        if (errors.any()) {
            return page(context, council, null, form, errors);
        }
        try {
            long id = service.save(council, record, true, viewer);
            return new ModelAndView("redirect:/techmap/contracts/" + id);
        } catch (InvalidInputException e) {
            return page(context, council, null, form, e.errors());
        }
    }

    @GetMapping("/techmap/contracts/{id}/edit")
    ModelAndView edit(PageContext context, Viewer viewer, @PathVariable String id) {
        var contract = editableContract(id, viewer);
        Organisation council = councils.bySlug(contract.organisationSlug());
        return page(context, council, contract.id(), ContractForm.of(contract, contract.totalValue(),
                contract.annualValue(), contract.unrecoverableVat()), FormErrors.none());
    }

    @PostMapping("/techmap/contracts/{id}/edit")
    ModelAndView update(PageContext context, Viewer viewer, @PathVariable String id, @ModelAttribute ContractForm form) {
        var contract = editableContract(id, viewer);
        Organisation council = councils.bySlug(contract.organisationSlug());
        var posted = new ContractForm(contract.reference(), form.title(), form.description(), form.department(), form.serviceArea(),
                form.category(), form.hosting(), form.product(), form.vendor(), form.supplier(), form.startDateDay(),
                form.startDateMonth(), form.startDateYear(), form.endDateDay(), form.endDateMonth(), form.endDateYear(),
                form.reviewDateDay(), form.reviewDateMonth(), form.reviewDateYear(), form.totalValue(), form.annualValue(),
                form.unrecoverableVat(), form.procurementRoute(), form.framework(), form.satisfaction(), form.notes(),
                form.visibility(), form.valueVisibility());
        FormErrors errors = new FormErrors();
        var record = posted.check(errors, false);
        if (errors.any()) {
            return page(context, council, contract.id(), posted, errors);
        }
        service.save(council, record, false, viewer);
        return new ModelAndView("redirect:/techmap/contracts/" + contract.id());
    }

    @PostMapping("/techmap/contracts/{id}/delete")
    ModelAndView delete(Viewer viewer, @PathVariable String id) {
        var contract = editableContract(id, viewer);
        service.delete(councils.bySlug(contract.organisationSlug()), contract.id(), viewer);
        return new ModelAndView("redirect:/techmap/councils/" + contract.organisationSlug());
    }

    private Organisation editable(String slug, Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new AccessDeniedException("Sign in to change contracts");
        }
        Organisation council = councils.bySlug(slug);
        ContractService.requireEditor(council, viewer);
        return council;
    }

    private ContractQueries.ContractRow editableContract(String id, Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new AccessDeniedException("Sign in to change contracts");
        }
        var contract = contracts.find(Councils.id(id, "contract"), viewer)
                .orElseThrow(() -> new NotFoundException("There is no contract at this address."));
        if (!viewer.canEdit(contract.organisationId())) {
            throw new AccessDeniedException("Only the council's editors change its contracts");
        }
        return contract;
    }

    private ModelAndView page(PageContext context, Organisation council, Long id, ContractForm form, FormErrors errors) {
        return MapController.view("techmap/contractForm", new ContractFormPage(context, council, id, form, errors,
                Arrays.stream(ServiceArea.values()).map(a -> new Option(a.name(), a.label())).toList(),
                Arrays.stream(ServiceArea.Category.values()).map(c -> new Option(c.name(), c.label())).toList(),
                Arrays.stream(Hosting.values()).map(h -> new Option(h.name(), h.label())).toList(),
                Arrays.stream(ProcurementRoute.values()).map(r -> new Option(r.name(), r.label())).toList(),
                List.of(new Option("1", "1 – very dissatisfied"), new Option("2", "2"), new Option("3", "3"),
                        new Option("4", "4"), new Option("5", "5 – very satisfied")),
                List.of(new Option("PUBLIC", "Everyone"), new Option("MEMBERS", "Members of LOTI"),
                        new Option("ORGANISATION", council.name() + " only"))));
    }
}
