package org.migrationsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.migrationsearch.config.AppConfig;
import org.migrationsearch.search.ErrorBody;
import java.io.IOException;
import org.migrationsearch.search.IndexAccess;
import org.migrationsearch.search.IndexMissingException;
import org.migrationsearch.search.Json;
import org.migrationsearch.search.RequestParameters;
import org.migrationsearch.search.SearchException;
import org.migrationsearch.search.SearchRequest;
import org.migrationsearch.search.SearchResponse;
import org.migrationsearch.search.SearchService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code search}: ranked results, snippets and facet counts in the terminal, or the API's JSON. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the index. Without QUERY every document matches.",
        "Query syntax: words (documents with all of them first), \"exact phrases\", AND/OR/NOT, +/-, title: and text:,"
            + " wildcards (migra*), fuzzy (asylum~) and proximity (\"border security\"~5)."})
final class SearchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions.Index index = new ConfigOptions.Index();

  @Option(names = "--country", paramLabel = "CC", description = "ISO country code or name; repeat for any of several") List<String> country;
  @Option(names = "--not-country", paramLabel = "CC", description = "drop documents about this country; repeatable") List<String> notCountry;
  @Option(names = "--country-match", paramLabel = "any|all", description = "documents need any (default) or all of the --country values") String countryMatch;
  @Option(names = "--topic", paramLabel = "T", description = "topic slug; repeatable") List<String> topic;
  @Option(names = "--not-topic", paramLabel = "T", description = "drop documents with this topic; repeatable") List<String> notTopic;
  @Option(names = "--topic-match", paramLabel = "any|all", description = "any (default) or all of the --topic values") String topicMatch;
  @Option(names = "--type", paramLabel = "T", description = "document type; repeatable") List<String> type;
  @Option(names = "--not-type", paramLabel = "T", description = "drop documents of this type; repeatable") List<String> notType;
  @Option(names = "--type-match", paramLabel = "any|all", description = "any (default) or all of the --type values") String typeMatch;
  @Option(names = "--language", paramLabel = "L", description = "ISO 639-1 language; repeatable") List<String> language;
  @Option(names = "--not-language", paramLabel = "L", description = "drop documents in this language; repeatable") List<String> notLanguage;
  @Option(names = "--language-match", paramLabel = "any|all", description = "any (default) or all of the --language values") String languageMatch;
  @Option(names = "--source", paramLabel = "S", description = "source; repeatable") List<String> source;
  @Option(names = "--not-source", paramLabel = "S", description = "drop documents from this source; repeatable") List<String> notSource;
  @Option(names = "--source-match", paramLabel = "any|all", description = "any (default) or all of the --source values") String sourceMatch;
  @Option(names = "--from", paramLabel = "DATE", description = "first date, yyyy-mm-dd (inclusive)") String from;
  @Option(names = "--to", paramLabel = "DATE", description = "last date, yyyy-mm-dd (inclusive)") String to;
  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default), newest or oldest") String sort;
  @Option(names = "--page", paramLabel = "N", description = "page, from 1") Integer page;
  @Option(names = "--size", paramLabel = "N", description = "hits per page (default 10, at most 100)") Integer size;
  @Option(names = "--syntax", paramLabel = "S", description = "lucene (default) or simple (never fails)") String syntax;
  @Option(names = "--json", description = "print the JSON body of GET /api/search") boolean json;
  @Option(names = "--no-expand", description = "search only the words typed, without thesaurus concepts and translations")
  boolean noExpand;
  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the query") List<String> query;

  @Override
  public Integer call() throws Exception {
    AppConfig config = ConfigOptions.resolve(null, index);
    Map<String, List<String>> params = RequestParameters.builder(
        "q", query == null ? null : String.join(" ", query),
        "country", country, "not_country", notCountry, "country_match", countryMatch,
        "topic", topic, "not_topic", notTopic, "topic_match", topicMatch,
        "type", type, "not_type", notType, "type_match", typeMatch,
        "language", language, "not_language", notLanguage, "language_match", languageMatch,
        "source", source, "not_source", notSource, "source_match", sourceMatch,
        "from", from, "to", to, "sort", sort, "page", page, "size", size, "syntax", syntax,
        "expand", noExpand ? "false" : null);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (IndexAccess access = IndexAccess.open(config.index())) {
      SearchService service = new SearchService(access, config.queryTimeout());
      SearchRequest request = RequestParameters.parse(params);
      SearchResponse response = service.search(request);
      if (json) {
        out.println(Json.write(response));
      } else {
        new TerminalFormat(out, TerminalFormat.useColour()).print(request, response);
      }
      out.flush();
      return ExitCodes.OK;
    } catch (SearchException e) {
      return fail(ErrorBody.of(e), out, err);
    } catch (IndexMissingException e) {
      return fail(ErrorBody.of("not_found", e.getMessage()), out, err);
    } catch (IOException | RuntimeException e) {
      return fail(ErrorBody.of("internal", "the index cannot be searched: " + e.getMessage()), out, err);
    }
  }

  /** With --json, the API's error body on stdout, so scripts read one format; a line on stderr always. */
  private int fail(ErrorBody body, PrintWriter out, PrintWriter err) {
    if (json) {
      out.println(Json.write(body));
      out.flush();
    }
    err.println("error: " + body.error() + ": " + body.message()
        + (body.position() == null ? "" : " (at character " + body.position() + ")"));
    return ExitCodes.FATAL;
  }

}
