package london.loti.hub.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit, or a broken upload, is refused before any controller runs. It gets a GOV.UK
 * page (or a problem detail from the API) that says so, rather than a server error. Forms that upload put their
 * CSRF token in the address, so that the request reaches this page at all.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    private final PageContextResolver contexts;
    private final String limit;

    UploadLimits(PageContextResolver contexts, @Value("${spring.servlet.multipart.max-file-size:50MB}") String limit) {
        this.contexts = contexts;
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "The file is too large",
                "The selected file must be smaller than " + limit + ". Nothing was uploaded or changed. "
                        + "Go back and choose a smaller file, or split it into parts.");
    }

    @ExceptionHandler(MultipartException.class)
    Object broken(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException || e.getCause() != null
                && String.valueOf(e.getCause().getMessage()).contains("SizeLimitExceeded")) {
            return tooLarge(request);
        }
        return answer(request, HttpStatus.BAD_REQUEST, "The file could not be uploaded",
                "The upload was cut short or was not a proper form upload. Nothing was changed. Go back and try again.");
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String title, String message) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(title);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var page = new ErrorPage(contexts.contextOf(request), status.value(), title, message);
        ModelAndView view = new ModelAndView("web/error", Map.of("page", page));
        view.setStatus(status);
        return view;
    }
}
