package london.loti.hub.projects;

import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import london.loti.hub.web.PageContextResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A project's texts are at most 5,000 characters each, so no project form or API request needs more than 1 MB.
 * Larger ones (such as a 10 MB summary) are refused before anything reads them, with a page or problem that
 * says why; nothing is saved. CSV uploads (multipart) have their own limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ProjectRequestLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;

    private final TemplateEngine templates;
    private final PageContextResolver contexts;

    ProjectRequestLimit(TemplateEngine templates, PageContextResolver contexts) {
        this.templates = templates;
        this.contexts = contexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean projects = path.equals("/projects") || path.startsWith("/projects/")
                || path.equals("/api/v1/projects") || path.startsWith("/api/v1/projects/");
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        return !projects || multipart || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length <= MAX_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(413);
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
                    + "\"detail\":\"The request is larger than 1 MB. A project's summary, problem and users may each "
                    + "be up to 5,000 characters. Nothing was saved.\"}");
            return;
        }
        response.setContentType("text/html; charset=UTF-8");
        templates.render("projects/tooLarge.jte", Map.of("page", new ProjectController.TooLargePage(contexts.contextOf(request))),
                new WriterOutput(response.getWriter()));
    }
}
