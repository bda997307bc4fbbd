package io.corroborate.ingest.web;

import java.net.URI;
import java.util.Locale;

/** Readable article ids from URLs: the last path segment without its extension, else the host. */
public final class UrlIds {
    private UrlIds() {
    }

    /** "https://news.example/2025/03/bridge-closes.html" -> "bridge-closes"; "https://news.example/" -> "news.example". */
    public static String idFor(String url, String fallback) {
        try {
            URI u = URI.create(url.strip());
            String path = u.getPath() == null ? "" : u.getPath();
            String[] parts = path.split("/");
            for (int i = parts.length - 1; i >= 0; i--) {
                String seg = parts[i];
                int dot = seg.lastIndexOf('.');
                if (dot > 0) seg = seg.substring(0, dot);
                seg = slug(seg);
                if (!seg.isEmpty() && !seg.equals("index")) return seg;
            }
            if (u.getHost() != null && !u.getHost().isEmpty()) return u.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            // not a URL: use the fallback
        }
        return fallback;
    }

    private static String slug(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 80; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') sb.append(c);
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
