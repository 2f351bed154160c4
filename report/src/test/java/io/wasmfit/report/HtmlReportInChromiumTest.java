package io.wasmfit.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.model.Verdict;
import io.wasmfit.report.html.HtmlView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the HTML report in a real headless Chromium: no console errors, the table sorts and
 * filters, links open candidates, narrow windows do not scroll sideways, print hides the controls.
 * Screenshots go to target/screenshots (docs/report-html.png is one of them).
 */
class HtmlReportInChromiumTest {

    private static final String ROWS = "Array.from(document.querySelectorAll('#candidate-table tbody tr'))";

    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        chromium = Chromium.find().orElse(null);
        assumeTrue(chromium != null, "SKIPPED: no chromium on the PATH; install Debian's package "
                + "(apt-get install -y chromium) or set WASMFIT_CHROMIUM to run the browser test");
    }

    @Test
    void theReportSortsFiltersAndPrintsWithoutConsoleErrors(@TempDir Path dir) throws Exception {
        Report report = ExampleReport.load();
        Path page = writeHtml(report, dir);

        try (Chromium browser = Chromium.start(chromium, dir.resolve("profile"))) {
            enableDomains(browser);
            browser.open(page.toUri());

            assertThat(texts(browser.eval(ROWS + ".map(r => r.dataset.name)")))
                    .containsExactlyElementsOf(report.candidates().stream().map(Candidate::name).toList());

            click(browser, "overall");
            List<Integer> overall = numbers(browser.eval(ROWS + ".map(r => Number(r.dataset.overall))"));
            assertThat(overall).hasSize(report.candidates().size()).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(browser.eval("document.querySelector('th[data-key=overall]').getAttribute('aria-sort')").asText())
                    .isEqualTo("descending");
            click(browser, "overall");
            assertThat(numbers(browser.eval(ROWS + ".map(r => Number(r.dataset.overall))"))).isSorted();

            click(browser, "name");
            List<String> names = texts(browser.eval(ROWS + ".map(r => r.dataset.name.toLowerCase())"));
            assertThat(names).isSorted();
            click(browser, "name");
            assertThat(texts(browser.eval(ROWS + ".map(r => r.dataset.name.toLowerCase())")))
                    .isSortedAccordingTo(Comparator.reverseOrder());

            long strong = report.candidates().stream().filter(c -> c.verdict() == Verdict.STRONG).count();
            browser.eval("(() => { const s = document.getElementById('verdict-filter'); s.value = 'strong';"
                    + " s.dispatchEvent(new Event('change')); })()");
            assertThat(browser.eval(ROWS + ".filter(r => !r.hidden).length").asLong()).isEqualTo(strong);
            assertThat(browser.eval("document.querySelectorAll('details.candidate:not([hidden])').length").asLong())
                    .isEqualTo(strong);
            assertThat(browser.eval("document.getElementById('shown').textContent").asText())
                    .isEqualTo(strong + " of " + report.candidates().size() + " shown");

            String word = report.candidates().get(0).name().toLowerCase(Locale.ROOT);
            browser.eval("(() => { document.getElementById('verdict-filter').value = '';"
                    + " const f = document.getElementById('filter'); f.value = " + jsString(word) + ";"
                    + " f.dispatchEvent(new Event('input')); })()");
            long matching = report.candidates().stream()
                    .filter(c -> new HtmlView.CandidateView(0, c).searchText().contains(word)).count();
            assertThat(texts(browser.eval(ROWS + ".filter(r => !r.hidden).map(r => r.dataset.name)")))
                    .contains(report.candidates().get(0).name())
                    .hasSize((int) matching);
            browser.eval("(() => { const f = document.getElementById('filter'); f.value = 'no-such-candidate-xyz';"
                    + " f.dispatchEvent(new Event('input')); })()");
            assertThat(browser.eval("document.getElementById('no-match').hidden").asBoolean()).isFalse();
            browser.eval("(() => { const f = document.getElementById('filter'); f.value = '';"
                    + " f.dispatchEvent(new Event('input')); })()");

            browser.eval("(() => { document.querySelector('#candidate-table tbody tr a').click(); })()");
            String anchor = browser.eval("location.hash.slice(1)").asText();
            assertThat(browser.eval("document.getElementById(" + jsString(anchor) + ").open").asBoolean()).isTrue();

            click(browser, "overall");
            browser.eval("window.scrollTo(0, 0)");
            save(browser.screenshot(), "report-desktop.png");
            // a candidate with something to replace makes the more telling picture
            browser.eval("(() => { const b = document.querySelector('details.candidate .dep-replaceable');"
                    + " const d = b ? b.closest('details') : document.querySelector('details.candidate');"
                    + " d.open = true; d.scrollIntoView(); })()");
            save(browser.screenshot(), "report-candidate.png");

            browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 400, "height", 860,
                    "deviceScaleFactor", 1, "mobile", true));
            browser.eval("window.scrollTo(0, 0)");
            assertThat(browser.eval("document.documentElement.scrollWidth <= window.innerWidth").asBoolean())
                    .as("a narrow window does not scroll sideways").isTrue();
            save(browser.screenshot(), "report-narrow.png");
            browser.send("Emulation.clearDeviceMetricsOverride", Map.of());

            int openBefore = browser.eval("document.querySelectorAll('details.candidate[open]').length").asInt();
            browser.eval("window.dispatchEvent(new Event('beforeprint'))");
            assertThat(browser.eval("document.querySelectorAll('details.candidate:not([open])').length").asInt())
                    .as("every candidate is expanded for printing").isZero();
            browser.eval("window.dispatchEvent(new Event('afterprint'))");
            assertThat(browser.eval("document.querySelectorAll('details.candidate[open]').length").asInt())
                    .as("and back as they were afterwards").isEqualTo(openBefore);
            assertThat(openBefore).isLessThan(report.candidates().size());

            browser.send("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.eval("getComputedStyle(document.querySelector('.controls')).display").asText())
                    .isEqualTo("none");
            JsonNode pdf = browser.send("Page.printToPDF", Map.of());
            assertThat(pdf.get("data").asText()).isNotEmpty();

            assertThat(browser.errors()).as("console errors").isEmpty();
        }
    }

    @Test
    void hostileStringsRunNoScriptInTheBrowser(@TempDir Path dir) throws Exception {
        Report report = SampleReports.hostile();
        Path page = writeHtml(report, dir);

        try (Chromium browser = Chromium.start(chromium, dir.resolve("profile"))) {
            enableDomains(browser);
            browser.open(page.toUri());
            browser.eval("document.getElementById('expand-all').click()");

            assertThat(browser.eval("document.scripts.length").asInt()).isEqualTo(1);
            assertThat(browser.eval("document.querySelectorAll('img, iframe, textarea').length").asInt()).isZero();
            assertThat(browser.eval(ROWS + ".length").asInt()).isEqualTo(report.candidates().size());
            assertThat(browser.errors()).as("console errors (a blocked inline script would show here)").isEmpty();
            assertThat(browser.eventsNamed("Page.javascriptDialogOpening")).as("alert() dialogs").isZero();

            // and if markup ever slipped through, the page's policy would still refuse to run it
            browser.eval("(() => { const s = document.createElement('script'); s.textContent = 'window.pwned = 1';"
                    + " document.body.appendChild(s); })()");
            assertThat(browser.eval("typeof window.pwned").asText()).isEqualTo("undefined");
            assertThat(browser.errors()).anyMatch(e -> e.contains("Content Security Policy"));
        }
    }

    private static void enableDomains(Chromium browser) throws Exception {
        browser.send("Page.enable", Map.of());
        browser.send("Runtime.enable", Map.of());
        browser.send("Log.enable", Map.of());
    }

    private static Path writeHtml(Report report, Path dir) throws Exception {
        return new OutputFolder(dir.resolve("out")).write(report, List.of(Exporters.forFormat("html").orElseThrow())).get(0);
    }

    private static void click(Chromium browser, String column) throws Exception {
        browser.eval("document.querySelector('th[data-key=" + column + "] button').click()");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Integer> numbers(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static String jsString(String text) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
    }

    private static void save(byte[] png, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), png);
    }
}
