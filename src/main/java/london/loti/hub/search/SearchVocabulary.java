package london.loti.hub.search;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vocabulary only grows as documents are put; each night it is rebuilt from the documents, so that words of
 * records since deleted, or since restricted to their organisation, stop being offered as corrections.
 */
@Component
class SearchVocabulary {

    private final JdbcClient jdbc;

    SearchVocabulary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "0 20 3 * * *", zone = "Europe/London")
    @SchedulerLock(name = "search-vocabulary", lockAtMostFor = "PT30M")
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM search_word").update();
        jdbc.sql("""
                INSERT INTO search_word (word, level)
                SELECT word, min(level) FROM (
                    SELECT CASE d.visibility WHEN 'PUBLIC' THEN 0 ELSE 1 END AS level, word
                      FROM search_document d, %s
                     WHERE d.visibility <> 'ORGANISATION') w
                 WHERE %s GROUP BY word
                """.formatted(SearchIndex.WORDS_OF.formatted(
                        "left(d.title || ' ' || d.summary || ' ' || d.body, " + SearchIndex.MAX_TEXT + ")"),
                SearchIndex.IS_WORD)).update();
    }
}
