package london.loti.hub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container ends here: a GOV.UK error page for people, a problem detail
 * (RFC 9457) for the API.
 */
@Controller
class ErrorPages implements ErrorController {

    /** Set by the security configuration when a form came without its CSRF token. */
    public static final String CSRF_REJECTED = "loti.csrfRejected";

    private final PageContextResolver contexts;

    ErrorPages(PageContextResolver contexts) {
        this.contexts = contexts;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        int status = statusOf(request);
        boolean csrf = request.getAttribute(CSRF_REJECTED) != null;
        var refused = (RequestTextFilter.Refusal) request.getAttribute(RequestTextFilter.REFUSED);
        ErrorPage page = refused == null ? pageFor(contexts.contextOf(request), status, csrf, null)
                : new ErrorPage(contexts.contextOf(request), status, "There is a problem with what you sent",
                        refused.message() + ". Nothing was changed. Go back, correct it and try again.");
        if (isApi(request) || !acceptsHtml(request)) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setTitle(page.title());
            problem.setDetail(page.message());
            if (refused != null) {
                problem.setProperty("parameter", refused.parameter());
            }
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (uri != null) {
                problem.setInstance(URI.create(uri.toString()));
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView view = new ModelAndView("web/error", Map.of("page", page));
        view.setStatus(HttpStatus.valueOf(status));
        return view;
    }

    static ErrorPage pageFor(PageContext context, int status, boolean csrf, String detail) {
        return switch (status) {
            case 400 -> new ErrorPage(context, 400, "There is a problem with the address",
                    detail != null ? detail : "Check the address and try again.");
            case 401 -> new ErrorPage(context, 401, "Sign in to continue", "You need to sign in to do that.");
            case 403 -> csrf
                    ? new ErrorPage(context, 403, "Your form could not be sent",
                            "The form was missing its security token, or it had expired. Nothing was changed. Go back, reload the page and try again.")
                    : new ErrorPage(context, 403, "You cannot do that",
                            "Your account does not allow this. If you think it should, contact the LOTI team.");
            case 404 -> new ErrorPage(context, 404, "Page not found",
                    detail != null ? detail : "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.");
            case 405 -> new ErrorPage(context, 405, "That cannot be done here", "This address does not accept that kind of request.");
            case 413 -> new ErrorPage(context, 413, "The file is too large", "Choose a smaller file and try again.");
            default -> status >= 500
                    ? new ErrorPage(context, status, "Sorry, there is a problem with the service",
                            "Try again later. Anything you submitted may not have been saved.")
                    : new ErrorPage(context, status, "There is a problem", detail != null ? detail : "Go back and try again.");
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    /** The error's status; a request for /error itself, not forwarded by the container, finds nothing. */
    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR && status == null) {
            return 404;
        }
        return status instanceof Integer code ? code : 500;
    }
}
