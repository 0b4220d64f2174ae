package org.migrationsearch.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migrationsearch.corpus.SkippedFile;

/**
 * The outcome of an indexing run, and its one rendering: the summary line and the JSON report
 * that {@code index}, {@code push}, {@code serve} and the admin reindex summary all print.
 *
 * @param indexed documents in the index after the run (rebuild) or written by it (update)
 * @param files corpus files looked at
 * @param warnings documents indexed with something declared that could not be used (a date out of
 *     range), each with what was done instead
 * @param outcome whether the run committed, and if not why
 * @param refusal why a run that would shrink the index was refused; null otherwise
 * @param unchanged documents an update found identical and left alone
 * @param deleted documents an update removed because their source is gone
 */
public record IndexReport(
    int indexed,
    int files,
    List<SkippedFile> skipped,
    List<SkippedFile> warnings,
    double seconds,
    Outcome outcome,
    String refusal,
    String buildId,
    String mode,
    int unchanged,
    int deleted) {

  /** How a run ended; only {@code COMMITTED} changed the index. */
  public enum Outcome { COMMITTED, STRICT_SKIPPED, SHRINK_REFUSED }

  public IndexReport {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /** A report of a run in {@code mode} ("rebuild" or "update"), committed unless told otherwise. */
  public static Builder builder(String mode) {
    return new Builder(mode);
  }

  public boolean committed() {
    return outcome == Outcome.COMMITTED;
  }

  public double documentsPerSecond() {
    return seconds <= 0 ? indexed : indexed / seconds;
  }

  /** Seconds to the millisecond, as every JSON rendering gives them. */
  public double roundedSeconds() {
    return Math.round(seconds * 1000) / 1000.0;
  }

  /** The contract's last line of a committed run. */
  public String summaryLine() {
    return String.format(Locale.ROOT, "indexed %d documents from %d files (%d skipped) in %.1f s",
        indexed, files, skipped.size(), seconds);
  }

  /**
   * The skipped files as the JSON renderings list them, keys in a fixed order (a {@code Map.of}
   * would order them differently from one JVM to the next).
   */
  public List<Map<String, String>> skippedJson() {
    return skipped.stream().map(s -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("path", s.path());
      m.put("reason", s.reason());
      m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
      return m;
    }).toList();
  }

  /** The {@code --report} file: the contract's keys first, then what only some runs have. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("indexed", indexed);
    json.put("files", files);
    json.put("skipped", skippedJson());
    json.put("warnings", warnings.stream().map(w -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("path", w.path());
      m.put("reason", w.reason());
      return m;
    }).toList());
    json.put("seconds", roundedSeconds());
    json.put("committed", committed());
    if (refusal != null) {
      json.put("refusal", refusal);
    }
    json.put("mode", mode);
    if (buildId != null) {
      json.put("build_id", buildId);
    }
    if (mode.equals("update")) {
      json.put("unchanged", unchanged);
      json.put("deleted", deleted);
    }
    return json;
  }

  /** Collects a run's figures as they become known, instead of eleven positional values. */
  public static final class Builder {
    private final String mode;
    private int indexed;
    private int files;
    private List<SkippedFile> skipped = List.of();
    private List<SkippedFile> warnings = List.of();
    private double seconds;
    private Outcome outcome = Outcome.COMMITTED;
    private String refusal;
    private String buildId;
    private int unchanged;
    private int deleted;

    private Builder(String mode) {
      this.mode = mode;
    }

    public Builder indexed(int value) {
      indexed = value;
      return this;
    }

    public Builder files(int value) {
      files = value;
      return this;
    }

    public Builder skipped(List<SkippedFile> value) {
      skipped = value;
      return this;
    }

    public Builder warnings(List<SkippedFile> value) {
      warnings = value;
      return this;
    }

    public Builder seconds(double value) {
      seconds = value;
      return this;
    }

    /** Nothing was committed, for this reason ({@code refusal} may be null for a strict run). */
    public Builder refused(Outcome why, String refusal) {
      this.outcome = why;
      this.refusal = refusal;
      return this;
    }

    public Builder buildId(String value) {
      buildId = value;
      return this;
    }

    public Builder unchanged(int value) {
      unchanged = value;
      return this;
    }

    public Builder deleted(int value) {
      deleted = value;
      return this;
    }

    public IndexReport build() {
      return new IndexReport(indexed, files, skipped, warnings, seconds, outcome, refusal, buildId, mode, unchanged,
          deleted);
    }
  }
}
