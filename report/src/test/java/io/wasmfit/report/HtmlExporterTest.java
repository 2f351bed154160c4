package io.wasmfit.report;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.report.html.HtmlAssets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlExporterTest {

    private final Exporter html = Exporters.forFormat("html").orElseThrow();

    @Test
    void everyCandidateOfTheHandBuiltReportHasARowAndADetailSection() throws IOException {
        assertEveryCandidateShown(SampleReports.shop());
    }

    @Test
    void everyCandidateOfTheExampleScanHasARowAndADetailSection() throws IOException {
        Report example = ExampleReport.load();
        assertThat(example.candidates()).hasSizeGreaterThan(10);
        assertEveryCandidateShown(example);
    }

    private static void assertEveryCandidateShown(Report report) throws IOException {
        Document doc = Jsoup.parse(render(report));

        List<Element> rows = doc.select("#candidate-table tbody tr");
        assertThat(rows).hasSize(report.candidates().size());
        for (int i = 0; i < report.candidates().size(); i++) {
            Candidate c = report.candidates().get(i);
            Element row = rows.get(i);
            assertThat(row.attr("data-name")).isEqualTo(c.name());
            assertThat(row.attr("data-overall")).isEqualTo(String.valueOf(c.scores().overall()));
            assertThat(row.select("a").attr("href")).isEqualTo("#c" + (i + 1));

            Element detail = doc.getElementById("c" + (i + 1));
            assertThat(detail).isNotNull();
            assertThat(detail.select("summary .name").text()).isEqualTo(c.name());
            assertThat(detail.select(".score .value").eachText()).containsExactly(
                    String.valueOf(c.scores().eventDriven()), String.valueOf(c.scores().shortRunning()),
                    String.valueOf(c.scores().dependencySupported()), String.valueOf(c.scores().overall()));
            for (var e : c.evidence()) {
                assertThat(detail.select("table.evidence").text()).contains(e.message());
                if (e.code() != null) {
                    assertThat(detail.select("pre.code").eachText()).anyMatch(t -> t.endsWith(e.code()));
                }
            }
            for (var d : c.dependencies()) {
                String depText = detail.select("table.deps").text();
                assertThat(depText).contains(d.library(), d.verdict().key());
                if (d.replacement() != null) {
                    assertThat(depText).contains(d.replacement());
                }
            }
            for (var b : c.blockers()) {
                assertThat(detail.select("ul.blockers").text()).contains(b.message(), b.file() + ":" + b.line());
            }
            if (c.closure() != null) {
                assertThat(detail.text()).contains(c.closure().types() + " types, " + c.closure().methods() + " methods");
            }
            assertThat(detail.select("ul.patterns a").eachAttr("href"))
                    .containsExactlyElementsOf(c.patterns().stream().map(p -> p.link()).toList());
        }
    }

    @Test
    void summaryAndChartsAddUpToTheCandidates() throws IOException {
        Report report = SampleReports.shop();
        Document doc = Jsoup.parse(render(report));

        assertThat(doc.title()).isEqualTo("wasmfit report: shop");
        assertThat(doc.select(".facts").text()).contains("/home/dev/shop", "52 Java files: 50 parsed, 2 failed");
        int total = report.candidates().size();
        assertThat(doc.select(".totals li").first().text()).isEqualTo(total + " candidates");
        int strong = ReportText.count(report, io.wasmfit.model.Verdict.STRONG);
        assertThat(doc.select(".totals .v-strong").text()).isEqualTo(strong + " strong");

        assertThat(doc.select("figure.chart svg")).hasSize(3);
        int sliceSum = doc.select(".donut .slice title").eachText().stream()
                .mapToInt(t -> Integer.parseInt(t.substring(t.indexOf(':') + 2))).sum();
        assertThat(sliceSum).isEqualTo(total);
        int histogramSum = doc.select("rect.bar:not(.trigger) title").eachText().stream()
                .mapToInt(t -> Integer.parseInt(t.substring(t.lastIndexOf(' ') + 1))).sum();
        assertThat(histogramSum).isEqualTo(total);
        List<String> triggerTitles = doc.select("rect.bar.trigger title").eachText();
        assertThat(triggerTitles).contains("http: 3", "kafka: 1", "cron: 2", "spring-event: 1");
        assertThat(triggerTitles.stream().mapToInt(t -> Integer.parseInt(t.substring(t.lastIndexOf(' ') + 1))).sum())
                .isEqualTo(total);
        assertThat(doc.select("#problems li")).hasSize(report.problems().size());
    }

    @Test
    void thePageIsSelfContainedAndItsPolicyAdmitsOnlyItsOwnStyleAndScript() throws IOException {
        Document doc = Jsoup.parse(render(SampleReports.shop()));

        assertThat(doc.select("link, img, iframe, object, embed, [src]")).isEmpty();
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("style")).hasSize(1);
        String script = doc.select("script").first().data();
        String style = doc.select("style").first().data();
        assertThat(script).isEqualTo(HtmlAssets.builtIn().js());
        assertThat(style).isEqualTo(HtmlAssets.builtIn().css()).doesNotContain("url(", "@import");
        String policy = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).contains("default-src 'none'", "script-src '" + sha256(script) + "'",
                "style-src '" + sha256(style) + "'");
        for (Element link : doc.select("a[href]")) {
            assertThat(link.attr("href")).matches("#c\\d+|https://.*");
        }
    }

    @Test
    void hostileStringsFromScannedCodeComeOutAsText() throws IOException {
        Report report = SampleReports.hostile();
        String page = render(report);
        Document doc = Jsoup.parse(page);

        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").first().data()).isEqualTo(HtmlAssets.builtIn().js());
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("img, textarea, iframe, svg[onload], link, [src]")).isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase()).doesNotStartWith("javascript:");
            }
        }
        // the strings are shown, not lost: each name is the text of its row's link
        List<Element> rows = doc.select("#candidate-table tbody tr");
        assertThat(rows).hasSize(report.candidates().size());
        for (int i = 0; i < rows.size(); i++) {
            String name = report.candidates().get(i).name();
            assertThat(rows.get(i).attr("data-name")).isEqualTo(name);
            assertThat(rows.get(i).select("a").text()).isEqualTo(name.replaceAll("\\s+", " ").trim());
        }
        assertThat(doc.select("pre.code").eachText()).anyMatch(t -> t.contains("<script>alert('x1')</script>"));
        assertThat(page).doesNotContain("<script>alert", "<img src=x", "<svg onload");
    }

    @Test
    void anEmptyReportStillRenders() throws IOException {
        Report empty = new Report(1, new io.wasmfit.model.Tool("wasmfit", "1"), io.wasmfit.model.Source.folder("/x"),
                new io.wasmfit.model.Summary(0, 0, 0, 0, 0), List.of(), List.of());
        Document doc = Jsoup.parse(render(empty));

        assertThat(doc.select("#candidate-table tbody tr")).isEmpty();
        assertThat(doc.select(".totals li").first().text()).isEqualTo("0 candidates");
        assertThat(doc.select("figure.chart")).hasSize(3);
    }

    static String render(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.forFormat("html").orElseThrow().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
