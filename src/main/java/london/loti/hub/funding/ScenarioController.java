package london.loti.hub.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.Chart;
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

/** Saved what-ifs: each beside the plan, year by year, as a table and a chart. */
@Controller
public class ScenarioController {

    public record ScenarioForm(String name, String councils, String glaNoticeFrom, String secondmentReplaces) {
    }

    public record ScenarioFormPage(PageContext context, ScenarioForm form, FormErrors errors, List<Option> years,
            List<Option> lines) {
    }

    public record ScenarioPage(PageContext context, FundingQueries.ScenarioRow scenario, String description,
            List<Scenario.Comparison> years, Chart chart, String rule) {
    }

    private final Plans plans;
    private final FundingQueries queries;
    private final FinanceAccess access;
    private final ProgrammeFinance finance;

    ScenarioController(Plans plans, FundingQueries queries, FinanceAccess access, ProgrammeFinance finance) {
        this.plans = plans;
        this.queries = queries;
        this.access = access;
        this.finance = finance;
    }

    @GetMapping("/funding/scenarios/new")
    ModelAndView form(PageContext context, Viewer viewer) {
        access.requireChange(viewer);
        return page(context, new ScenarioForm("", "", "", ""), FormErrors.none());
    }

    @PostMapping("/funding/scenarios/new")
    ModelAndView save(PageContext context, Viewer viewer, ScenarioForm form) {
        access.requireChange(viewer);
        try {
            long id = finance.saveScenario(new ProgrammeFinance.ScenarioInput(form.name(), form.councils(),
                    form.glaNoticeFrom(), form.secondmentReplaces()), viewer);
            return new ModelAndView("redirect:/funding/scenarios/" + id);
        } catch (InvalidInputException e) {
            return page(context, form, e.errors());
        }
    }

    @GetMapping("/funding/scenarios/{id}")
    ModelAndView scenario(PageContext context, Viewer viewer, @PathVariable String id) {
        access.requireSee(viewer);
        long scenarioId;
        try {
            scenarioId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no scenario with that number.");
        }
        var row = queries.scenario(scenarioId).orElseThrow(() -> new NotFoundException("There is no scenario with that number."));
        Scenario scenario = row.scenario();
        var years = scenario.evaluate(plans.all());
        List<String> labels = years.stream().map(c -> c.year().year().label()).toList();
        var chart = new Chart("scenario", "bar", "Income and budget by year: the plan and '" + row.name() + "'", "Year", "£",
                labels, List.of(
                        new Chart.Series("Plan: income", years.stream().map(c -> Money.asPounds(c.plan().income())).toList()),
                        new Chart.Series("Scenario: income", years.stream().map(c -> Money.asPounds(c.scenario().income())).toList()),
                        new Chart.Series("Scenario: budget after cuts",
                                years.stream().map(c -> Money.asPounds(c.scenario().budgetAfterCuts())).toList())));
        return new ModelAndView("funding/scenario", Map.of("page",
                new ScenarioPage(context, row, scenario.description(), years, chart, Viability.RULE)));
    }

    private ModelAndView page(PageContext context, ScenarioForm form, FormErrors errors) {
        List<Option> years = new ArrayList<>();
        plans.all().forEach(p -> years.add(new Option(p.year().slug(), p.name())));
        List<Option> lines = finance.lineNames().stream().map(n -> new Option(n, n)).toList();
        return new ModelAndView("funding/scenarioForm", Map.of("page", new ScenarioFormPage(context, form, errors, years, lines)));
    }
}
