package org.migrationsearch.search.export;

import java.util.ArrayList;
import java.util.List;
import org.migrationsearch.index.IndexSchema;
import org.migrationsearch.search.BuildInfo;
import org.migrationsearch.search.SearchHit;
import org.migrationsearch.search.facets.FacetLabels;

/** The words shared by the reference formats: keywords of a hit and the sentence citing the search. */
final class Citation {

  private Citation() {}

  /** Country names, then topic labels: what a reference manager's tag list reads best. */
  static List<String> keywords(SearchHit h) {
    List<String> out = new ArrayList<>();
    h.countries().forEach(c -> out.add(FacetLabels.label(IndexSchema.FACET_COUNTRY, c)));
    h.topics().forEach(t -> out.add(FacetLabels.label(IndexSchema.FACET_TOPIC, t)));
    return out;
  }

  static String sentence(Provenance p, BuildInfo build, long total) {
    return "Exported from migration-search at " + p.exportedAt() + ", index build " + build.buildId() + ", "
        + total + (total == 1 ? " result" : " results") + " of /api/search?" + p.parameters();
  }
}
