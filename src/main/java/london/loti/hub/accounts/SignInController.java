package london.loti.hub.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.PageContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The sign-in page; Spring Security handles the POST and forwards failures to {@code /sign-in/problem}. */
@Controller
public class SignInController {

    public record DemoSignIn(String email, String description, String password) {
    }

    public record SignInPage(PageContext context, String email, FormErrors errors, String notice, List<DemoSignIn> demo) {
    }

    private final JdbcClient jdbc;

    SignInController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/sign-in")
    ModelAndView signIn(PageContext context, HttpServletRequest request) {
        String notice = request.getParameter("signed-out") != null ? "You have signed out."
                : request.getParameter("expired") != null ? "Your session has ended. Sign in again to continue."
                : request.getParameter("invited") != null ? "Your account is ready. Sign in with your email address and new password."
                : null;
        return page(context, "", FormErrors.none(), notice);
    }

    @RequestMapping("/sign-in/problem")
    ModelAndView problem(PageContext context, HttpServletRequest request) {
        Object errors = request.getAttribute(SignInHandlers.ERRORS);
        if (!(errors instanceof FormErrors formErrors)) {
            return new ModelAndView("redirect:/sign-in");
        }
        String email = request.getParameter("email");
        return page(context, email == null || !SignInFieldLimits.acceptable(email) ? "" : email, formErrors, null);
    }

    private ModelAndView page(PageContext context, String email, FormErrors errors, String notice) {
        List<DemoSignIn> demo = context.demo() ? jdbc.sql(
                "SELECT email, description, password FROM demo_sign_in ORDER BY position")
                .query(DemoSignIn.class).list() : List.of();
        return new ModelAndView("accounts/signIn", Map.of("page", new SignInPage(context, email, errors, notice, demo)));
    }
}
