package london.loti.hub.notify;

import java.util.Map;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Admins read what LOTI Hub has sent ({@code /admin} is kept to admins by the security configuration). */
@Controller
public class OutboxController {

    public record OutboxPage(PageContext context, PageOf<Outbox.Stored> messages) {
    }

    public record OutboxMessagePage(PageContext context, Outbox.Stored message) {
    }

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    ModelAndView list(PageContext context, @RequestParam(required = false) String page) {
        return new ModelAndView("notify/outbox",
                Map.of("page", new OutboxPage(context, outbox.page(Paging.of(page, null, 25)))));
    }

    @GetMapping("/admin/outbox/{id}")
    ModelAndView message(PageContext context, @PathVariable String id) {
        var message = parse(id).flatMap(outbox::find).orElseThrow(() -> new NotFoundException("There is no such message."));
        return new ModelAndView("notify/outboxMessage", Map.of("page", new OutboxMessagePage(context, message)));
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
