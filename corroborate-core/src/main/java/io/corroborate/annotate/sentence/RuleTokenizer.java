package io.corroborate.annotate.sentence;

import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Token;
import io.corroborate.annotate.Tokenizer;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Placeholder tokenizer: words and single punctuation marks. */
public final class RuleTokenizer implements Tokenizer {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*|\\S");

    @Override
    public List<Token> tokenize(String text, List<Sentence> sentences) {
        List<Token> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher m = TOKEN.matcher(text).region(s.span().start(), s.span().end());
            while (m.find()) out.add(new Token(new Span(m.start(), m.end()), m.group(), null));
        }
        return out;
    }
}
