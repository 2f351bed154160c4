package io.wasmfit.analyzer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Every way a source file can be encoded gives the text its author wrote, or says why not. */
class SourceTextTest {

    private static byte[] bom(byte[] content) {
        byte[] out = new byte[content.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(content, 0, out, 3, content.length);
        return out;
    }

    @Test
    void asciiAndUtf8WithOrWithoutAByteOrderMarkReadAsWritten() {
        String ascii = "class A { String s = \"plain\"; }\n";
        String utf8 = "class B { String s = \"café – 東京\"; }\n";
        for (String text : new String[] {ascii, utf8}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(SourceText.decode(bytes)).isEqualTo(new SourceText(text, null, 0));
            assertThat(SourceText.decode(bom(bytes))).isEqualTo(new SourceText(text, null, 0));
        }
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithTheLineSaid() {
        byte[] bytes = "class C {\n  String s = \"caf\u00e9\";\n}\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceText read = SourceText.decode(bytes);
        assertThat(read.text()).contains("café");
        assertThat(read.note()).contains("not valid UTF-8 (line 2)");
        assertThat(read.line()).isEqualTo(2);
    }

    @Test
    void binaryContentIsRefused() {
        SourceText read = SourceText.decode(new byte[] {'c', 'l', 0, 's'});
        assertThat(read.refused()).isTrue();
        assertThat(read.note()).contains("binary");
    }
}
