package london.loti.hub.funding;

import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** Admins change a budget line: its amount, and whether it is fixed or flexible and in which order it is cut. */
@Controller
public class BudgetLineController {

    public record LineForm(String amount, String kind, String cutOrder) {
    }

    public record LinePage(PageContext context, FundingQueries.LineRow line, String year, LineForm form, FormErrors errors,
            List<Option> kinds) {
    }

    private final FundingQueries queries;
    private final FinanceAccess access;
    private final ProgrammeFinance finance;

    BudgetLineController(FundingQueries queries, FinanceAccess access, ProgrammeFinance finance) {
        this.queries = queries;
        this.access = access;
        this.finance = finance;
    }

    @GetMapping("/funding/lines/{id}/edit")
    ModelAndView form(PageContext context, Viewer viewer, @PathVariable String id) {
        access.requireChange(viewer);
        var line = line(id);
        String amount = Money.format(line.amount()).replace("£", "");
        return page(context, line, new LineForm(amount, line.flexible() ? "FLEXIBLE" : "FIXED",
                line.cutOrder() == null ? "" : String.valueOf(line.cutOrder())), FormErrors.none());
    }

    @PostMapping("/funding/lines/{id}/edit")
    ModelAndView change(PageContext context, Viewer viewer, @PathVariable String id, LineForm form) {
        access.requireChange(viewer);
        var line = line(id);
        try {
            finance.changeLine(line.id(), new ProgrammeFinance.ChangeLine(form.amount(), form.kind(), form.cutOrder()), viewer);
            return new ModelAndView("redirect:/funding/years/" + new FinancialYear(line.startYear()).slug());
        } catch (InvalidInputException e) {
            return page(context, line, form, e.errors());
        }
    }

    private FundingQueries.LineRow line(String id) {
        try {
            return queries.line(Long.parseLong(id)).orElseThrow(() -> new NotFoundException("There is no budget line with that number."));
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no budget line with that number.");
        }
    }

    private static ModelAndView page(PageContext context, FundingQueries.LineRow line, LineForm form, FormErrors errors) {
        var kinds = List.of(new Option("FIXED", "Fixed: paid whatever the income"),
                new Option("FLEXIBLE", "Flexible: cut, in order, to match income"));
        return new ModelAndView("funding/budgetLine", Map.of("page", new LinePage(context, line,
                new FinancialYear(line.startYear()).label(), form, errors, kinds)));
    }
}
