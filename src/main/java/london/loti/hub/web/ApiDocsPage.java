package london.loti.hub.web;

import java.util.List;

/**
 * The API documentation as a GOV.UK page, read from the OpenAPI document: each tag's operations with their
 * parameters, request body and responses, then the shapes of the records they exchange.
 */
public record ApiDocsPage(PageContext context, String title, String description, List<Section> sections,
        List<Shape> shapes) {

    public record Section(String id, String name, String description, List<Operation> operations) {
    }

    public record Operation(String id, String method, String path, String summary, String description,
            List<Field> parameters, Type body, List<Response> responses) {
    }

    /** A parameter (where it goes: path, query, header) or a property of a shape. */
    public record Field(String name, String where, boolean required, Type type, String description) {
    }

    public record Response(String status, String description, Type type) {
    }

    public record Shape(String id, String name, String description, List<Field> properties) {
    }

    /** A type in words, with the shape it names (if any) to link to. */
    public record Type(String text, String shapeId) {
    }
}
