import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.enrich.Enricher;

/**
 * Prints every label enrichment detects for the documents of .jsonl files, one JSON line per
 * document, with the declared labels removed first so that all of them are detected. Two builds'
 * outputs are diffed to show that a change to the detectors left their results alone.
 *
 * Usage: java -cp target/migration-search.jar bench/LabelDump.java MAX_DOCS FILE.jsonl ...
 */
public class LabelDump {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    int max = Integer.parseInt(args[0]);
    int done = 0;
    for (int f = 1; f < args.length && done < max; f++) {
      try (BufferedReader r = Files.newBufferedReader(Path.of(args[f]), StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null && done < max; line = r.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = json.readTree(line);
          Document bare = new Document(n.path("id").asText(), null, n.path("title").asText(""), null,
              null, null, null, null, List.of(), List.of(), n.path("text").asText(""));
          Document d = Enricher.standard().enrich(bare);
          var out = json.createObjectNode();
          out.put("id", d.id());
          out.put("date", d.date());
          out.put("type", d.type());
          out.put("language", d.language());
          out.put("source", d.source());
          out.set("countries", json.valueToTree(d.countries()));
          out.set("topics", json.valueToTree(d.topics()));
          out.set("reasons", json.valueToTree(d.labelReasons()));
          System.out.println(json.writeValueAsString(out));
          done++;
        }
      }
    }
  }
}
