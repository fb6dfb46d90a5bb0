package london.loti.hub.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTests {

    @Test
    void missingValuesMeanTheFirstPageOfTheDefaultSize() {
        assertThat(Paging.of(null, " ", 25)).isEqualTo(new Paging(1, 25));
        assertThat(Paging.of("3", "10", 25).offset()).isEqualTo(20);
    }

    @ParameterizedTest
    @CsvSource({"page,-1,", "page,x,", "page,0,", "page,1.5,", "size,1,0", "size,1,101", "size,1,ten"})
    void badValuesNameTheParameter(String parameter, String page, String size) {
        assertThatThrownBy(() -> Paging.of(page, size, 25))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    @Test
    void aPageKnowsItsNeighbours() {
        var page = new PageOf<>(java.util.List.of("a"), 2, 10, 35);
        assertThat(page.totalPages()).isEqualTo(4);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.firstItem()).isEqualTo(11);
        assertThat(page.lastItem()).isEqualTo(20);
        assertThat(new PageOf<>(java.util.List.of(), 1, 10, 0).totalPages()).isEqualTo(1);
    }

    @Test
    void paginationShowsFirstLastAndNeighboursWithEllipses() {
        assertThat(PaginationItems.around(5, 10)).containsExactly(1L, 0L, 4L, 5L, 6L, 0L, 10L);
        assertThat(PaginationItems.around(1, 3)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void ariaDescribedByListsHintThenError() {
        assertThat(Aria.describedBy("email", null, null)).isNull();
        assertThat(Aria.describedBy("email", "hint", "error")).isEqualTo("email-hint email-error");
        assertThat(Aria.describedBy("email", null, "error")).isEqualTo("email-error");
    }
}
