package io.corroborate.ingest.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String FRENCH = "Le pont a été fermé mardi après la découverte d’une fissure. « Nous rouvrirons bientôt », a déclaré la maire.";
    private static final String CZECH = "Most byl uzavřen v úterý. Příliš žluťoučký kůň úpěl ďábelské ódy, řekla starostka.";
    private static final String POLISH = "Most zamknięto we wtorek. Zażółć gęślą jaźń, powiedziała burmistrz Łucja Świątek.";
    private static final String RUSSIAN = "Мост закрыли во вторник после того, как инженеры нашли трещину в главном пролёте.";

    private static Decoded decode(String s, Charset cs) throws BinaryContentException {
        return TextDecoder.decode(s.getBytes(cs));
    }

    @Test
    void validUtf8IsUtf8() throws Exception {
        Decoded d = decode(FRENCH, StandardCharsets.UTF_8);
        assertEquals(FRENCH, d.text());
        assertEquals(Decoded.Method.VALID_UTF8, d.method());
    }

    @Test
    void utf8BomIsDroppedFromTheText() throws Exception {
        byte[] body = "Bridge shut.".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF; b[1] = (byte) 0xBB; b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        Decoded d = TextDecoder.decode(b);
        assertEquals("Bridge shut.", d.text());
        assertEquals(Decoded.Method.BOM, d.method());
    }

    @Test
    void utf16WithAndWithoutBom() throws Exception {
        assertEquals(FRENCH, decode(FRENCH, StandardCharsets.UTF_16).text()); // BE with a mark
        Decoded le = TextDecoder.decode(("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(FRENCH, le.text());
        Decoded bare = decode("The bridge was closed on Tuesday.", StandardCharsets.UTF_16LE);
        assertEquals("The bridge was closed on Tuesday.", bare.text());
        assertEquals(Decoded.Method.UTF16_PATTERN, bare.method());
    }

    @Test
    void windows1252WithCurlyQuotesIsGuessed() throws Exception {
        Decoded d = decode(FRENCH, Charset.forName("windows-1252"));
        assertEquals(FRENCH, d.text());
        assertEquals("windows-1252", d.charset().name());
        assertTrue(d.guessed());
    }

    @Test
    void latin1WithoutC1BytesIsReportedAsIso88591() throws Exception {
        String s = "Le pont a été fermé mardi, a déclaré la maire.";
        Decoded d = decode(s, StandardCharsets.ISO_8859_1);
        assertEquals(s, d.text());
        assertEquals("ISO-8859-1", d.charset().name());
    }

    @Test
    void centralEuropeanTextIsNotReadAsLatin1() throws Exception {
        assertEquals(CZECH, decode(CZECH, Charset.forName("ISO-8859-2")).text());
        assertEquals(POLISH, decode(POLISH, Charset.forName("ISO-8859-2")).text());
        assertEquals(POLISH, decode(POLISH, Charset.forName("windows-1250")).text());
    }

    @Test
    void euroSignPicksIso885915() throws Exception {
        String s = "Le billet coûte 5 € depuis mardi.";
        Decoded d = decode(s, Charset.forName("ISO-8859-15"));
        assertEquals(s, d.text());
    }

    @Test
    void cyrillicWindows1251IsRecognised() throws Exception {
        assertEquals(RUSSIAN, decode(RUSSIAN, Charset.forName("windows-1251")).text());
    }

    @Test
    void binaryBytesAreRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertTrue(assertThrows(BinaryContentException.class, () -> TextDecoder.decode(png)).getMessage().contains("PNG"));
        byte[] nul = "abc\0def ghi jkl mno".getBytes(StandardCharsets.US_ASCII);
        nul[10] = 0;
        assertThrows(BinaryContentException.class, () -> TextDecoder.decode(nul));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 2 == 0 ? 'a' : 3);
        assertTrue(assertThrows(BinaryContentException.class, () -> TextDecoder.decode(controls))
                .getMessage().contains("control"));
    }
}
