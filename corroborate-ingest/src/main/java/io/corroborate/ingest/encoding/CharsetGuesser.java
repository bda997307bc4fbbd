package io.corroborate.ingest.encoding;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Picks the most plausible single-byte charset for bytes that are not UTF-8. Stateless.
 *
 * <p>Each candidate decodes the bytes and loses points for what real text rarely holds: C1 control
 * characters (ISO-8859 decodings of windows-125x bytes 0x80–0x9F), symbols such as ¹ ³ ¾ ± wedged between
 * letters (ISO-8859-2 letters read as Latin-1), the generic currency sign ¤ (a euro in ISO-8859-15), words
 * mixing Latin and Cyrillic letters, and Latin words made mostly of accented letters (Cyrillic read as
 * Latin-1). Ties go to the earlier, more common candidate; when no byte falls in 0x80–0x9F the Latin-1
 * family is reported as ISO-8859-1, which decodes those bytes exactly like windows-1252.
 */
public final class CharsetGuesser {
    /** Candidates in order of preference on a tie. */
    public static final List<Charset> CANDIDATES = List.of(
            Charset.forName("windows-1252"), Charset.forName("ISO-8859-15"), Charset.forName("windows-1250"),
            Charset.forName("ISO-8859-2"), Charset.forName("windows-1251"));

    private static final String ODD_SYMBOLS = "¤¦¨´¸¹²³¼½¾¶±¿×÷«»§°µ·¬¯®©¡¢¥";

    private CharsetGuesser() {
    }

    public static Charset guess(byte[] bytes) {
        Charset best = CANDIDATES.get(0);
        int bestScore = Integer.MIN_VALUE;
        for (Charset cs : CANDIDATES) {
            int s = score(new String(bytes, cs));
            if (s > bestScore) {
                best = cs;
                bestScore = s;
            }
        }
        if (best.name().equals("windows-1252") && !hasC1Range(bytes)) return Charset.forName("ISO-8859-1");
        return best;
    }

    private static boolean hasC1Range(byte[] bytes) {
        for (byte b : bytes) if ((b & 0xff) >= 0x80 && (b & 0xff) <= 0x9f) return true;
        return false;
    }

    /** Higher is more plausible; 0 is text with nothing odd in it. */
    static int score(String s) {
        int score = 0, n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if ((c >= 0x80 && c <= 0x9f) || c == '\uFFFD') {
                score -= 5;
                i++;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < n && Character.isLetter(s.charAt(j))) j++;
                score -= wordPenalty(s, i, j);
                i = j;
            } else {
                if (c == '¤') score -= 2;
                if (ODD_SYMBOLS.indexOf(c) >= 0 && i > 0 && i + 1 < n
                        && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1))) {
                    score -= 3;
                }
                i++;
            }
        }
        return score;
    }

    private static int wordPenalty(String s, int from, int to) {
        int latin = 0, cyrillic = 0, accented = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
            else if (script == Character.UnicodeScript.LATIN) {
                latin++;
                if (c >= 0x80) accented++;
            }
        }
        if (latin > 0 && cyrillic > 0) return 3;
        if (to - from >= 3 && accented * 2 > to - from) return 1;
        return 0;
    }
}
