package org.migrationsearch.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.migrationsearch.cli.Main;

/** One in-process run of the command line, with what it printed. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** {@code search --index INDEX ARGS...}. */
  public static CliRun search(Path index, String... args) {
    return of(Stream.concat(Stream.of("search", "--index", index.toString()), Stream.of(args)).toArray(String[]::new));
  }
}
