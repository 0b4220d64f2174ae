package org.migrationsearch.search;

import java.util.Map;
import org.migrationsearch.index.IndexSchema;

/** What the index's last commit says about the build that made it. */
public record BuildInfo(String buildId, String builtAt, String corpus) {

  static BuildInfo fromUserData(Map<String, String> userData) {
    return new BuildInfo(
        userData.getOrDefault(IndexSchema.COMMIT_BUILD_ID, "unknown"),
        userData.get(IndexSchema.COMMIT_BUILT_AT),
        userData.get(IndexSchema.COMMIT_CORPUS));
  }
}
