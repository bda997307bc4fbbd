package io.corroborate.ingest.text;

import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the lines of a plain-text article are: an optional headline, page furniture, and body text.
 * The text itself is never changed; the headline and furniture come back as spans to skip.
 *
 * @param title      the headline (Markdown '#' marks removed), or null
 * @param titleSpan  where the headline is, or null
 * @param byline     the byline's names ("By Jane Doe" gives "Jane Doe"), or null
 * @param skipped    spans of the headline and every furniture line, in text order
 * @param furniture  what each furniture line was, parallel to the furniture part of {@code skipped}
 */
public record PlainTextLayout(String title, Span titleSpan, String byline, List<Span> skipped,
                              List<Furniture> furniture) {
    /** The headline is looked for among this many leading non-blank, non-furniture lines. */
    public static final int TITLE_WINDOW = 3;

    public PlainTextLayout {
        skipped = List.copyOf(skipped);
        furniture = List.copyOf(furniture);
    }

    public static PlainTextLayout of(String text, boolean markdown) {
        String title = null, byline = null;
        Span titleSpan = null;
        List<Span> skipped = new ArrayList<>();
        List<Furniture> kinds = new ArrayList<>();
        int contentLines = 0;
        int pos = 0, n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            int next = eol < 0 ? n : eol + 1;
            int s = pos, e = eol < 0 ? n : eol;
            while (s < e && isBlank(text.charAt(s))) s++;
            while (e > s && isBlank(text.charAt(e - 1))) e--;
            pos = next;
            if (s == e) continue;
            String line = text.substring(s, e);
            Optional<Furniture> kind = FurnitureRules.classify(line, markdown);
            if (title == null && contentLines < TITLE_WINDOW && headlineShaped(kind, line, markdown)) {
                String t = markdown ? line.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+$", "") : line;
                if (Headlines.isHeadline(t, contentLines == 0)) {
                    title = t;
                    titleSpan = new Span(s, e);
                    skipped.add(titleSpan);
                    contentLines++;
                    continue;
                }
            }
            if (kind.isPresent()) {
                skipped.add(new Span(s, e));
                kinds.add(kind.get());
                if (kind.get() == Furniture.BYLINE && byline == null) byline = line.replaceFirst("(?i)^by\\s+", "");
            } else {
                contentLines++;
            }
        }
        return new PlainTextLayout(title, titleSpan, byline, skipped, kinds);
    }

    /** Headlines may look like furniture (capitals, title case, a Markdown heading); prompts never are. */
    private static boolean headlineShaped(Optional<Furniture> kind, String line, boolean markdown) {
        if (kind.isEmpty()) return true;
        return switch (kind.get()) {
            case TEASER_HEADLINE, ALL_CAPS -> true;
            case MARKUP -> markdown && line.startsWith("#");
            default -> false;
        };
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF';
    }
}
