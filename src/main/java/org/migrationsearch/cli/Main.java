package org.migrationsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar migration-search.jar <command>}: the entry point of every command. */
@Command(
    name = "migration-search",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Full-text search over migration-policy documents.",
    subcommands = {IndexCommand.class, SearchCommand.class, StatsCommand.class, ServeCommand.class, EvalCommand.class,
        PushCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit status, for tests that call the CLI in-process. */
  public static int run(String... args) {
    return run(null, null, args);
  }

  /** Runs a command line printing to the given writers (null: standard out and err), for tests. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    StartupTimes.mainEntered();
    CommandLine cli = new CommandLine(new Main());
    if (out != null) {
      cli.setOut(out);
    }
    if (err != null) {
      cli.setErr(err);
    }
    // search --json promises the API's JSON even for options picocli itself refuses (--size abc).
    CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler((e, commandArgs) -> {
      if (java.util.Arrays.asList(commandArgs).contains("--json")) {
        e.getCommandLine().getOut().println(org.migrationsearch.search.Json.write(
            org.migrationsearch.search.ErrorBody.of("bad_parameter", e.getMessage())));
        e.getCommandLine().getOut().flush();
      }
      return usage.handleParseException(e, commandArgs);
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return ExitCodes.FATAL;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
