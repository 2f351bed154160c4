package io.wasmfit.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import io.wasmfit.model.Report;
import io.wasmfit.report.html.HtmlAssets;
import io.wasmfit.report.html.HtmlView;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code wasmfit-report.html}: one self-contained page (inline CSS, JS and SVG charts, no network).
 * The jte templates in {@code src/main/jte} are compiled to Java at build time and escape every
 * value for where it lands; the page's Content-Security-Policy admits only its own style and script.
 */
final class HtmlExporter implements Exporter {

    private static final String TEMPLATE_PACKAGE = "io.wasmfit.report.html.templates";
    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(null, ContentType.Html, HtmlExporter.class.getClassLoader(), TEMPLATE_PACKAGE);

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String description() {
        return "HTML: one self-contained page with charts, a sortable table and every candidate's evidence";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        TEMPLATES.render("report.jte", HtmlView.of(report, HtmlAssets.builtIn()), new WriterOutput(writer));
        writer.flush();
    }

    @Override
    public List<String> signatures() {
        return List.of("<meta name=\"generator\" content=\"wasmfit");
    }
}
