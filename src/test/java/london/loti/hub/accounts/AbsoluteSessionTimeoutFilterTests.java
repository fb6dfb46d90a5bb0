package london.loti.hub.accounts;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AbsoluteSessionTimeoutFilterTests {

    @Test
    void aSessionOlderThanTwelveHoursIsEndedWhateverItsActivity() throws Exception {
        HttpSession session = mock(HttpSession.class);
        when(session.getCreationTime()).thenReturn(System.currentTimeMillis() - AbsoluteSessionTimeoutFilter.LIMIT.toMillis() - 1000);
        var request = new MockHttpServletRequest("GET", "/organisations");
        request.setSession(session);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        new AbsoluteSessionTimeoutFilter().doFilter(request, response, chain);
        verify(session).invalidate();
        assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in?expired");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aYoungerSessionGoesOn() throws Exception {
        var request = new MockHttpServletRequest("GET", "/organisations");
        request.getSession(true);
        var chain = new MockFilterChain();
        new AbsoluteSessionTimeoutFilter().doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
