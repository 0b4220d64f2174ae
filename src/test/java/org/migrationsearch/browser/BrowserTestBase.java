package org.migrationsearch.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.migrationsearch.search.Json;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts headless Chromium through ChromeDriver (both from /usr/bin, nothing downloaded) against the shared
 * {@link TestServer}. Skips the test class when either program is missing.
 */
abstract class BrowserTestBase {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static ChromeDriver driver;
  static WebDriverWait wait;
  static String base;
  private static ChromeDriverService service;
  private static Path profile;

  @BeforeAll
  static void startBrowser() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + "; browser tests skipped");
    assumeTrue(Files.isExecutable(CHROMEDRIVER), "no ChromeDriver at " + CHROMEDRIVER + "; browser tests skipped");
    base = TestServer.get().base();
    profile = Files.createTempDirectory("browser-test-profile");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1280,900");
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (service != null) {
      service.stop();
      service = null;
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      profile = null;
    }
  }

  @BeforeEach
  void normalWindow() {
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  /** Opens a page of the test server and waits until its script has finished rendering. */
  static void open(String pathAndQuery) {
    driver.get(base + pathAndQuery);
    waitReady();
  }

  /** Waits until the page's script reports it is done (data-state on body is ready or error). */
  static void waitReady() {
    wait.until(d -> {
      Object s = ((ChromeDriver) d).executeScript("return document.body && document.body.dataset.state");
      return "ready".equals(s) || "error".equals(s);
    });
  }

  /** Waits for the address to change (a pushState) and for the new search to render. */
  static void waitForAddressChange(String before) {
    wait.until(d -> !d.getCurrentUrl().equals(before));
    waitReady();
  }

  static WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  static List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The total shown in the result summary, as a number. */
  static long shownTotal() {
    return Long.parseLong(find("#total").getText().replace(",", ""));
  }

  /** The query parameters of the browser's current address (decoded; repeated keys kept in order). */
  static List<Map.Entry<String, String>> addressParams() {
    String url = driver.getCurrentUrl();
    int q = url.indexOf('?');
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (q < 0) {
      return out;
    }
    for (String pair : url.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.add(Map.entry(k, v));
    }
    return out;
  }

  static List<String> addressValues(String key) {
    return addressParams().stream().filter(e -> e.getKey().equals(key)).map(Map.Entry::getValue).toList();
  }

  /** GET on the test server, outside the browser. */
  static HttpResponse<String> http(String pathOrUrl) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The API's JSON answer as a map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> api(String pathAndQuery) {
    try {
      return Json.mapper().readValue(http(pathAndQuery).body(), Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the page (beyond the window, up to 1700 pixels down) to target/screenshots/NAME.png. */
  static void screenshot(String name) {
    try {
      Number width = (Number) driver.executeScript("return window.innerWidth");
      Number height = (Number) driver.executeScript("return Math.min(document.documentElement.scrollHeight, 1700)");
      Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
          "format", "png", "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
      Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
