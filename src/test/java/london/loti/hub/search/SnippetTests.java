package london.loti.hub.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTests {

    @Test
    void matchedWordsAreMarkedAndEverythingElseIsEscaped() {
        var snippet = new Snippet("<script>alert('x')</script> & \uE000repairs\uE001 \"online\"");
        assertThat(snippet.html()).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>repairs</mark> &quot;online&quot;");
    }

    @Test
    void markupInARecordCannotOpenItsOwnElements() {
        var snippet = new Snippet("\uE000<img src=x onerror=alert(1)>\uE001");
        assertThat(snippet.html()).isEqualTo("<mark>&lt;img src=x onerror=alert(1)&gt;</mark>").doesNotContain("<img");
    }

    @Test
    void anUnclosedMarkIsClosedAndAStrayStopIsDropped() {
        assertThat(new Snippet("\uE001a \uE000b").html()).isEqualTo("a <mark>b</mark>");
    }

    @Test
    void theMarkedWordsAreListedOnceInLowerCase() {
        var snippet = new Snippet("\uE000Housing\uE001 and \uE000repairs\uE001, more \uE000housing\uE001");
        assertThat(snippet.markedWords()).containsExactly("housing", "repairs");
        assertThat(snippet.plain()).isEqualTo("Housing and repairs, more housing");
    }
}
