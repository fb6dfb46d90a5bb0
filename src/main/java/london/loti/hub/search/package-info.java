/**
 * One search over everything a reader may see. Modules put a {@link london.loti.hub.search.SearchDocument} for each
 * of their records through {@link london.loti.hub.search.SearchIndex}, in the same transaction as the record, and
 * declare a {@link london.loti.hub.search.SearchSource} bean so that their records can be indexed again at
 * start-up. {@link london.loti.hub.search.Search} answers queries: PostgreSQL full-text search over weighted
 * vectors, misspelt words corrected against the vocabulary of indexed words, a bounded set of candidates ranked,
 * facets with counts and highlighted snippets, and visibility filtered in SQL. The search module depends on no
 * module that it indexes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package london.loti.hub.search;
