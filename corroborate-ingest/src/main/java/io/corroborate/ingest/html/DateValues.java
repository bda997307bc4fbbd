package io.corroborate.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date strings web pages put in metadata, URLs and datelines: ISO-8601 and its loose variants,
 * RFC 1123, compact {@code 20191119}, epoch seconds/milliseconds, and "19 November 2019" / "November 19, 2019"
 * with month names in the main European languages. Stateless.
 */
final class DateValues {
    /** A parsed date, with the ISO-8601 date-time when the source gave a time. */
    record Parsed(LocalDate date, String iso) { }

    private DateValues() { }

    // years a news page can plausibly carry; guards against ids and prices read as dates
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?(?!\\d)");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+)?([\\p{L}]{3,12})\\.?,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])([\\p{L}]{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    private static final Pattern URL_DATE_SEP = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    private static final Pattern URL_DATE_MONTH_NAME = Pattern.compile(
            "/((?:19|20)\\d{2})/([a-z]{3,9})/(0?[1-9]|[12]\\d|3[01])(?=/)", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        String[][] names = {
                // en, de, fr, es, it, pt, nl, sv/da/no, pl, cs, fi (stems are matched by prefix below)
                {"january", "jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari",
                        "stycznia", "styczeń", "ledna", "tammikuuta", "jänner"},
                {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro",
                        "fev", "februari", "lutego", "luty", "února", "helmikuuta"},
                {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca", "marzec",
                        "března", "maaliskuuta", "mrz"},
                {"april", "apr", "avril", "abril", "abr", "aprile", "kwietnia", "kwiecień", "dubna", "huhtikuuta"},
                {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "května", "toukokuuta"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "června",
                        "kesäkuuta"},
                {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec",
                        "července", "heinäkuuta"},
                {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia", "sierpień",
                        "srpna", "elokuuta"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "september",
                        "września", "wrzesień", "září", "syyskuuta"},
                {"october", "oct", "oktober", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "okt",
                        "października", "październik", "října", "lokakuuta"},
                {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "marraskuuta"},
                {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                        "dezembro", "grudnia", "grudzień", "prosince", "joulukuuta"},
        };
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) m.putIfAbsent(n, i + 1);
        }
        return Map.copyOf(m);
    }

    static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        return MONTHS.get(n);
    }

    /** A metadata value: ISO-8601 and the other machine formats first, then written-out dates. */
    static Parsed parse(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 200) return null;
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            Parsed p = fromIso(m);
            if (p != null) return p;
        }
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            if (s.length() == 10) v *= 1000;
            OffsetDateTime t = java.time.Instant.ofEpochMilli(v).atOffset(ZoneOffset.UTC);
            if (plausible(t.getYear())) return new Parsed(t.toLocalDate(), t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return new Parsed(t.toLocalDate(), t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeException ignored) {
            // not RFC 1123; try the rest
        }
        m = SLASHED.matcher(s);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) return new Parsed(d, d.toString());
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) return new Parsed(d, d.toString());
        }
        return parseWritten(s);
    }

    /** A date written in prose ("19 November 2019", "Nov. 19, 2019", "19.11.2019"). */
    static Parsed parseWritten(String s) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            Integer mon = month(m.group(2));
            if (mon != null) {
                LocalDate d = date(m.group(3), String.valueOf(mon), m.group(1));
                if (d != null) return new Parsed(d, d.toString());
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) {
            Integer mon = month(m.group(1));
            if (mon != null) {
                LocalDate d = date(m.group(3), String.valueOf(mon), m.group(2));
                if (d != null) return new Parsed(d, d.toString());
            }
        }
        m = NUMERIC_DMY.matcher(s);
        if (m.find()) {
            // day first: the European order; a US-style month-first date is read as such only when day > 12
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            LocalDate d = b > 12 ? date(m.group(3), m.group(1), m.group(2)) : date(m.group(3), m.group(2), m.group(1));
            if (d != null && a > 0) return new Parsed(d, d.toString());
        }
        return null;
    }

    /** Where the first written-out date of {@code s} starts, or -1 (see {@link #parseWritten}). */
    static int writtenDateStart(String s) {
        int best = -1;
        for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                boolean monthFirst = p == MONTH_DAY_YEAR;
                Integer mon = month(m.group(monthFirst ? 1 : 2));
                if (mon != null) {
                    if (best < 0 || m.start() < best) best = m.start();
                    break;
                }
            }
        }
        Matcher m = NUMERIC_DMY.matcher(s);
        if (m.find() && (best < 0 || m.start() < best)) best = m.start();
        return best;
    }

    /** A date in a URL path: /2019/11/19/, /2019-11-19-, /20191119/. */
    static Parsed fromUrl(String url) {
        if (url == null) return null;
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        Matcher named = URL_DATE_MONTH_NAME.matcher(path);
        if (named.find()) {
            Integer mon = month(named.group(2));
            LocalDate d = mon == null ? null : date(named.group(1), String.valueOf(mon), named.group(3));
            if (d != null) return new Parsed(d, d.toString());
        }
        Matcher m = URL_DATE_SEP.matcher(path);
        if (!m.find()) {
            m = URL_DATE.matcher(path);
            if (!m.find()) return null;
        }
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        return d == null ? null : new Parsed(d, d.toString());
    }

    private static Parsed fromIso(Matcher m) {
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        if (d == null) return null;
        if (m.group(4) == null) return new Parsed(d, d.toString());
        try {
            int h = Integer.parseInt(m.group(4));
            int min = Integer.parseInt(m.group(5));
            int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            LocalDateTime t = LocalDateTime.of(d, java.time.LocalTime.of(h, min, sec));
            String zone = m.group(7);
            if (zone == null) return new Parsed(d, t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            ZoneOffset off;
            if (zone.equals("Z")) {
                off = ZoneOffset.UTC;
            } else {
                String z = zone.replace(":", "");
                int sign = z.charAt(0) == '-' ? -1 : 1;
                int hh = Integer.parseInt(z.substring(1, 3));
                int mm = z.length() >= 5 ? Integer.parseInt(z.substring(3, 5)) : 0;
                off = ZoneOffset.ofHoursMinutes(sign * hh, sign * mm);
            }
            return new Parsed(d, OffsetDateTime.of(t, off).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeException | NumberFormatException e) {
            return new Parsed(d, d.toString());
        }
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            if (!plausible(year)) return null;
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean plausible(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
