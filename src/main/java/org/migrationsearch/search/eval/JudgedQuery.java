package org.migrationsearch.search.eval;

import java.util.Set;

/**
 * One line of a judgments file: what was typed, the filters the judge had in mind, and every
 * document judged relevant.
 */
public record JudgedQuery(String id, String text, String country, String topic, Set<String> relevant) {

  public JudgedQuery {
    relevant = Set.copyOf(relevant);
  }
}
