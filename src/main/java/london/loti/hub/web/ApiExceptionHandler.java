package london.loti.hub.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The API answers every error as an RFC 9457 problem detail, with the same messages as the pages. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    /** A body that is not JSON, or whose field has the wrong type or breaks {@link RequestText}: 400 naming the field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        JacksonException cause = causeOf(e);
        String field = cause == null || cause.getPath().isEmpty() ? null : fieldOf(cause.getPath());
        String message;
        if (cause instanceof RequestJson.RefusedText refused) {
            message = "'" + field + "' " + refused.getOriginalMessage();
        } else if (cause instanceof UnrecognizedPropertyException) {
            message = "'" + field + "' is not a field of this request";
        } else if (cause instanceof InputCoercionException && field != null) {
            message = "'" + field + "' must be a smaller number";
        } else if (cause instanceof MismatchedInputException mismatch && field != null) {
            message = "'" + field + "' must be " + kindOf(mismatch.getTargetType());
        } else if (cause instanceof MismatchedInputException) {
            message = "The request body must be a JSON object";
        } else {
            message = "The request body must be JSON"
                    + (cause instanceof StreamReadException read && read.getLocation() != null
                            ? " (it is not, at line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr() + ")" : "");
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message + ". Nothing was changed.");
        problem.setTitle("Bad request");
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", field == null ? "" : field, "message", message)));
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static JacksonException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** 'contracts[0].title', as the 422 errors name fields. */
    private static String fieldOf(java.util.List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String kindOf(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "text";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date written like 2024-04-01";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatusCode.valueOf(422),
                "The request has " + e.errors().all().size() + " invalid field(s); nothing was changed.");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", e.errors().all().entrySet().stream()
                .map(entry -> java.util.Map.of("field", entry.getKey(), "message", entry.getValue())).toList());
        return problem;
    }
}
