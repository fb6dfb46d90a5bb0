package london.loti.hub.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Turns the exceptions a page controller throws into GOV.UK error pages with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final PageContextResolver contexts;

    PageExceptionHandler(PageContextResolver contexts) {
        this.contexts = contexts;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletRequest request) {
        return page(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String detail) {
        var page = ErrorPages.pageFor(contexts.contextOf(request), status.value(), false, detail);
        ModelAndView view = new ModelAndView("web/error", Map.of("page", page));
        view.setStatus(status);
        return view;
    }
}
