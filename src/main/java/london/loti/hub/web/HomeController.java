package london.loti.hub.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class HomeController {

    private final List<HomeFigure> figures;

    HomeController(List<HomeFigure> figures) {
        this.figures = figures.stream().sorted(Comparator.comparingInt(HomeFigure::position)).toList();
    }

    @GetMapping("/")
    ModelAndView home(PageContext context) {
        var counted = figures.stream().map(f -> new HomePage.Figure(f.label(), f.href(), f.count())).toList();
        return new ModelAndView("web/home", Map.of("page", new HomePage(context, counted)));
    }
}
