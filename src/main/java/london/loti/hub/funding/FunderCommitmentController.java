package london.loti.hub.funding;

import london.loti.hub.web.DateInput;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** Admins record a funder's commitment: an amount a year, for a period. */
@Controller
public class FunderCommitmentController {

    public record FunderCommitmentForm(String funderKind, String funderName, String annualAmount, String startDateDay,
            String startDateMonth, String startDateYear, String endDateDay, String endDateMonth, String endDateYear) {
    }

    public record FunderCommitmentPage(PageContext context, FunderCommitmentForm form, FormErrors errors, List<Option> kinds) {
    }

    private final ProgrammeFinance finance;
    private final FinanceAccess access;

    FunderCommitmentController(ProgrammeFinance finance, FinanceAccess access) {
        this.finance = finance;
        this.access = access;
    }

    @GetMapping("/funding/commitments/new")
    ModelAndView form(PageContext context, Viewer viewer) {
        access.requireChange(viewer);
        return page(context, new FunderCommitmentForm("", "", "", "", "", "", "", "", ""), FormErrors.none());
    }

    @PostMapping("/funding/commitments/new")
    ModelAndView record(PageContext context, Viewer viewer, FunderCommitmentForm form) {
        access.requireChange(viewer);
        try {
            finance.recordFunderCommitment(new ProgrammeFinance.RecordFunderCommitment(form.funderKind(), form.funderName(),
                    form.annualAmount(), new DateInput.FromForm(form.startDateDay(), form.startDateMonth(), form.startDateYear()),
                    new DateInput.FromForm(form.endDateDay(), form.endDateMonth(), form.endDateYear())), viewer);
            return new ModelAndView("redirect:/funding?recorded");
        } catch (InvalidInputException e) {
            return page(context, form, e.errors());
        }
    }

    private static ModelAndView page(PageContext context, FunderCommitmentForm form, FormErrors errors) {
        var kinds = Arrays.stream(FunderCommitment.FunderKind.values()).map(k -> new Option(k.name(), k.label())).toList();
        return new ModelAndView("funding/funderCommitmentForm", Map.of("page", new FunderCommitmentPage(context, form, errors, kinds)));
    }
}
