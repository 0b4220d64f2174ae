package org.migrationsearch.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.migrationsearch.cli.Main;

/** One in-process run of the command line, with what it printed. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
