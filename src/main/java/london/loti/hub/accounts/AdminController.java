package london.loti.hub.accounts;

import java.util.Map;
import london.loti.hub.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The LOTI team's starting page. */
@Controller
public class AdminController {

    public record AdminPage(PageContext context) {
    }

    @GetMapping("/admin")
    ModelAndView admin(PageContext context) {
        return new ModelAndView("accounts/admin", Map.of("page", new AdminPage(context)));
    }
}
