package org.migrationsearch.search.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.migrationsearch.search.RequestParameters;
import org.migrationsearch.search.SearchRequest;

/**
 * What an export says about itself, so that a saved file alone is enough to ask for the same
 * result set again.
 *
 * @param parameters the {@code /api/search} query string of the search, without page and size
 */
public record Provenance(String query, String parameters, String sort, Instant exportedAt) {

  public static Provenance of(SearchRequest request, Instant now) {
    return new Provenance(request.query(), RequestParameters.toQueryString(request), request.sort().value(),
        now.truncatedTo(ChronoUnit.SECONDS));
  }
}
