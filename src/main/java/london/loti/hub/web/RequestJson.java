package london.loti.hub.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The API reads JSON request bodies with every string checked by {@link RequestText}'s rules, so that a NUL byte
 * or a megabyte in any field is a 400 naming the field ({@link ApiExceptionHandler}). Only requests: the
 * application's own mapper (imports, stored JSON) reads what it is given.
 */
@Configuration(proxyBeanMethods = false)
class RequestJson {

    /** After Spring Boot's customizer (order 0), whose JSON converter this one replaces. */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer checkedRequestJson(JsonMapper json) {
        JsonMapper checked = json.rebuild().addModule(new SimpleModule("request-text")
                .addDeserializer(String.class, new CheckedString())).build();
        return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(checked));
    }

    /** A string as Jackson reads it, refused when {@link RequestText} refuses it. */
    static final class CheckedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            var problem = RequestText.problem(text);
            if (problem.isPresent()) {
                throw new RefusedText(parser, problem.get());
            }
            return text;
        }
    }

    /** A string that breaks {@link RequestText}'s rules; the message ends a sentence that starts with its field. */
    static final class RefusedText extends MismatchedInputException {

        RefusedText(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }
}
